// A person typing or pasting in the Sheets UI: protections, validation, parsing, the onEdit facts.
import { cellA1, parseA1, type Rect } from './a1';
import { copyCell, readValue, type Cell, type CellValue } from './cell';
import { blocking, PROTECTED_MESSAGE, warningsFor } from './protection-rules';
import type { SpreadsheetState } from './state';
import { satisfies, type RangeRef } from './validation-rule';
import { writeValue } from './write';

export interface UserEditOptions {
  /** Whether the person clicks OK on a warning-only protection's dialog (default true). */
  readonly confirmWarnings?: boolean;
}

/** The facts an onEdit event carries (e.range's coordinates, e.value, e.oldValue). */
export interface UserEditResult {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  /** Set only for a single-cell edit that leaves content (onEdit: "only available if the edited range is a single cell"). */
  readonly value?: unknown;
  /** Set only for a single-cell edit of a cell that had content. */
  readonly oldValue?: unknown;
}

export class UserEditRejected extends Error {
  constructor(
    message: string,
    readonly reason: 'protected' | 'validation' | 'warning-declined',
  ) {
    super(message);
    this.name = 'UserEditRejected';
  }
}

export function lookupRange(state: SpreadsheetState, ref: RangeRef): CellValue[] {
  const sheet = state.sheetById(ref.$range.sheetId);
  const out: CellValue[] = [];
  if (!sheet) return out;
  const r = ref.$range;
  for (let row = r.row; row < r.row + r.numRows; row++) {
    for (let col = r.column; col < r.column + r.numColumns; col++)
      out.push(readValue(sheet.at(row, col)));
  }
  return out;
}

/**
 * Edits as the Sheets UI would for `user`: a strict protection that does not list them refuses the
 * edit with Sheets' message; a warning-only one is recorded in `state.warnings` and let through; a
 * rule with setAllowInvalid(false) rejects bad input; strings are read as typed (en_GB). The
 * edited block becomes the selection.
 */
export function userEdit(
  state: SpreadsheetState,
  user: string,
  sheetName: string,
  a1: string,
  values: readonly (readonly unknown[])[],
  options: UserEditOptions,
): UserEditResult {
  const sheet = state.sheet(sheetName);
  const anchor = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  const width = values.reduce((most, r) => Math.max(most, r.length), 0);
  if (!anchor || values.length === 0 || width === 0)
    throw new Error(`userEdit: nothing to write at ${a1}`);
  const rect: Rect = {
    row: anchor.row,
    column: anchor.column,
    numRows: values.length,
    numColumns: width,
  };
  // Pasting past the last row or column in the Sheets UI adds the rows and columns it needs.
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  if (lastRow > sheet.maxRows) sheet.maxRows = lastRow;
  if (lastColumn > sheet.maxColumns) sheet.maxColumns = lastColumn;
  if (blocking(state, sheet, rect, user))
    throw new UserEditRejected(PROTECTED_MESSAGE, 'protected');
  const warnings = warningsFor(sheet, rect, user, state.now);
  if (warnings.length > 0 && options.confirmWarnings === false) {
    throw new UserEditRejected(
      'The edit was cancelled at the protection warning.',
      'warning-declined',
    );
  }

  const before = new Map<string, Cell | undefined>();
  for (let r = 0; r < rect.numRows; r++) {
    for (let c = 0; c < rect.numColumns; c++) {
      const cell = sheet.at(rect.row + r, rect.column + c);
      before.set(`${r},${c}`, cell && copyCell(cell));
      writeValue(state, sheet, rect.row + r, rect.column + c, values[r]?.[c] ?? '');
    }
  }
  for (let r = 0; r < rect.numRows; r++) {
    for (let c = 0; c < rect.numColumns; c++) {
      const cell = sheet.at(rect.row + r, rect.column + c);
      const rule = cell?.validation;
      if (!rule || rule.allowInvalid) continue;
      if (satisfies(rule, cell.value, state.timeZone, (ref) => lookupRange(state, ref))) continue;
      for (const [key, old] of before) {
        const [dr = 0, dc = 0] = key.split(',').map(Number);
        const row = (sheet.rows[rect.row + dr - 1] ??= []);
        row[rect.column + dc - 1] = old;
      }
      // [open] Google's dialog wording is not documented; the help text is shown when set.
      throw new UserEditRejected(
        rule.helpText ??
          `The data you entered in cell ${cellA1(rect.row + r, rect.column + c)} violates the data validation rules set on this cell.`,
        'validation',
      );
    }
  }
  state.warnings.push(...warnings);
  state.setSelection(sheet, rect);

  if (rect.numRows !== 1 || rect.numColumns !== 1) return { ...rect };
  const oldCell = before.get('0,0');
  const newCell = sheet.at(rect.row, rect.column);
  return {
    ...rect,
    ...(newCell?.value !== undefined ? { value: readValue(newCell) } : {}),
    ...(oldCell?.value !== undefined ? { oldValue: readValue(oldCell) } : {}),
  };
}
