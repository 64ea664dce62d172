// Invented school weeks for the reminder tests: Derbyshire 2025/26 dates, the clean rows, Settings.
import { parseRow } from '../../../src/domain/columns';
import type { ReminderSettings } from '../../../src/domain/reminders/addressing';
import type { ReminderSnapshot } from '../../../src/domain/reminders/reminder-day';
import type { ReminderItem, Reminders } from '../../../src/domain/reminders/reminder-item';
import { Attendance, type AttendanceRecord } from '../../../src/domain/sheets/attendance';
import type { TableRow } from '../../../src/domain/table';
import { snapshot, type Cells } from '../rules/fixtures';

export const SETTINGS: ReminderSettings = {
  dslEmail: 'dsl@school.example',
  headTeacherEmail: 'head@school.example',
  sendcoEmail: 'sendco@school.example',
  headOfPastoralCareEmail: 'hopc@school.example',
  attendanceLeadEmail: 'attendance@school.example',
  reviewReminderDays: 10,
  expiryWarningDays: 30,
};

/** An Attendance row; Date, Placement ID and Session first, then any other cells. */
export function attendanceRow(
  date: string,
  session: 'AM' | 'PM',
  cells: Cells = {},
  rowNumber = 2,
): TableRow<AttendanceRecord> {
  return {
    rowNumber,
    ...parseRow(Attendance, {
      Date: date,
      'Placement ID': 'AP-0001',
      Session: session,
      Mark: 'Present',
      ...cells,
    }),
  };
}

/** The clean workbook (one Active placement at one provider) with attendance and Settings. */
export function workbook(
  parts: Partial<Omit<ReminderSnapshot, 'settings'>> & {
    settings?: Partial<ReminderSettings>;
  } = {},
): ReminderSnapshot {
  const { attendance, settings, ...rest } = parts;
  return {
    ...snapshot(rest),
    attendance: attendance ?? [],
    settings: { ...SETTINGS, ...settings },
  };
}

/** "role → recipient: key" lines, for assertions that read like the digest. */
export function sent(result: Reminders | readonly ReminderItem[]): string[] {
  const items = 'items' in result ? result.items : result;
  return items.map((i) => `${i.recipientRole} → ${i.recipient}: ${i.key}`);
}
