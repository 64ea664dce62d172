// "Census AP return" (menu): the return for a census day on an add-on sheet and as a CSV in the documents folder.
import { formatDate } from '../../domain/calendar/iso-date';
import type { IsoDate } from '../../domain/cells';
import { censusDays, censusWindow, nextCensusDay } from '../../domain/census/census-days';
import { censusCsv, censusSheetRows } from '../../domain/census/census-output';
import { censusReturn, type CensusReturn } from '../../domain/census/census-return';
import { reminderDay } from '../../domain/reminders/reminder-day';
import { censusReasons } from '../../domain/sheets/census-reasons';
import { documentsFolderIn } from '../../workspace/document-settings';
import { createTextFile } from '../../workspace/drive';
import { appendLog } from '../../workspace/log';
import { writeReport } from '../../workspace/report-sheet';
import { openWorkbook, type Spreadsheet } from '../../workspace/spreadsheet';
import { activeWorkbook } from '../../workspace/workbook/open';
import { readWorkbookForReminders } from '../../workspace/workbook-for-reminders';
import { documentsFolderToReach, probe } from '../documents/school-files';
import { serviceProblem } from '../documents/service-errors';
import { FIRST_ATTEMPT, runReport, type ReportAttempt, type ReportOutcome } from './report-run';

export const CENSUS_SHEET = 'Census AP return';

const PROTECTION =
  'Made by the AP Placements add-on (Census AP return): it is replaced each time the return is made.';

/** The menu: the return for the next census day (the sidebar's Reports pick any other). */
export function makeCensusReturn(): void {
  runReport(
    'Reports ▸ Census AP return',
    () => makeReturn(openWorkbook(), undefined, FIRST_ATTEMPT).message,
  );
}

/**
 * The return for `picked` (ISO) or the default: the sheet remade in one block, the CSV made in
 * the documents folder when this person's runs reach it (otherwise the sheet alone, saying why),
 * and the counts on the Log. Returns the message for the person.
 */
export function makeReturn(
  spreadsheet: Spreadsheet,
  picked: IsoDate | undefined,
  attempt: ReportAttempt,
): ReportOutcome {
  const outcome = returnFor(spreadsheet, picked, attempt);
  return typeof outcome === 'string' ? { message: outcome } : outcome;
}

function returnFor(
  spreadsheet: Spreadsheet,
  picked: IsoDate | undefined,
  attempt: ReportAttempt,
): string | ReportOutcome {
  const access = activeWorkbook(spreadsheet);
  const first = readWorkbookForReminders(access, new Date());
  if (!first.ok) return first.message;
  const { read } = first;
  const days = censusDays(read.settings.censusDays, read.today);
  if (!days.ok) return days.message;
  // The default: the next census day (today's, on census day); the sidebar picks another.
  const censusDay = picked ?? nextCensusDay(days.days, read.today);
  if (!censusDay) {
    return 'There is no census day on or after today in Census days on Settings: add this year’s census days (dd/mm/yyyy, separated by commas), or leave it blank for the DfE’s rule.';
  }
  const window = censusWindow(days.days, censusDay);
  const day = reminderDay(read.snapshot, read.today, read.hour);
  const ret = censusReturn(day, censusReasons(read.settingRows), window);
  const title = `Census AP return for census day ${formatDate(censusDay)}: placements attended from ${formatDate(window.from)} to ${formatDate(censusDay)}${days.fromSettings ? ' (census days from Settings)' : ' (census days by the DfE’s rule: first Thursday in October, third in January and May)'}. Remade each time from Placements, Providers and Settings: change those, not this sheet.`;
  const written = writeReport(spreadsheet, CENSUS_SHEET, censusSheetRows(ret, title), PROTECTION);
  if (!written.ok) return written.message;
  const folderId = documentsFolderIn(read.settingRows);
  const csv = ret.rows.length > 0 ? writeCsv(folderId, ret, censusDay, attempt) : undefined;
  const counts = `${ret.rows.length} placements returned, ${ret.unreturnable.length} to fix${ret.nilReturn ? ' (nil return)' : ''}.`;
  const logProblem = appendLog({
    action: 'Census AP return',
    subject: 'Workbook',
    detail: `Census day ${censusDay}: ${counts}`,
  });
  return {
    message: [summary(ret, censusDay), csv?.said, logProblem].filter(Boolean).join(' '),
    ...(csv?.link && { link: csv.link }),
  };
}

function summary(ret: CensusReturn, censusDay: IsoDate): string {
  if (ret.nilReturn) {
    return `Census AP return for ${formatDate(censusDay)}: a nil return. ${ret.nilReturn} Your MIS will ask about it (query 4015Q or 4016Q): give that sentence as the return note. It is on the ${CENSUS_SHEET} sheet.`;
  }
  const fix =
    ret.unreturnable.length > 0
      ? ` ${ret.unreturnable.length} cannot be returned yet: the sheet lists what to fix on each.`
      : '';
  const check =
    ret.toCheck.length > 0
      ? ` ${ret.toCheck.length} census reasons have no code yet on Settings.`
      : '';
  return `Census AP return for ${formatDate(censusDay)} is on the ${CENSUS_SHEET} sheet: ${ret.rows.length} placements to return.${fix}${check}`;
}

/**
 * The CSV in the documents folder, and a sentence saying where, or why it was not made. A sidebar
 * request sent again after a failure part-way finds the CSV its first attempt made (its steps).
 */
function writeCsv(
  folderId: string | undefined,
  ret: CensusReturn,
  censusDay: IsoDate,
  attempt: ReportAttempt,
): { readonly said: string; readonly link?: string } {
  const made = attempt.resumed?.csvLink;
  if (typeof made === 'string')
    return { said: `The CSV is in the documents folder: ${made}`, link: made };
  if (!folderId) {
    return {
      said: 'No CSV was made: there is no documents folder on Settings (choose Set up workbook to make it).',
    };
  }
  try {
    const [folder] = probe([documentsFolderToReach(folderId)]);
    if (folder?.state !== 'present') {
      return {
        said: `No CSV was made: the add-on cannot reach the ${folder?.label ?? 'documents folder'} for you (choose Connect templates and pick it, or restore it from the bin); the sheet has every row.`,
      };
    }
    const file = createTextFile(
      `Census AP return ${censusDay}.csv`,
      folderId,
      censusCsv(ret),
      'text/csv',
    );
    attempt.step({ csvLink: file.link });
    return { said: `The CSV is in the documents folder: ${file.link}`, link: file.link };
  } catch (e) {
    // A reply can be lost after Drive made the file: say what is known.
    return {
      said: `The CSV may not have been made (${serviceProblem(e)}): look in the documents folder, or make the return again; the sheet has every row.`,
    };
  }
}
