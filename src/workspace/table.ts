// Reads a whole sheet into records by header in one getValues, and writes back only add-on columns.
import type { RecordOf, SheetSchema } from '../domain/columns';
import {
  indexHeaders,
  missingHeadersMessage,
  readRows,
  type Grid,
  type HeaderIndex,
  type NarrowRead,
  type TableRow,
} from '../domain/table';
import { dayOfSerial, momentOfSerial } from '../domain/calendar/serial-day';
import { appendRecords } from './document-records';
import {
  isDate,
  openWorkbook,
  SheetDates,
  usedValues,
  type Sheet,
  type Spreadsheet,
} from './spreadsheet';
import type { WorkbookAccess } from './workbook/access';

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
  serialDates = false,
) {
  const kindOf = (kind: string | undefined) =>
    kind === 'timestamp'
      ? 'moment'
      : kind === 'date' || kind === 'date-or-not-required'
        ? 'day'
        : undefined;
  const dateColumns = new Map<number, 'day' | 'moment'>();
  for (const [key, column] of index.columnOf) {
    const kind = kindOf(schema.columns[key]?.kind);
    if (kind) dateColumns.set(column, kind);
  }
  const kinds: ('day' | 'moment' | undefined)[] = [];
  for (const [column, kind] of dateColumns) kinds[column] = kind;
  return grid.map((row, r) => {
    if (r === 0) return row;
    if (keep && !keep(row, r + 1)) return [];
    const cells = row.slice();
    for (let column = 0; column < cells.length; column += 1) {
      const cell = cells[column];
      if (typeof cell === 'number') {
        // The Sheets API gives a date cell as its serial number (serial-day.ts).
        const kind = serialDates ? kinds[column] : undefined;
        if (kind)
          cells[column] = (kind === 'day' ? dayOfSerial(cell) : momentOfSerial(cell)) ?? cell;
      } else if (typeof cell === 'object' && isDate(cell)) {
        // A date in any column reads as its day; in a timestamp column, as its moment.
        cells[column] = kinds[column] === 'moment' ? dates.isoTimestamp(cell) : dates.isoDate(cell);
      }
    }
    return cells;
  });
}

/** A sheet's cells as read by any path (WorkbookAccess), into records by header. */
export interface SheetRows<S extends SheetSchema> {
  readonly schema: S;
  readonly index: HeaderIndex;
  readonly rows: readonly TableRow<RecordOf<S>>[];
  /** The cells as read: the width of the sheet, and Settings' values as they stand. */
  readonly grid: Grid;
}

export type SheetRowsRead<S extends SheetSchema> =
  | { readonly ok: true; readonly table: SheetRows<S> }
  | { readonly ok: false; readonly message: string };

/**
 * The records of one sheet `readSheets` gave (missing: the sheet is not there), with the same
 * messages as readTable: the reading background runs share, whichever way they reached the workbook.
 */
export function rowsOf<S extends SheetSchema>(
  schema: S,
  grids: ReadonlyMap<string, Grid>,
  access: Pick<WorkbookAccess, 'dates' | 'serialDates'>,
  /** Only some rows become records (the hourly run needs only recent Attendance and open absences). */
  rows?: (index: HeaderIndex) => RowFilter,
  /** Of those, only these rows are read whole; the rest in the `keys` columns alone (NarrowRead). */
  narrow?: { readonly keys: readonly string[]; readonly whole: (index: HeaderIndex) => RowFilter },
): SheetRowsRead<S> {
  const grid = grids.get(schema.name);
  if (!grid) return { ok: false, message: noSheetMessage(schema) };
  const index = indexHeaders(schema, grid[0] ?? []);
  if (index.missing.length > 0) {
    return { ok: false, message: missingHeadersMessage(schema, index.missing) };
  }
  const keep = rows?.(index);
  const readable = readableGrid(schema, grid, index, access.dates, keep, access.serialDates);
  let narrowRead: NarrowRead | undefined;
  if (narrow) {
    const whole = narrow.whole(index);
    const fullRows = new Set<number>();
    for (let r = 1; r < grid.length; r += 1) if (whole(grid[r] ?? [], r + 1)) fullRows.add(r + 1);
    narrowRead = { keys: narrow.keys, fullRows };
  }
  const records = readRows(schema, readable, index, narrowRead);
  return { ok: true, table: { schema, index, rows: records, grid } };
}

/** The workbook and its dates, looked up once when several tables are read in one run. */
export interface Workbook {
  readonly spreadsheet: Spreadsheet;
  readonly dates: SheetDates;
}

/** `spreadsheet`: the one this execution already opened (each getActiveSpreadsheet is a call). */
export function openTables(spreadsheet: Spreadsheet = openWorkbook()): Workbook {
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
    /** Only some columns of most rows (NarrowRead). */
    readonly narrow?: NarrowRead;
  } = {},
): TableRead<S> {
  const spreadsheet = workbook?.spreadsheet ?? openWorkbook();
  const sheet = spreadsheet.getSheetByName(schema.name);
  if (!sheet) return { ok: false, message: noSheetMessage(schema) };
  const grid = usedValues(sheet);
  const index = indexHeaders(schema, grid[0] ?? []);
  if (index.missing.length > 0) {
    return { ok: false, message: missingHeadersMessage(schema, index.missing) };
  }
  const dates = workbook?.dates ?? SheetDates.of(spreadsheet);
  const keep = options.rows?.(index, grid, dates);
  const rows = readRows(
    schema,
    readableGrid(schema, grid, index, dates, keep),
    index,
    options.narrow,
  );
  return { ok: true, table: { schema, index, rows, grid, sheet, dates } };
}

/**
 * Appends one record below the last row, its cells placed by header (the add-on's own sheets:
 * Documents, Log), by the same safe append as every other (document-records.ts).
 */
export function appendRecord<S extends SheetSchema>(
  schema: S,
  record: Readonly<Partial<Record<keyof S['columns'], unknown>>>,
): { ok: true } | { ok: false; message: string } {
  const message = appendRecords(schema, [record], SheetDates.of(openWorkbook()));
  return message ? { ok: false, message } : { ok: true };
}
