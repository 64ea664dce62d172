// Reads and appends to the Reminders sent sheet: the record that keeps each reminder to one email a day.
import type { IsoDate } from '../domain/cells';
import { cellToWrite, type HeaderIndex } from '../domain/table';
import type { DailyJob, SentSoFar } from '../domain/reminders/jobs';
import { keyWithoutDay } from '../domain/reminders/jobs';
import {
  RemindersSent,
  SENT_MODES,
  type ReminderSentRecord,
} from '../domain/sheets/reminders-sent';
import type { Grid } from '../domain/table';
import { rowsOf } from './table';
import type { WorkbookAccess } from './workbook/access';

/** A cell holds at most 50,000 characters; keys beyond this go on the next row. */
const KEYS_PER_CELL = 40_000;

/** Days of rows kept; older rows are removed (the Log keeps the history). */
export const RECORD_DAYS = 14;

export interface SentRecord {
  readonly access: WorkbookAccess;
  readonly index: HeaderIndex;
  readonly width: number;
  readonly rows: readonly { readonly rowNumber: number; readonly record: ReminderSentRecord }[];
}

export type SentRecordRead =
  | { readonly ok: true; readonly record: SentRecord }
  | { readonly ok: false; readonly message: string };

/**
 * The record from the run's read. Made on first use when Set up workbook has not made it yet, so
 * a school that turned reminders on before setting up again still never gets a duplicate.
 */
export function sentRecordOf(
  access: WorkbookAccess,
  grids: ReadonlyMap<string, Grid>,
): SentRecordRead {
  let read = grids;
  if (!grids.has(RemindersSent.name)) {
    const headers = Object.values(RemindersSent.columns).map((column) => column.header);
    access.addSheet(RemindersSent.name, headers);
    read = new Map([[RemindersSent.name, [headers]]]);
  }
  const rows = rowsOf(RemindersSent, read, access);
  if (!rows.ok) return rows;
  const { index, grid } = rows.table;
  return {
    ok: true,
    record: { access, index, width: grid[0]?.length ?? 0, rows: rows.table.rows },
  };
}

/** The record's keys in one mode ('Sent' or 'Dry run'), for `itemsForJobs`. */
export function sentSoFar(record: SentRecord, mode: string, today: IsoDate): SentSoFar {
  const todays = new Set<string>();
  const everSent = new Set<string>();
  for (const { record: row } of record.rows) {
    if (row.mode !== mode) continue;
    for (const key of parseKeys(row.keys)) {
      if (row.day === today) todays.add(key);
      everSent.add(keyWithoutDay(key));
    }
  }
  return { today: todays, everSent };
}

/** The daily jobs finished today in this mode. */
export function jobsDoneToday(record: SentRecord, mode: string, today: IsoDate): Set<DailyJob> {
  const done = new Set<DailyJob>();
  for (const { record: row } of record.rows) {
    if (row.mode !== SENT_MODES.jobDone || row.day !== today || row.recipient !== mode) continue;
    if (row.job === 'morning' || row.job === 'after lunch') done.add(row.job);
  }
  return done;
}

function parseKeys(cell: string | undefined): string[] {
  if (!cell) return [];
  try {
    const parsed: unknown = JSON.parse(cell);
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** Keys as JSON arrays, each short enough for one cell (provider names may hold any character). */
export function keyCells(keys: readonly string[]): string[] {
  const cells: string[] = [];
  let chunk: string[] = [];
  // The length JSON.stringify(chunk) would have: brackets, each key quoted, commas between.
  let length = 2;
  for (const key of keys) {
    const quoted = JSON.stringify(key).length;
    const grown = length + quoted + (chunk.length > 0 ? 1 : 0);
    if (chunk.length > 0 && grown > KEYS_PER_CELL) {
      cells.push(JSON.stringify(chunk));
      chunk = [];
      length = 2;
    }
    length += quoted + (chunk.length > 0 ? 1 : 0);
    chunk.push(key);
  }
  cells.push(JSON.stringify(chunk));
  return cells;
}

export interface SentEntry {
  readonly sentAt: string;
  readonly day: IsoDate;
  readonly job: string;
  readonly recipient: string;
  readonly roles: string;
  readonly mode: string;
  readonly keys: readonly string[];
}

/** Appends an entry: one row per cell of keys (usually one) in one append, so a row is never half-written. */
export function appendSent(record: SentRecord, entry: SentEntry): void {
  const rows = keyCells(entry.keys).map((keys) => {
    const values: Readonly<Record<keyof ReminderSentRecord, unknown>> = {
      sentAt: entry.sentAt,
      day: entry.day,
      job: entry.job,
      recipient: entry.recipient,
      roles: entry.roles,
      mode: entry.mode,
      items: entry.keys.length,
      keys,
    };
    const row: unknown[] = Array.from({ length: record.width }, () => '');
    for (const [key, column] of record.index.columnOf) {
      const declared = RemindersSent.columns[key as keyof ReminderSentRecord];
      row[column] = cellToWrite(declared, values[key as keyof ReminderSentRecord]);
    }
    return row;
  });
  record.access.appendRows(RemindersSent.name, rows);
}

/** Marks a daily job finished today; the mode goes in Recipient so Dry run and Send keep apart. */
export function appendJobDone(
  record: SentRecord,
  job: DailyJob,
  mode: string,
  day: IsoDate,
  sentAt: string,
): void {
  appendSent(record, {
    sentAt,
    day,
    job,
    recipient: mode,
    roles: '',
    mode: SENT_MODES.jobDone,
    keys: [],
  });
}

/**
 * Removes rows older than RECORD_DAYS from the top (rows are appended in time order), in one
 * deleteRows call. Only the add-on writes this sheet; nothing a person typed is removed.
 */
export function pruneSentRecord(record: SentRecord, cutoff: IsoDate): void {
  let count = 0;
  for (const { rowNumber, record: row } of record.rows) {
    if (rowNumber !== count + 2 || row.day === undefined || row.day >= cutoff) break;
    count += 1;
  }
  if (count === 0) return;
  try {
    record.access.deleteRows(RemindersSent.name, 2, count);
  } catch (error) {
    // Tidying must never stop the reminders: the rows are kept and tried again tomorrow.
    console.warn(`Reminders: old rows of Reminders sent could not be removed (${String(error)}).`);
  }
}
