// The Log's numbers and checks at the boundary: cells as the sheet gives them back, the seal in the workbook's store.
import { momentOfSerial } from '../domain/calendar/serial-day';
import type { LogRowAsRead } from '../domain/log/log-check';
import {
  LOG_SEAL_KEY,
  lineCheck,
  parseSeal,
  sealLines,
  sealToKeep,
  type LogLineText,
  type LogSeal,
} from '../domain/log/log-seal';
import type { Grid, HeaderIndex } from '../domain/table';
import { isDate, type SheetDates } from './spreadsheet';
import type { WorkbookStore } from './workbook/access';

/** How this run's cells read: Dates (SpreadsheetApp) or serial numbers (the Sheets API). */
export interface LogCells {
  readonly dates: SheetDates;
  readonly serialDates: boolean;
}

/**
 * A cell as the text the check signs: what the sheet gives back for what was written. A moment is
 * its wall-clock time in the spreadsheet's zone to the second (a Date cell read back, a serial
 * number from the API, or the `{ isoTimestamp }` about to be written all give the same text, and
 * none depends on the zone the sheet is later moved to); text loses the apostrophe that kept it from
 * being a formula, as getValues drops it.
 */
export function logCellText(cell: unknown, cells: LogCells, isTime = false): string {
  if (cell === null || cell === undefined) return '';
  if (isDate(cell)) {
    return cells.dates.isoTimestamp(new Date(Math.round(cell.getTime() / 1000) * 1000));
  }
  if (typeof cell === 'object') {
    if ('isoTimestamp' in cell && typeof cell.isoTimestamp === 'string') return cell.isoTimestamp;
    if ('isoDate' in cell && typeof cell.isoDate === 'string') return cell.isoDate;
  }
  if (typeof cell === 'number' && isTime && cells.serialDates) {
    return momentOfSerial(cell) ?? String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = String(cell).trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function columnText(row: readonly unknown[], index: HeaderIndex, key: string, cells: LogCells) {
  const column = index.columnOf.get(key);
  return column === undefined ? '' : logCellText(row[column], cells, key === 'time');
}

export function lineTextOf(
  row: readonly unknown[],
  index: HeaderIndex,
  cells: LogCells,
): LogLineText {
  return {
    time: columnText(row, index, 'time', cells),
    user: columnText(row, index, 'user', cells),
    action: columnText(row, index, 'action', cells),
    subject: columnText(row, index, 'subject', cells),
    detail: columnText(row, index, 'detail', cells),
  };
}

/** The Log's rows below the header, as the check reads them. */
export function logRowsAsRead(grid: Grid, index: HeaderIndex, cells: LogCells): LogRowAsRead[] {
  return grid.slice(1).map((row, offset) => ({
    rowNumber: offset + 2,
    ...lineTextOf(row, index, cells),
    number: columnText(row, index, 'number', cells),
    check: columnText(row, index, 'check', cells),
  }));
}

export function hasSealColumns(index: HeaderIndex): boolean {
  return index.columnOf.has('number') && index.columnOf.has('check');
}

export function readSeal(store: WorkbookStore): LogSeal | undefined {
  return parseSeal(store.get(LOG_SEAL_KEY));
}

/** A new secret: two random UUIDs, 244 random bits (Utilities.getUuid, PLATFORM.md). */
function newSeal(): LogSeal {
  const secret = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '');
  return { secret, last: 0, since: '' };
}

/**
 * The highest number among rows the add-on wrote (their check holds) above the seal's last: a seal
 * whose last write was lost must not give a number twice. Rows at or below it are not checked.
 */
function highestWritten(seal: LogSeal, rows: Grid, index: HeaderIndex, cells: LogCells): number {
  let highest = 0;
  for (const row of rows) {
    const number = Number(columnText(row, index, 'number', cells));
    if (!Number.isInteger(number) || number <= Math.max(seal.last, highest)) continue;
    const check = columnText(row, index, 'check', cells);
    if (check === lineCheck(seal.secret, number, lineTextOf(row, index, cells))) highest = number;
  }
  return highest;
}

export interface SealedRows {
  readonly rows: unknown[][];
  /** Keeps the last number given; call once the rows are in the sheet. */
  kept(): void;
}

/**
 * Numbers and checks for rows about to be appended to the Log, taken from the seal read afresh
 * (the caller holds the document lock where there is one). A Log without the No. and Check columns
 * (set up before the checks began) gets its rows as they are.
 */
export function sealRows(
  store: WorkbookStore,
  rows: readonly (readonly unknown[])[],
  index: HeaderIndex,
  cells: LogCells,
  /** The Log's last rows when already read: a number given there, but not kept, is not given again. */
  tail: Grid = [],
): SealedRows {
  const numberAt = index.columnOf.get('number');
  const checkAt = index.columnOf.get('check');
  if (numberAt === undefined || checkAt === undefined || rows.length === 0) {
    return { rows: rows.map((row) => [...row]), kept: () => undefined };
  }
  store.reload();
  const seal = readSeal(store) ?? newSeal();
  const lines = rows.map((row) => lineTextOf(row, index, cells));
  const next = sealLines(seal, lines, highestWritten(seal, tail, index, cells));
  const sealedRows = rows.map((row, i) => {
    const copy = [...row];
    copy[numberAt] = next.sealed[i]?.number ?? '';
    copy[checkAt] = next.sealed[i]?.check ?? '';
    return copy;
  });
  return { rows: sealedRows, kept: () => store.set(LOG_SEAL_KEY, sealToKeep(next.seal)) };
}
