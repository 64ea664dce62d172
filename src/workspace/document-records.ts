// Appends records to a sheet safely beside colleagues, and never twice when a request is repeated.
import type { SheetSchema } from '../domain/columns';
import {
  cellToWrite,
  indexHeaders,
  missingHeadersMessage,
  type Grid,
  type HeaderIndex,
} from '../domain/table';
import { isDate, openWorkbook, type Sheet, type SheetDates } from './spreadsheet';

type Record_ = Readonly<Record<string, unknown>>;

export interface AppendOptions {
  /** The columns that make a record the same as one already there; default every column. */
  readonly sameBy?: readonly string[];
  /** How a column's cell is compared, where not as it stands (the Log: by its request only). */
  readonly comparedAs?: Readonly<Record<string, (cell: unknown) => unknown>>;
  /** Headers the sheet may lack (the Log's No. and Check, until Set up workbook adds them). */
  readonly mayLack?: readonly string[];
  /**
   * Fills in the rows really appended (not those already there) just before they go, with the
   * sheet's last rows as read (the Log's numbers and checks: src/workspace/log-seal.ts).
   */
  readonly seal?: (
    rows: readonly (readonly unknown[])[],
    index: HeaderIndex,
    tail: Grid,
  ) => { readonly rows: unknown[][]; kept(): void };
}

/** How far up from the bottom a retry looks for the rows an earlier attempt appended. */
const TAIL_ROWS = 300;

/** A row as comparable text: getValues drops the apostrophe that kept text text, and may give numbers. */
export function rowText(cells: readonly unknown[]): string {
  return JSON.stringify(
    cells.map((cell) => {
      if (isDate(cell)) return `date:${cell.getTime()}`;
      const text = String(cell ?? '').trim();
      return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
    }),
  );
}

/**
 * A record as a row of the sheet, each value in its header's column and written as its column's
 * kind (a Date stays a Date; days and moments are `{ isoDate }` / `{ isoTimestamp }` for the path
 * that writes them to turn into date cells).
 */
export function recordRow(
  schema: SheetSchema,
  index: HeaderIndex,
  width: number,
  record: Record_,
): unknown[] {
  const row: unknown[] = Array.from({ length: width }, () => '');
  for (const [key, column] of index.columnOf) {
    const declared = schema.columns[key];
    const value = record[key];
    if (declared) row[column] = isDate(value) ? value : cellToWrite(declared, value);
  }
  return row;
}

/**
 * Appends records, each cell placed by header, with Sheet.appendRow: Google adds each row after the
 * last row with content at the moment of the call, so a row a colleague has just added is never
 * written over (a setValues below a getLastRow read a moment earlier could be). Safe to repeat:
 * a record already among the sheet's last rows (an earlier attempt whose reply was lost) is not
 * appended again. Returns a message when the sheet or a header is missing.
 */
export function appendRecords(
  schema: SheetSchema,
  records: readonly Record_[],
  dates: SheetDates,
  options: AppendOptions = {},
): string | undefined {
  const { sameBy, comparedAs = {}, mayLack = [] } = options;
  if (records.length === 0) return undefined;
  const sheet = openWorkbook().getSheetByName(schema.name);
  if (!sheet) {
    return `There is no ${schema.name} sheet. Choose Extensions > AP Placements > Set up workbook to create it.`;
  }
  const width = sheet.getLastColumn();
  const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
  const index = indexHeaders(schema, header);
  const missing = index.missing.filter((header) => !mayLack.includes(header));
  if (missing.length > 0) return missingHeadersMessage(schema, missing);
  const rows = records.map((record) =>
    recordRow(schema, index, header.length, record).map((cell) => dates.toCell(cell)),
  );
  const compared = sameBy
    ? sameBy.flatMap((key) => {
        const column = index.columnOf.get(key);
        return column === undefined ? [] : [column];
      })
    : header.map((_cell, column) => column);
  const keyAt = new Map([...index.columnOf].map(([key, column]) => [column, key]));
  const pick = (row: readonly unknown[]) =>
    compared.map((column) => {
      const as = comparedAs[keyAt.get(column) ?? ''];
      return as ? as(row[column]) : row[column];
    });
  const tail = tailRows(sheet, header.length, TAIL_ROWS + rows.length);
  const already = new Map<string, number>();
  for (const row of tail) {
    const text = rowText(pick(row));
    already.set(text, (already.get(text) ?? 0) + 1);
  }
  const missingRows = rows.filter((row) => {
    const text = rowText(pick(row));
    const count = already.get(text) ?? 0;
    if (count > 0) already.set(text, count - 1);
    return count === 0;
  });
  const sealed = options.seal?.(missingRows, index, tail);
  for (const row of sealed?.rows ?? missingRows) sheet.appendRow(row);
  if (missingRows.length > 0) sealed?.kept();
  return undefined;
}

/** The last `count` rows below the header. */
function tailRows(sheet: Sheet, width: number, count: number): Grid {
  const last = sheet.getLastRow();
  const first = Math.max(2, last - count + 1);
  if (last < first || width < 1) return [];
  return sheet.getRange(first, 1, last - first + 1, width).getValues();
}
