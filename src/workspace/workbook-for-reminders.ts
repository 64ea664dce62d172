// Reads what the reminders need: the sheets the checks read, Attendance, and today's day and hour.
import { Attendance } from '../domain/sheets/attendance';
import type { IsoDate } from '../domain/cells';
import type { ReminderSnapshot } from '../domain/reminders/reminder-day';
import type { Settings } from '../domain/sheets/settings';
import { openTables, readTable, type Workbook } from './table';
import type { Sheet } from './spreadsheet';
import { readWorkbookForChecks } from './workbook-for-checks';

export interface WorkbookForReminders {
  readonly snapshot: ReminderSnapshot;
  readonly settings: Settings;
  /** The sheet tables by name, for row links (Sheet.getSheetId is asked only when mail goes). */
  readonly sheets: ReadonlyMap<string, Sheet>;
  readonly workbook: Workbook;
  /** Today and the hour (0–23) in the SPREADSHEET's zone, where the term dates live. */
  readonly today: IsoDate;
  readonly hour: number;
}

export type WorkbookForRemindersRead =
  | { readonly ok: true; readonly read: WorkbookForReminders }
  | { readonly ok: false; readonly message: string };

/**
 * One getValues per sheet the checks read (Attendance waits for `withAttendance`); a missing sheet
 * or header is the table adapter's message.
 */
export function readWorkbookForReminders(now: Date): WorkbookForRemindersRead {
  const workbook = openTables();
  const checks = readWorkbookForChecks(workbook);
  if (!checks.ok) return checks;
  const { workbook: book } = checks;
  const moment = workbook.dates.isoTimestamp(now);
  const snapshot: ReminderSnapshot = {
    placements: book.placements.rows,
    providers: book.providers.rows,
    reviews: book.reviews.rows,
    termDates: book.termDates.rows,
    attendance: [],
    settings: book.settings,
  };
  return {
    ok: true,
    read: {
      snapshot,
      settings: book.settings,
      sheets: new Map([
        ['Placements', book.placements.sheet],
        ['Providers', book.providers.sheet],
      ]),
      workbook,
      today: moment.slice(0, 10),
      hour: Number(moment.slice(11, 13)),
    },
  };
}

/** Adds Attendance (one getValues): the daily jobs chase returns and absences. */
export function withAttendance(read: WorkbookForReminders): WorkbookForRemindersRead {
  const attendance = readTable(Attendance, read.workbook);
  if (!attendance.ok) return attendance;
  return {
    ok: true,
    read: {
      ...read,
      snapshot: { ...read.snapshot, attendance: attendance.table.rows },
      sheets: new Map([...read.sheets, ['Attendance', attendance.table.sheet]]),
    },
  };
}
