// A colleague sorting, inserting or deleting rows in the Sheets UI between two service calls (host side, not counted).
import { serialOf } from '../core/zone';
import { cellA1, type Rect } from './a1';
import { isDate, type Cell, type CellValue } from './cell';
import { blocking, PROTECTED_MESSAGE, warningsFor } from './protection-rules';
import type { SheetModel } from './sheet-model';
import type { SpreadsheetState } from './state';
import { userEdit, UserEditRejected } from './user-edit';

/** Who edits when a test does not say: a colleague, not the owner (strict protections stop them). */
export const COLLEAGUE = 'colleague@example.sch.uk';

export interface PersonOptions {
  /** The person at the keyboard (default COLLEAGUE). */
  readonly user?: string;
}

export interface PersonSortOptions extends PersonOptions {
  /** A to Z (default) or Z to A. */
  readonly ascending?: boolean;
}

type Row = Array<Cell | undefined> | undefined;

/** Refuses as the UI does when a strict protection stops `user`; records warning-only ones clicked through. */
function mayChange(state: SpreadsheetState, sheet: SheetModel, rect: Rect, user: string): void {
  if (blocking(state, sheet, rect, user))
    throw new UserEditRejected(PROTECTED_MESSAGE, 'protected');
  state.warnings.push(...warningsFor(sheet, rect, user, state.now));
}

function wholeRows(sheet: SheetModel, row: number, numRows: number): Rect {
  return { row, column: 1, numRows, numColumns: sheet.maxColumns };
}

/**
 * The order Sheets sorts in, A to Z. Dates are serial numbers in the spreadsheet's zone
 * (https://developers.google.com/sheets/api/guides/formats#about_date_time_values), so dates and
 * numbers compare on one scale. Google does not document mixed types [open]: here numbers and
 * dates, then text (case-insensitive, en-GB collation [open]), then booleans.
 */
function rank(v: CellValue, zone: string): [group: number, key: number | string | boolean] {
  if (typeof v === 'number') return [0, v];
  if (isDate(v)) return [0, serialOf(v.getTime(), zone)];
  if (typeof v === 'string') return [1, v];
  return [2, v];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'accent' });

function compareValues(a: CellValue, b: CellValue, zone: string): number {
  const [ga, ka] = rank(a, zone);
  const [gb, kb] = rank(b, zone);
  if (ga !== gb) return ga - gb;
  if (typeof ka === 'string' && typeof kb === 'string') return collator.compare(ka, kb);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Data > Sort sheet by `column` (1-based), as a person does it: the rows below the frozen header
 * rows, down to the last row with content, are reordered; whole rows move, so every cell keeps its
 * note, background, number format and validation; frozen rows stay where they are
 * (https://support.google.com/docs/answer/3540681: freeze the header rows to keep them out of a
 * sort). Blank cells sort last in both directions; equal keys keep their order (stable) [open].
 * Protections, row heights and formulas' references stay where they are (formulas are not evaluated).
 */
export function personSort(
  state: SpreadsheetState,
  sheetName: string,
  column: number,
  options: PersonSortOptions = {},
): void {
  const sheet = state.sheet(sheetName);
  if (!Number.isInteger(column) || column < 1 || column > sheet.maxColumns) {
    throw new Error(`personSort: no column ${column} in "${sheetName}"`);
  }
  const first = sheet.frozenRows + 1;
  const last = sheet.lastRow();
  if (last <= first) return;
  mayChange(state, sheet, wholeRows(sheet, first, last - first + 1), options.user ?? COLLEAGUE);
  const ascending = options.ascending ?? true;
  const rows: Row[] = [];
  for (let r = first; r <= last; r++) rows.push(sheet.rows[r - 1]);
  const key = (row: Row): CellValue | undefined => row?.[column - 1]?.value;
  const order = rows
    .map((row, i) => ({ row, i, value: key(row) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.i - b.i;
        return a.value === undefined ? 1 : -1;
      }
      const c = compareValues(a.value, b.value, state.timeZone);
      return (ascending ? c : -c) || a.i - b.i;
    });
  order.forEach(({ row }, i) => {
    sheet.rows[first - 1 + i] = row;
  });
}

/**
 * Insert N rows above `beforeRow` (right-click > Insert N rows above) and type `rows` into them,
 * starting in column A, as the person would (parsed, validated and checked against protections
 * like `userEdit`). Everything from `beforeRow` down moves down with its notes, formats,
 * validation and protected ranges (SheetModel.insertRows). New rows start blank: whether the UI
 * copies the formatting or validation of a neighbouring row is [open]. A strict protection that
 * would cover the new rows refuses the insertion [open]; a rejected entry leaves the rows inserted
 * and empty, as a person would see after the validation dialog.
 */
export function personInsertRows(
  state: SpreadsheetState,
  sheetName: string,
  beforeRow: number,
  rows: readonly (readonly unknown[])[] = [[]],
  options: PersonOptions = {},
): void {
  const sheet = state.sheet(sheetName);
  const count = rows.length;
  if (!Number.isInteger(beforeRow) || beforeRow < 1 || beforeRow > sheet.maxRows + 1 || count < 1) {
    throw new Error(`personInsertRows: cannot insert ${count} rows before row ${beforeRow}`);
  }
  const user = options.user ?? COLLEAGUE;
  sheet.insertRows(beforeRow, count);
  if (blocking(state, sheet, wholeRows(sheet, beforeRow, count), user)) {
    sheet.deleteRows(beforeRow, count); // the exact inverse: nothing happened
    throw new UserEditRejected(PROTECTED_MESSAGE, 'protected');
  }
  if (rows.some((r) => r.length > 0)) {
    userEdit(state, user, sheetName, cellA1(beforeRow, 1), rows, {});
  }
}

/**
 * Delete `count` rows from `row` (right-click > Delete rows): everything below moves up with its
 * notes, formats, validation and protected ranges. Refused like the UI when a strict protection
 * covers them, and, as Sheets refuses, when no non-frozen row would be left.
 */
export function personDeleteRows(
  state: SpreadsheetState,
  sheetName: string,
  row: number,
  count = 1,
  options: PersonOptions = {},
): void {
  const sheet = state.sheet(sheetName);
  if (!Number.isInteger(row) || !Number.isInteger(count) || row < 1 || count < 1) {
    throw new Error(`personDeleteRows: cannot delete ${count} rows from row ${row}`);
  }
  if (row + count - 1 > sheet.maxRows) {
    throw new Error(`personDeleteRows: rows ${row}..${row + count - 1} are past the sheet's end`);
  }
  const nonFrozenDeleted = Math.max(0, row + count - Math.max(row, sheet.frozenRows + 1));
  if (sheet.maxRows - sheet.frozenRows - nonFrozenDeleted <= 0) {
    throw new Error('Sorry, it is not possible to delete all non-frozen rows.'); // [reported], as for scripts
  }
  mayChange(state, sheet, wholeRows(sheet, row, count), options.user ?? COLLEAGUE);
  sheet.deleteRows(row, count);
}
