// "Evaluation" (menu): each placement and provider this school year on the add-on's Evaluation sheet (policy P9).
import { formatDate } from '../../domain/calendar/iso-date';
import type { IsoDate } from '../../domain/cells';
import { reminderDay } from '../../domain/reminders/reminder-day';
import { evaluation, evaluationLayout, schoolYearStart } from '../../domain/reports/evaluation';
import { Attendance } from '../../domain/sheets/attendance';
import { appendLog } from '../../workspace/log';
import { placeCharts } from '../../workspace/report-charts';
import { writeReport } from '../../workspace/report-sheet';
import { openWorkbook } from '../../workspace/spreadsheet';
import { rowsOf } from '../../workspace/table';
import { activeWorkbook } from '../../workspace/workbook/open';
import { readWorkbookForReminders, recentOrAbsent } from '../../workspace/workbook-for-reminders';
import { runReport, type ReportOutcome } from './report-run';

export const EVALUATION_SHEET = 'Evaluation';

const PROTECTION =
  'Made by the AP Placements add-on (Evaluation): it is replaced each time the evaluation is made.';

/**
 * Reads each sheet once (Attendance from the school year's start: earlier years are read but not
 * parsed), writes the evaluation in one block and logs its counts. Placement IDs only.
 */
export function makeEvaluation(): void {
  runReport('Reports ▸ Evaluation', () => evaluationWork().message);
}

/** The work itself, for the menu and the sidebar, the caller holding the document lock. */
export function evaluationWork(): ReportOutcome {
  return { message: evaluationMessage() };
}

function evaluationMessage(): string {
  const spreadsheet = openWorkbook();
  const access = activeWorkbook(spreadsheet);
  const now = new Date();
  const first = readWorkbookForReminders(access, now);
  if (!first.ok) return first.message;
  const { read } = first;
  const yearStart = schoolYearStart(read.today);
  const attendance = rowsOf(Attendance, access.readSheets([Attendance.name]), access, (index) =>
    recentOrAbsent(index, access, yearStart),
  );
  if (!attendance.ok) return attendance.message;
  const day = reminderDay(read.snapshot, read.today, read.hour);
  const moment = access.dates.isoTimestamp(now);
  const school = read.settings.schoolName ?? 'the school';
  const made = `${formatDate(moment.slice(0, 10) as IsoDate)} at ${moment.slice(11, 16)}`;
  const result = evaluation(
    day,
    attendance.table.rows,
    `Evaluation of AP placements for ${school}, school year from ${formatDate(yearStart)} to ${formatDate(read.today)}, made ${made} (policy P9). Placement IDs only. Remade each time from Placements, Providers, Reviews and Attendance: change those, not this sheet.`,
  );
  const layout = evaluationLayout(result);
  const written = writeReport(spreadsheet, EVALUATION_SHEET, layout.rows, PROTECTION);
  if (!written.ok) return written.message;
  const chartProblem = placeCharts(written.sheet, layout.charts);
  const counts = `${result.placementRows.length} placements, ${result.providerRows.length} providers.`;
  const logProblem = appendLog({ action: 'Evaluation', subject: 'Workbook', detail: counts });
  return [`The evaluation is on the ${EVALUATION_SHEET} sheet: ${counts}`, chartProblem, logProblem]
    .filter(Boolean)
    .join(' ');
}
