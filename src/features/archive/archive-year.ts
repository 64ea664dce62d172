// "Archive the year" (menu): moves the finished year's ended placements, with their attendance and reviews, to a
// yearly archive spreadsheet, verified before anything leaves the live sheets, and resumable at any point.
import {
  ARCHIVED_ON,
  ARCHIVED_SHEETS,
  archivedIds,
  planRemoval,
  planSync,
  readSheet,
  readyToMark,
  syncIsEmpty,
  type ArchivedSheet,
  type Sheets,
} from '../../domain/archive/archive-plan';
import { movingPlacements } from '../../domain/archive/moving';
import { archiveYearOn, type SchoolYear } from '../../domain/archive/school-year';
import type { SerialOf } from '../../domain/archive/row-prints';
import { formatDate } from '../../domain/calendar/iso-date';
import { schoolCalendar } from '../../domain/calendar/school-calendar';
import { Placements } from '../../domain/sheets/placements';
import { TermDates } from '../../domain/sheets/term-dates';
import {
  archiveName,
  ensureArchiveSheets,
  findOrMakeArchive,
  openArchive,
  spreadsheetLink,
} from '../../workspace/archive-book';
import { DOCUMENTS_FOLDER, readDocumentSettings } from '../../workspace/document-settings';
import { keepHighestIssued } from '../../workspace/placement-ids';
import { appendLog } from '../../workspace/log';
import { openWorkbook, usedValues, type SheetDates } from '../../workspace/spreadsheet';
import { openTables, readTable } from '../../workspace/table';
import type { WorkbookAccess } from '../../workspace/workbook/access';
import { askYesNo, tellPerson } from '../../workspace/ui';
import { runReport } from '../reports/report-run';
import { finishArchive } from './archive-finish';
import { removeLiveRows } from './remove-live-rows';
import { ARCHIVE_HAS_NO_DATES, liveSerialOf, toArchiveCell } from './archive-cells';

export const MENU_ITEM = 'Records ▸ Archive the year';

/** Stop starting new steps after this long: Apps Script ends a run at six minutes. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;

/** Each step re-reads and re-plans; a run that keeps finding the sheets changed stops after this many. */
const MOST_STEPS = 40;

export function archiveTheYear(): void {
  let year: SchoolYear;
  try {
    const choice = chooseYear(openTables(openWorkbook()));
    if (!choice.ok) {
      tellPerson(choice.reason);
      return;
    }
    year = choice.year;
    const asked = askYesNo(
      `Archive the school year ${year.label}? Every placement that ended (Ended or Terminated) by ${formatDate(year.last)}, with all its Attendance and Reviews rows, moves to the spreadsheet "${archiveName(year)}" in the documents folder. Everything is copied and checked before anything is removed here, and nothing is deleted: the archive keeps it. It can take a few minutes.`,
    );
    if (!asked) return;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    tellPerson(`${MENU_ITEM} could not start: Google said "${reason}". Choose ${MENU_ITEM} again.`);
    return;
  }
  runReport(MENU_ITEM, () => archiveWork(Date.now() + TIME_BUDGET_MS).message);
}

function chooseYear(workbook: ReturnType<typeof openTables>) {
  const terms = readTable(TermDates, workbook);
  if (!terms.ok) return { ok: false as const, reason: terms.message };
  const today = workbook.dates.isoDate(new Date());
  return archiveYearOn(today, schoolCalendar(terms.table.rows.map((r) => r.record)));
}

export interface ArchiveOutcome {
  readonly message: string;
  readonly done: boolean;
}

interface Moved {
  Placements: number;
  Attendance: number;
  Reviews: number;
}

