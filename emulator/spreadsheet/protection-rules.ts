// Who may edit which cells: strict and warning-only protections, as the sheet enforces them.
import { contains, intersects, rectA1, type Rect } from './a1';
import type { ProtectionModel, SheetModel } from './sheet-model';

/** The message Sheets gives when an edit touches a protected cell [reported, Sheets API and UI]. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export interface Permissions {
  readonly owner: string;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Until a script changes a protection's editors, "the permissions mirror those of the spreadsheet
 * itself" (https://developers.google.com/apps-script/reference/spreadsheet/range#protect), so
 * everyone who can edit the file can edit it; the owner can always edit.
 */
export function mayEdit(book: Permissions, p: ProtectionModel, user: string): boolean {
  if (p.editors === null) return true;
  if (user !== '' && same(user, book.owner)) return true;
  return p.editors.some((e) => same(e, user));
}

function coversAny(p: ProtectionModel, rect: Rect): boolean {
  if (p.rect) return intersects(p.rect, rect);
  if (p.unprotected.length === 0) return true;
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
      if (!p.unprotected.some((u) => contains(u, r, c))) return true;
    }
  }
  return false;
}

/** Protections on `sheet` that cover at least one cell of `rect`. */
export function covering(sheet: SheetModel, rect: Rect): ProtectionModel[] {
  return sheet.protections.filter((p) => coversAny(p, rect));
}

/** The first strict protection over `rect` that stops `user`, if any. */
export function blocking(
  book: Permissions,
  sheet: SheetModel,
  rect: Rect,
  user: string,
): ProtectionModel | undefined {
  return covering(sheet, rect).find((p) => !p.warningOnly && !mayEdit(book, p, user));
}

export interface ProtectionWarning {
  readonly user: string;
  readonly sheet: string;
  readonly a1: string;
  readonly description: string;
  readonly at: number;
}

/** Warning-only protections over `rect`, as the warnings a person clicking OK would have seen. */
export function warningsFor(
  sheet: SheetModel,
  rect: Rect,
  user: string,
  at: number,
): ProtectionWarning[] {
  return covering(sheet, rect)
    .filter((p) => p.warningOnly)
    .map((p) => ({ user, sheet: sheet.name, a1: rectA1(rect), description: p.description, at }));
}
