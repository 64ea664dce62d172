// The sidebar's day over invented rows: the reminders' clean school, with documents and attendance.
import { parseRow } from '../../../src/domain/columns';
import type { ReminderSnapshot } from '../../../src/domain/reminders/reminder-day';
import { sidebarDay, type SidebarDay } from '../../../src/domain/sidebar/sidebar-day';
import { Documents, type DocumentRecord } from '../../../src/domain/sheets/documents';
import type { TableRow } from '../../../src/domain/table';
import type { Cells } from '../rules/fixtures';
import { workbook } from '../reminders/school-weeks';

export function documentRow(cells: Cells, rowNumber = 2): TableRow<DocumentRecord> {
  return { rowNumber, ...parseRow(Documents, cells) };
}

/** Tue 20 Jan 2026 at `hour` by default: the clean placement is two weeks in. */
export function dayWith(
  parts: Parameters<typeof workbook>[0] & { documents?: readonly TableRow<DocumentRecord>[] } = {},
  today = '2026-01-20',
  hour = 9,
): SidebarDay {
  const { documents, ...rest } = parts;
  const snapshot: ReminderSnapshot = workbook(rest);
  return sidebarDay({ ...snapshot, documents: documents ?? [] }, today, hour);
}

export function onlyPlacement(sd: SidebarDay) {
  const p = sd.day.placements[0];
  if (!p) throw new Error('no placement');
  return p;
}
