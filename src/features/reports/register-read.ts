// Reads what the AP register is made from, once per sheet, and builds it (the sheet and the Doc share it).
import { formatDate } from '../../domain/calendar/iso-date';
import type { IsoDate } from '../../domain/cells';
import { reminderDay } from '../../domain/reminders/reminder-day';
import { apRegister, type ApRegister } from '../../domain/reports/ap-register';
import { Attendance } from '../../domain/sheets/attendance';
import type { SettingRow, Settings } from '../../domain/sheets/settings';
import { attendanceWindowStart } from '../../domain/sidebar/attendance-window';
import type { Spreadsheet } from '../../workspace/spreadsheet';
import { rowsOf } from '../../workspace/table';
import type { WorkbookAccess } from '../../workspace/workbook/access';
import { activeWorkbook } from '../../workspace/workbook/open';
import { readWorkbookForReminders, recentOrAbsent } from '../../workspace/workbook-for-reminders';

export interface RegisterRead {
  readonly register: ApRegister;
  readonly access: WorkbookAccess;
  readonly settings: Settings;
  /** The Settings rows as read (the documents folder's id is among them). */
  readonly settingRows: readonly SettingRow[];
  readonly today: IsoDate;
  /** "Tue 20 Jan 2026 at 09:00", in the workbook's zone. */
  readonly madeAt: string;
}

/**
 * Placements, Providers, Reviews, Term dates and Settings in one read each, and Attendance from this
 * half-term's start (older rows are read but not parsed, absences aside). Pupils appear by
 * initials unless Email detail is Full (DOMAIN.md §7: the choice the school made for email).
 */
export function readRegister(
  spreadsheet: Spreadsheet,
  now: Date,
):
  | { readonly ok: true; readonly read: RegisterRead }
  | { readonly ok: false; readonly message: string } {
  const access = activeWorkbook(spreadsheet);
  const first = readWorkbookForReminders(access, now);
  if (!first.ok) return first;
  const { read } = first;
  const since = attendanceWindowStart(
    read.snapshot.termDates.map((row) => row.record),
    read.today,
  );
  const attendance = rowsOf(Attendance, access.readSheets([Attendance.name]), access, (index) =>
    recentOrAbsent(index, access, since),
  );
  if (!attendance.ok) return attendance;
  const day = reminderDay(read.snapshot, read.today, read.hour);
  const moment = access.dates.isoTimestamp(now);
  const madeAt = `${formatDate(moment.slice(0, 10) as IsoDate)} at ${moment.slice(11, 16)}`;
  const school = read.settings.schoolName ?? 'the school';
  const register = apRegister(day, attendance.table.rows, {
    title: `AP register for ${school}, made ${madeAt}. Remade from Placements, Providers, Reviews and Attendance each time: change those, not this.`,
    fullDetail: read.settings.emailDetail === 'Full',
  });
  return {
    ok: true,
    read: {
      register,
      access,
      settings: read.settings,
      settingRows: read.settingRows,
      today: read.today,
      madeAt,
    },
  };
}

/** "2 providers in use, 3 placements." */
export function registerCounts(register: ApRegister): string {
  return `${register.providerRows.length} providers in use, ${register.placementRows.length} placements.`;
}
