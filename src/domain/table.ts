// Finds a sheet's columns by header text and turns rows into records; pure, the adapter does the I/O.
import { comparable, type IsoDate, type IsoTimestamp } from './cells';
import {
  rowReader,
  type Column,
  type ColumnProblem,
  type RecordOf,
  type SheetSchema,
} from './columns';

/** Cell values as getValues() gives them: row 0 is the header row. */
export type Grid = readonly (readonly unknown[])[];

export interface HeaderIndex {
  /** 0-based column of each declared column (by key) found in the header row. */
  readonly columnOf: ReadonlyMap<string, number>;
  /** Declared headers the header row lacks, in DOMAIN.md §4 order. */
  readonly missing: readonly string[];
}

/**
 * Matches header cells to declared columns by text (DOMAIN.md §4: never by position), ignoring
 * case, stray spaces and curly apostrophes. When staff have two columns with the same header,
 * the left-most one is used.
 */
export function indexHeaders(sheet: SheetSchema, headerRow: readonly unknown[]): HeaderIndex {
  const columnByHeader = new Map<string, number>();
  headerRow.forEach((cell, column) => {
    const key = comparable(String(cell ?? ''));
    if (key !== '' && !columnByHeader.has(key)) columnByHeader.set(key, column);
  });
  const columnOf = new Map<string, number>();
  const missing: string[] = [];
  for (const [key, declared] of Object.entries(sheet.columns)) {
    const column = columnByHeader.get(comparable(declared.header));
    if (column === undefined) missing.push(declared.header);
    else columnOf.set(key, column);
  }
  return { columnOf, missing };
}

/** Says which headers are missing and what to do about it, in one sentence. */
export function missingHeadersMessage(sheet: SheetSchema, missing: readonly string[]): string {
  const them = missing.length === 1 ? 'it' : 'them';
  const list = missing.join(', ');
  const what = missing.length === 1 ? `no column headed ${list}` : `no columns headed ${list}`;
  return `The ${sheet.name} sheet has ${what}. Choose Extensions > AP Placements > Set up workbook to add ${them}.`;
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(
    (cell) =>
      cell === '' ||
      cell === null ||
      cell === undefined ||
      (typeof cell === 'string' && cell.trim() === ''),
  );
}

export interface TableRow<T> {
  /** The row number staff see in the sheet (the header is row 1). */
  readonly rowNumber: number;
  readonly record: T;
  readonly problems: readonly ColumnProblem[];
}

/** Every non-blank row under the header, read into a record by header text. Never throws. */
/**
 * Reads only some columns of most rows: every column of `fullRows`, only `keys` of the rest (their
 * other fields undefined). On edit a one-row change needs the other rows only for the rules
 * between rows, not 40 columns each.
 */
export interface NarrowRead {
  readonly keys: readonly string[];
  readonly fullRows: ReadonlySet<number>;
}

export function readRows<S extends SheetSchema>(
  sheet: S,
  grid: Grid,
  index: HeaderIndex,
  narrow?: NarrowRead,
): TableRow<RecordOf<S>>[] {
  const read = rowReader(sheet, index.columnOf);
  const readKeys = narrow && rowReader(sheet, index.columnOf, narrow.keys);
  const rows: TableRow<RecordOf<S>>[] = [];
  for (let r = 1; r < grid.length; r += 1) {
    const cells = grid[r] ?? [];
    if (isBlankRow(cells)) continue;
    const rowNumber = r + 1;
    const partly = readKeys && !narrow.fullRows.has(rowNumber);
    const { record, problems } = (partly ? readKeys : read)(cells);
    rows.push({ rowNumber, record, problems });
  }
  return rows;
}

/**
 * Text that starts with = + - or @ would become a formula when written (PLATFORM.md: "a string
 * starting with = is written as a formula"); a leading apostrophe keeps it as the text typed.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** A value ready to write: text, a number, or a day/moment the adapter turns into a date cell. */
export type CellToWrite =
  string | number | { readonly isoDate: IsoDate } | { readonly isoTimestamp: IsoTimestamp };

/** A record's value as the add-on writes it in a column of that kind. */
export function cellToWrite(column: Column, value: unknown): CellToWrite {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = String(value);
  if (column.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return { isoDate: text };
  if (column.kind === 'timestamp' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)) {
    return { isoTimestamp: text };
  }
  return neutraliseFormula(text);
}

/** A 0-based column as the sheet's column letters: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
