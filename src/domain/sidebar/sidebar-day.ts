// What every part of the sidebar reads: the reminders' day (same rules), attendance by placement, documents.
import type { IsoDate } from '../cells';
import { nameKey } from '../rules/context';
import { recordedSessions } from '../reminders/attendance';
import { reminderDay, type ReminderDay, type ReminderSnapshot } from '../reminders/reminder-day';
import type { AttendanceRecord } from '../sheets/attendance';
import type { DocumentRecord } from '../sheets/documents';
import type { TableRow } from '../table';

export interface SidebarSnapshot extends ReminderSnapshot {
  readonly documents: readonly TableRow<DocumentRecord>[];
}

export interface SidebarDay {
  /** The reminders' view of today: placements in context, indexed once (reminder-day.ts). */
  readonly day: ReminderDay;
  readonly snapshot: SidebarSnapshot;
  /** Attendance rows by Placement ID, in sheet order. */
  readonly attendanceByPlacement: ReadonlyMap<string, readonly TableRow<AttendanceRecord>[]>;
  /** Sessions that have an Attendance row (recordedSessions). */
  readonly recorded: ReadonlySet<string>;
  /** Documents rows by Subject as compared (case and spacing ignored). */
  readonly documentsBySubject: ReadonlyMap<string, readonly TableRow<DocumentRecord>[]>;
}

function groupBy<T>(
  rows: readonly TableRow<T>[],
  keyOf: (record: T) => string | undefined,
): Map<string, TableRow<T>[]> {
  const groups = new Map<string, TableRow<T>[]>();
  for (const row of rows) {
    const key = keyOf(row.record);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Built once per server call; `hour` (0–23, the school's zone) decides which sessions are over. */
export function sidebarDay(snapshot: SidebarSnapshot, today: IsoDate, hour: number): SidebarDay {
  return {
    day: reminderDay(snapshot, today, hour),
    snapshot,
    attendanceByPlacement: groupBy(snapshot.attendance, (record) => record.placementId),
    recorded: recordedSessions(snapshot.attendance),
    documentsBySubject: groupBy(snapshot.documents, (record) => nameKey(record.subject)),
  };
}
