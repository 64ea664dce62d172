// The end of every "Archive the year" run: the About sheet and keep-until date, the Log, and what to tell the person.
import { ARCHIVED_SHEETS, readSheet } from '../../domain/archive/archive-plan';
import { keepUntil, RETENTION_YEARS } from '../../domain/archive/moving';
import type { SchoolYear } from '../../domain/archive/school-year';
import { formatDate } from '../../domain/calendar/iso-date';
import { dayOfSerial } from '../../domain/calendar/serial-day';
import type { IsoDate } from '../../domain/cells';
import {
  ABOUT_SHEET,
  archiveName,
  keepUntilSetting,
  spreadsheetLink,
  writeAbout,
} from '../../workspace/archive-book';
import { readDocumentSettings } from '../../workspace/document-settings';
import { appendLog } from '../../workspace/log';
import { openWorkbook, usedValues, type SheetDates } from '../../workspace/spreadsheet';
import type { WorkbookAccess } from '../../workspace/workbook/access';
import { ARCHIVE_HAS_NO_DATES } from './archive-cells';
import { MENU_ITEM, type ArchiveOutcome } from './archive-year';

export const REGULATION =
  'The School Attendance (Pupil Registration) (England) Regulations 2024, regulation 7: every entry in the attendance register is kept for at least six years.';

export interface ArchiveRun {
  readonly year: SchoolYear;
  readonly archiveId: string;
  readonly archive: WorkbookAccess;
  readonly archived: ReadonlySet<string>;
  readonly moved: Readonly<Record<(typeof ARCHIVED_SHEETS)[number], number>>;
  readonly keptBack: readonly string[];
  readonly stopped: 'time' | 'steps' | undefined;
  readonly dates: SheetDates;
}

/** The latest Date in the archive's Attendance (a serial number, as the Sheets API reads it). */
function lastAttendance(grid: readonly (readonly unknown[])[]): IsoDate | undefined {
  const sheet = readSheet(grid, ARCHIVE_HAS_NO_DATES);
  const column = sheet.names.indexOf('Date');
  let last: IsoDate | undefined;
  for (const row of sheet.rows) {
    const cell = row.cells[column];
    const day = typeof cell === 'number' ? dayOfSerial(cell) : undefined;
    if (day && (!last || day > last)) last = day;
  }
  return last;
}

/** Placement IDs with an "Archived" line on the Log already: each gets one, even after a failure. */
function loggedArchived(): Set<string> {
  const sheet = openWorkbook().getSheetByName('Log');
  const grid = sheet ? usedValues(sheet) : [];
  const header = (grid[0] ?? []).map((h) => String(h).trim());
  const action = header.indexOf('Action');
  const subject = header.indexOf('Subject');
  const ids = new Set<string>();
  for (const row of grid.slice(1)) {
    if (row[action] === 'Archived') ids.add(String(row[subject]));
  }
  return ids;
}

export function finishArchive(run: ArchiveRun): ArchiveOutcome {
  const { year, archive, archiveId, moved } = run;
  const link = spreadsheetLink(archiveId);
  const grids = archive.readSheets(ARCHIVED_SHEETS);
  const counts = ARCHIVED_SHEETS.map(
    (name) => readSheet(grids.get(name) ?? [], ARCHIVE_HAS_NO_DATES).rows.length,
  );
  const last = lastAttendance(grids.get('Attendance') ?? []);
  const until = keepUntil(last ?? year.last) ?? year.last;
  writeAbout(archive, [
    ['AP placements archive', year.label],
    [
      'What this is',
      `The placements that ended by ${formatDate(year.last)}, with their attendance and reviews, moved here from the school's AP placements workbook by the AP Placements add-on.`,
    ],
    ['Workbook', spreadsheetLink(openWorkbook().getId())],
    ['Placements', String(counts[0] ?? 0)],
    ['Attendance rows', String(counts[1] ?? 0)],
    ['Reviews', String(counts[2] ?? 0)],
    ['Last attendance entry', last ? formatDate(last) : 'none'],
    ['Keep until', formatDate(until)],
    [
      'Why',
      `${REGULATION} This file is kept until ${RETENTION_YEARS} years after its last attendance entry. The add-on never deletes it: when the date has passed, it lists it for the school's data protection officer to decide.`,
    ],
    [
      'Not here',
      "Child-protection records belong in the school's safeguarding system; the workbook keeps only the date a concern was raised.",
    ],
  ]);
  const settings = readDocumentSettings();
  if (settings.ok) settings.settings.record(new Map([[keepUntilSetting(year), until]]));
  const logged = loggedArchived();
  for (const id of [...run.archived].sort()) {
    if (logged.has(id)) continue;
    appendLog({ action: 'Archived', subject: id, detail: `to ${archiveName(year)} ${link}` });
  }
  const movedNow = `${moved.Placements} placements, ${moved.Attendance} attendance rows and ${moved.Reviews} reviews`;
  const finished = run.stopped === undefined;
  appendLog({
    action: 'Archive the year',
    subject: 'Workbook',
    detail: `${year.label}: moved ${movedNow} this run; the archive holds ${counts[0] ?? 0} placements, ${counts[1] ?? 0} attendance rows and ${counts[2] ?? 0} reviews${finished ? '' : ' (not finished: run again)'}. ${link}`,
  });
  const kept =
    run.keptBack.length > 0 ? ` Left here, to put right first: ${run.keptBack.join('; ')}.` : '';
  const message = finished
    ? `The ${year.label} archive is complete: ${link} (Settings links it). This run moved ${movedNow}; the archive holds ${counts[0] ?? 0} placements, ${counts[1] ?? 0} attendance rows and ${counts[2] ?? 0} reviews. Keep it until ${formatDate(until)} (${ABOUT_SHEET} sheet).${kept}`
    : `The ${year.label} archive is part done (${link}): this run moved ${movedNow}. ${run.stopped === 'time' ? 'It stopped before Google’s six-minute limit' : 'The sheets kept changing while it ran'}. Choose ${MENU_ITEM} again to continue where it stopped: nothing is lost or doubled by stopping here.${kept}`;
  return { message, done: finished };
}
