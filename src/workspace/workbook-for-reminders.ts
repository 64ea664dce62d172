// Reads what the reminders need, through whichever path reached the workbook: the checks' sheets, the record, Attendance.
import type { IsoDate } from '../domain/cells';
import type { ReminderSnapshot } from '../domain/reminders/reminder-day';
import { Attendance, isAbsentMark } from '../domain/sheets/attendance';
import { Log } from '../domain/sheets/log';
import { Placements } from '../domain/sheets/placements';
import { Providers } from '../domain/sheets/providers';
import { RemindersSent } from '../domain/sheets/reminders-sent';
import { Reviews } from '../domain/sheets/reviews';
import {
  parseSettings,
  SettingsSheet,
  type SettingRow,
  type Settings,
} from '../domain/sheets/settings';
import { TermDates } from '../domain/sheets/term-dates';
import { serialOfDay } from '../domain/calendar/serial-day';
import { attendanceWindowStart, lookbackStart } from '../domain/sidebar/attendance-window';
import type { Grid, HeaderIndex } from '../domain/table';
import { sentRecordOf, type SentRecord } from './reminder-record';
import { settingRows } from './settings';
import { isDate } from './spreadsheet';
import { rowsOf, type RowFilter } from './table';
import type { WorkbookAccess } from './workbook/access';

export interface WorkbookForReminders {
  readonly snapshot: ReminderSnapshot;
  readonly settings: Settings;
  /** The Settings rows as read (the census reasons live among them). */
  readonly settingRows: readonly SettingRow[];
  readonly access: WorkbookAccess;
  readonly record: SentRecord;
  /** The Log's header row, to add the run's lines by header. */
  readonly logHeader: readonly unknown[];
  /** Today and the hour (0–23) in the SPREADSHEET's zone, where the term dates live. */
  readonly today: IsoDate;
  readonly hour: number;
}

export type WorkbookForRemindersRead =
  | { readonly ok: true; readonly read: WorkbookForReminders }
  | { readonly ok: false; readonly message: string };

/** Every sheet each run needs; Attendance waits for `withAttendance` (the daily jobs). */
const SHEETS = [Placements, Providers, Reviews, TermDates, SettingsSheet, RemindersSent, Log];

/**
 * One readSheets for the checks' sheets, the record and the Log's header; a missing sheet or
 * header is the table reader's message.
 */
export function readWorkbookForReminders(
  access: WorkbookAccess,
  now: Date,
): WorkbookForRemindersRead {
  const grids = access.readSheets(
    SHEETS.map((schema) => schema.name),
    { headerOnly: [Log.name] },
  );
  const placements = rowsOf(Placements, grids, access);
  if (!placements.ok) return placements;
  const providers = rowsOf(Providers, grids, access);
  if (!providers.ok) return providers;
  const reviews = rowsOf(Reviews, grids, access);
  if (!reviews.ok) return reviews;
  const termDates = rowsOf(TermDates, grids, access);
  if (!termDates.ok) return termDates;
  const settingsRead = rowsOf(SettingsSheet, grids, access);
  if (!settingsRead.ok) return settingsRead;
  const record = sentRecordOf(access, grids);
  if (!record.ok) return record;
  const rows = settingRows(settingsRead.table);
  const { settings } = parseSettings(rows);
  const moment = access.dates.isoTimestamp(now);
  const snapshot: ReminderSnapshot = {
    placements: placements.table.rows,
    providers: providers.table.rows,
    reviews: reviews.table.rows,
    termDates: termDates.table.rows,
    attendance: [],
    settings,
  };
  const logGrid: Grid = grids.get(Log.name) ?? [];
  return {
    ok: true,
    read: {
      snapshot,
      settings,
      settingRows: rows,
      access,
      record: record.record,
      logHeader: logGrid[0] ?? [],
      today: moment.slice(0, 10),
      hour: Number(moment.slice(11, 13)),
    },
  };
}

/**
 * The Attendance rows the reminders use, judged on the cells as read, before any is parsed: every
 * Absent row (an absence is chased until followed up, however old), and every row on or after
 * `since` (the missing-returns lookback and this half-term); a date the reader cannot place is
 * kept, for the checks to explain. Years of history then cost the run nothing but the read.
 */
export function recentOrAbsent(
  index: HeaderIndex,
  access: Pick<WorkbookAccess, 'dates' | 'serialDates'>,
  since: IsoDate,
): RowFilter {
  const column = (key: string) => index.columnOf.get(key) ?? -1;
  const [date, mark] = [column('date'), column('mark')];
  const sinceInstant = access.dates.dateCell(since).getTime();
  const sinceSerial = serialOfDay(since) ?? Number.NEGATIVE_INFINITY;
  return (cells) => {
    const day = cells[date];
    const recent = isDate(day)
      ? day.getTime() >= sinceInstant
      : !(access.serialDates && typeof day === 'number') || day >= sinceSerial;
    return recent || isAbsentMark(cells[mark]);
  };
}

/** What the Monday summary counts of a session this half-term (monday-summary.ts). */
const HALF_TERM_COUNT_KEYS = ['date', 'mark'] as const;

/** Adds Attendance (one more read): the daily jobs chase returns and absences. */
export function withAttendance(read: WorkbookForReminders): WorkbookForRemindersRead {
  const termDates = read.snapshot.termDates.map((row) => row.record);
  const since = attendanceWindowStart(termDates, read.today);
  const lookback = lookbackStart(termDates, read.today);
  // Rows older than the missing-returns lookback matter to the Monday summary's half-term count
  // (Date and Mark) unless they are absences: those are read whole, the others in two columns.
  const attendance = rowsOf(
    Attendance,
    read.access.readSheets([Attendance.name]),
    read.access,
    (index) => recentOrAbsent(index, read.access, since),
    {
      keys: HALF_TERM_COUNT_KEYS,
      whole: (index) => recentOrAbsent(index, read.access, lookback),
    },
  );
  if (!attendance.ok) return attendance;
  return {
    ok: true,
    read: { ...read, snapshot: { ...read.snapshot, attendance: attendance.table.rows } },
  };
}