/** The work, holding the document lock. `deadline`: Date.now() after which no new step starts. */
export function archiveWork(deadline: number): ArchiveOutcome {
  const spreadsheet = openWorkbook();
  const workbook = openTables(spreadsheet);
  const choice = chooseYear(workbook);
  if (!choice.ok) return { message: choice.reason, done: false };
  const { year } = choice;
  const settingsRead = readDocumentSettings(workbook);
  if (!settingsRead.ok) return { message: settingsRead.message, done: false };
  const settings = settingsRead.settings;
  const folderId = settings.id(DOCUMENTS_FOLDER);
  if (!folderId) {
    return {
      message: `There is no documents folder on Settings yet. Choose Set up workbook to make it, then choose ${MENU_ITEM} again.`,
      done: false,
    };
  }
  const found = findOrMakeArchive(year, settings, folderId, spreadsheet.getId());
  if (!found.ok) return { message: unreachableMessage(year, found.state, found.id), done: false };
  if (found.made) {
    appendLog({
      action: 'Archive made',
      subject: 'Workbook',
      detail: `${archiveName(year)} ${spreadsheetLink(found.id)}`,
    });
  }
  const archive = openArchive(found.id);
  ensureArchiveSheets(archive);
  const serialOf = liveSerialOf(workbook.dates);
  const moved: Moved = { Placements: 0, Attendance: 0, Reviews: 0 };
  let stopped: 'time' | 'steps' | undefined;
  let keptBack: readonly string[] = [];
  let heldIds = false;
  let lastArchive: Sheets | undefined;
  for (let step = 0; ; step += 1) {
    if (step >= MOST_STEPS) {
      stopped = 'steps';
      break;
    }
    if (Date.now() > deadline) {
      stopped = 'time';
      break;
    }
    const placements = readTable(Placements, workbook);
    if (!placements.ok) return { message: placements.message, done: false };
    const moving = movingPlacements(placements.table.rows, year);
    keptBack = moving.keptBack;
    const live = readLive(spreadsheet, placements.table.grid, serialOf);
    const archived = readArchive(archive);
    lastArchive = archived;
    if (!heldIds) {
      // Before any row leaves: the numbers in use are never issued again (DOMAIN.md §4).
      keepHighestIssued(
        live.Placements.rows.map((r) => r.cells[live.Placements.names.indexOf('Placement ID')]),
      );
      heldIds = true;
    }
    const sync = planSync(live, archived, moving.ids);
    if (!syncIsEmpty(sync)) {
      applySync(archive, archived, sync, workbook.dates);
      continue;
    }
    const toMark = readyToMark(archived, moving.ids);
    if (toMark.length > 0) {
      markArchived(archive, archived, toMark, workbook.dates);
      continue;
    }
    const removal = planRemoval(live, archived);
    const total = ARCHIVED_SHEETS.reduce((n, s) => n + removal[s].length, 0);
    if (total === 0) break;
    let interrupted: 'time' | 'moved' | undefined;
    for (const name of ARCHIVED_SHEETS) {
      const sheet = spreadsheet.getSheetByName(name);
      if (!sheet || removal[name].length === 0) continue;
      const result = removeLiveRows(sheet, live[name].names, removal[name], serialOf, deadline);
      moved[name] += result.removed;
      if (result.stopped) {
        interrupted = result.stopped;
        break;
      }
    }
    if (interrupted === 'time') {
      stopped = 'time';
      break;
    }
  }
  return finishArchive({
    year,
    archiveId: found.id,
    archive,
    archived: lastArchive ? archivedIds(lastArchive) : new Set<string>(),
    moved,
    keptBack,
    stopped,
    dates: workbook.dates,
  });
}

function unreachableMessage(year: SchoolYear, state: 'trashed' | 'missing', id: string): string {
  const link = spreadsheetLink(id);
  return state === 'trashed'
    ? `The archive for ${year.label} on Settings (${link}) is in the bin. Restore it from the bin in Google Drive, then choose ${MENU_ITEM} again.`
    : `The add-on cannot open the archive for ${year.label} linked on Settings (${link}) for you: it was deleted, or a colleague's run made it (Google lets the add-on open only the files it made for each person). Ask the colleague who made it to choose ${MENU_ITEM}, or open the link and check it.`;
}

function readLive(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  placementsGrid: readonly (readonly unknown[])[],
  serialOf: SerialOf,
): Sheets {
  const grid = (name: ArchivedSheet) => {
    if (name === 'Placements') return placementsGrid;
    const sheet = spreadsheet.getSheetByName(name);
    return sheet ? usedValues(sheet) : [];
  };
  return {
    Placements: readSheet(grid('Placements'), serialOf),
    Attendance: readSheet(grid('Attendance'), serialOf),
    Reviews: readSheet(grid('Reviews'), serialOf),
  };
}

/** The archive's three sheets in one read (the Sheets API's values.batchGet): serials for dates. */
function readArchive(archive: WorkbookAccess): Sheets {
  const grids = archive.readSheets(ARCHIVED_SHEETS);
  return {
    Placements: readSheet(grids.get('Placements') ?? [], ARCHIVE_HAS_NO_DATES),
    Attendance: readSheet(grids.get('Attendance') ?? [], ARCHIVE_HAS_NO_DATES),
    Reviews: readSheet(grids.get('Reviews') ?? [], ARCHIVE_HAS_NO_DATES),
  };
}

function applySync(
  archive: WorkbookAccess,
  archived: Sheets,
  sync: ReturnType<typeof planSync>,
  dates: SheetDates,
): void {
  for (const name of ARCHIVED_SHEETS) {
    const change = sync[name];
    if (change.header) {
      archive.writeBlocks(name, [
        { row: 1, column: 1, values: [change.header.map((h) => toArchiveCell(h, dates))] },
      ]);
    }
    // Bottom up, so each removal leaves the row numbers of the next where they were read.
    for (const row of [...change.removeFromArchive].sort((a, b) => b - a)) {
      archive.deleteRows(name, row, 1);
    }
    if (change.add.length > 0) {
      const width = (change.header ?? archived[name].names).length;
      archive.appendRows(
        name,
        change.add.map((cells) =>
          Array.from({ length: width }, (_, c) => toArchiveCell(cells[c], dates)),
        ),
      );
    }
  }
}

/** One write: the Archived on cell of each placement whose archive copy is complete. */
function markArchived(
  archive: WorkbookAccess,
  archived: Sheets,
  ids: readonly string[],
  dates: SheetDates,
): void {
  const column = archived.Placements.names.indexOf(ARCHIVED_ON) + 1;
  const now = { isoTimestamp: dates.isoTimestamp(new Date()) };
  const wanted = new Set(ids);
  const blocks = archived.Placements.rows
    .filter((row) => wanted.has(row.id))
    .map((row) => ({ row: row.rowNumber, column, values: [[now]] }));
  if (column > 0 && blocks.length > 0) archive.writeBlocks('Placements', blocks);
}
