// "AP register" (menu): rebuilds the add-on's register sheet from the workbook, dated, and says what it holds.
import { formatDate } from '../../domain/calendar/iso-date';
import type { IsoDate } from '../../domain/cells';
import { reminderDay } from '../../domain/reminders/reminder-day';
import { apRegister } from '../../domain/reports/ap-register';
import { Attendance } from '../../domain/sheets/attendance';
import { attendanceWindowStart } from '../../domain/sidebar/attendance-window';
import { appendLog } from '../../workspace/log';
import { writeReport } from '../../workspace/report-sheet';
import { withDocumentLock } from '../../workspace/session';
import { rowsOf } from '../../workspace/table';
import { tellPerson } from '../../workspace/ui';
import { activeWorkbook } from '../../workspace/workbook/open';
import { readWorkbookForReminders, recentOrAbsent } from '../../workspace/workbook-for-reminders';
import { openWorkbook } from '../../workspace/spreadsheet';

export const AP_REGISTER_SHEET = 'AP register';

const BUSY =
  'Someone else is changing this workbook right now. Wait a minute, then choose AP register again.';

const PROTECTION =
  'Made by the AP Placements add-on (AP register): it is replaced each time the register is made.';

/**
 * Reads each sheet once (Attendance from this half-term's start), builds the register and writes
 * it in one block. Pupils appear by initials unless Email detail is Full (DOMAIN.md §7: the same
 * choice the school made for email). Holding the document lock, so two registers are not written
 * over each other. The Log records counts only.
 */
export function makeApRegister(): void {
  const message = withDocumentLock(10_000, () => {
    const spreadsheet = openWorkbook();
    const access = activeWorkbook(spreadsheet);
    const now = new Date();
    const first = readWorkbookForReminders(access, now);
    if (!first.ok) return first.message;
    const { read } = first;
    const since = attendanceWindowStart(
      read.snapshot.termDates.map((row) => row.record),
      read.today,
    );
    const attendance = rowsOf(Attendance, access.readSheets([Attendance.name]), access, (index) =>
      recentOrAbsent(index, access, since),
    );
    if (!attendance.ok) return attendance.message;
    const day = reminderDay(read.snapshot, read.today, read.hour);
    const moment = access.dates.isoTimestamp(now);
    const school = read.settings.schoolName ?? 'the school';
    const register = apRegister(day, attendance.table.rows, {
      title: `AP register for ${school}, made ${madeAt(moment)}. Remade from Placements, Providers, Reviews and Attendance each time: change those, not this sheet.`,
      fullDetail: read.settings.emailDetail === 'Full',
    });
    writeReport(spreadsheet, AP_REGISTER_SHEET, register.rows, PROTECTION);
    const counts = `${register.providers} providers in use, ${register.placements} placements.`;
    const logProblem = appendLog({ action: 'AP register', subject: 'Workbook', detail: counts });
    return [`The AP register is on the ${AP_REGISTER_SHEET} sheet: ${counts}`, logProblem]
      .filter(Boolean)
      .join(' ');
  });
  tellPerson(message ?? BUSY);
}

/** "05/12/2026 at 10:30" from the workbook's "2026-12-05 10:30:00". */
function madeAt(moment: string): string {
  return `${formatDate(moment.slice(0, 10) as IsoDate)} at ${moment.slice(11, 16)}`;
}
