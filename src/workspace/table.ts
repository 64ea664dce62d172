// Reads a whole sheet into records by header in one getValues, and writes back only add-on columns.
import type { RecordOf, SheetSchema } from '../domain/columns';
import {
  addOnBlocks,
  blockValues,
  cellToWrite,
  indexHeaders,
  missingHeadersMessage,
  readRows,
  type AddOnUpdates,
  type Grid,
  type HeaderIndex,
  type TableRow,
} from '../domain/table';
import { isDate, openWorkbook, SheetDates, type Sheet, type Spreadsheet } from './spreadsheet';

export interface Table<S extends SheetSchema> {
  readonly schema: S;
  readonly index: HeaderIndex;
  readonly rows: readonly TableRow<RecordOf<S>>[];
  /** The cells as read, dates still date cells, to write untouched add-on cells back as they were. */
  readonly grid: Grid;
  readonly sheet: Sheet;
  readonly dates: SheetDates;
}

export type TableRead<S extends SheetSchema> =
  | { readonly ok: true; readonly table: Table<S> }
  | { readonly ok: false; readonly message: string };

function noSheetMessage(schema: SheetSchema): string {
  return `There is no ${schema.name} sheet. Choose Extensions > AP Placements > Set up workbook to create it.`;
}

/** Which data rows to read into records, from their cells as getValues gave them. */
export type RowFilter = (cells: readonly unknown[], rowNumber: number) => boolean;

/**
 * Date cells become 'YYYY-MM-DD' (or a date and time in a timestamp column) in the sheet's zone.
 * Rows `keep` leaves out become empty, so they are skipped like blank rows and row numbers hold.
 */
function readableGrid(
  schema: SheetSchema,
  grid: Grid,
  index: HeaderIndex,
  dates: SheetDates,
  keep: RowFilter | undefined,
) {
  const timestampColumns = new Set(
    [...index.columnOf]
      .filter(([key]) => schema.columns[key]?.kind === 'timestamp')
      .map(([, column]) => column),
  );
  return grid.map((row, r) =>
    r === 0
      ? row
      : keep && !keep(row, r + 1)
        ? []
        : row.map((cell, column) => {
            if (!isDate(cell)) return cell;
            return timestampColumns.has(column) ? dates.isoTimestamp(cell) : dates.isoDate(cell);
          }),
  );
}

/** The workbook and its dates, looked up once when several tables are read in one run. */
export interface Workbook {
  readonly spreadsheet: Spreadsheet;
  readonly dates: SheetDates;
}

export function openTables(): Workbook {
  const spreadsheet = openWorkbook();
  return { spreadsheet, dates: SheetDates.of(spreadsheet) };
}

/**
 * The whole sheet in one getValues (PLATFORM.md: one read per sheet), found by header text in any
 * column order, extra columns ignored, fully blank rows skipped. A missing sheet or header is a
 * message pointing to "Set up workbook", not an exception.
 */
export function readTable<S extends SheetSchema>(
  schema: S,
  workbook?: Workbook,
  options: {
    /** Only some rows become records (the sidebar's thousands of old Attendance rows need not). */
    readonly rows?: (index: HeaderIndex, grid: Grid, dates: SheetDates) => RowFilter | undefined;
  } = {},
): TableRead<S> {
  const spreadsheet = workbook?.spreadsheet ?? openWorkbook();
  const sheet = spreadsheet.getSheetByName(schema.name);
  if (!sheet) return { ok: false, message: noSheetMessage(schema) };
  const grid = sheet.getDataRange().getValues();
  const index = indexHeaders(schema, grid[0] ?? []);
  if (index.missing.length > 0) {
    return { ok: false, message: missingHeadersMessage(schema, index.missing) };
  }
  const dates = workbook?.dates ?? SheetDates.of(spreadsheet);
  const keep = options.rows?.(index, grid, dates);
  const rows = readRows(schema, readableGrid(schema, grid, index, dates, keep), index);
  return { ok: true, table: { schema, index, rows, grid, sheet, dates } };
}

/** Sheet rows `first` to `first + count - 1`. */
export interface RowSpan {
  readonly first: number;
  readonly count: number;
}

/**
 * Writes the add-on's columns for every data row, or only for `rows` (onEdit: the rows edited):
 * one setValues per block of adjacent add-on columns, so a person's column is never written, even
 * where staff moved columns between ours. Rows below the last one read are not written.
 */
export function writeAddOnColumns<S extends SheetSchema>(
  table: Table<S>,
  updates: AddOnUpdates,
  options: { readonly rows?: RowSpan } = {},
): void {
  const lastRow = table.grid.length;
  const first = Math.max(2, options.rows?.first ?? 2);
  const last = Math.min(
    lastRow,
    options.rows ? options.rows.first + options.rows.count - 1 : lastRow,
  );
  if (last < first) return;
  for (const block of addOnBlocks(table.schema, table.index)) {
    const values = blockValues(table.schema, table.grid, block, updates)
      .slice(first - 2, last - 1)
      .map((row) => row.map((cell) => table.dates.toCell(cell)));
    table.sheet
      .getRange(first, block.firstColumn + 1, last - first + 1, block.keys.length)
      .setValues(values);
  }
}

/**
 * Appends one record below the last row, its cells placed by header (the add-on's own sheets:
 * Documents, Log). Values pass through the same neutralising as every other write.
 */
export function appendRecord<S extends SheetSchema>(
  schema: S,
  record: Readonly<Partial<Record<keyof S['columns'], unknown>>>,
): { ok: true } | { ok: false; message: string } {
  const spreadsheet = openWorkbook();
  const sheet = spreadsheet.getSheetByName(schema.name);
  if (!sheet) return { ok: false, message: noSheetMessage(schema) };
  const width = sheet.getLastColumn();
  const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
  const index = indexHeaders(schema, header);
  if (index.missing.length > 0) {
    return { ok: false, message: missingHeadersMessage(schema, index.missing) };
  }
  const dates = SheetDates.of(spreadsheet);
  const row: unknown[] = header.map(() => '');
  for (const [key, column] of index.columnOf) {
    const declared = schema.columns[key];
    const value = record[key as keyof S['columns']];
    if (declared) row[column] = isDate(value) ? value : dates.toCell(cellToWrite(declared, value));
  }
  sheet.appendRow(row);
  return { ok: true };
}
