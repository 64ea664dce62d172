// The sidebar: opening it, and the one call that returns everything it shows (issue 6, item 4).
import { PLACEMENT_STATUSES, type Placement } from '../../domain/sheets/placements';
import { describeStatus, remindersStoppedSince } from '../../domain/reminders/status-text';
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import { buildOverview } from '../../domain/sidebar/overview';
import { comparable } from '../../domain/cells';
import { registerDay } from '../../domain/sidebar/register';
import { todayView } from '../../domain/sidebar/today';
import { placementForRow, type RowOnSheet } from '../../domain/sidebar/selection';
import {
  settingCells,
  setupMissing,
  setupValues,
  type SettingCell,
} from '../../domain/sidebar/setup-values';
import { sidebarDay, type SidebarDay } from '../../domain/sidebar/sidebar-day';
import { placementView } from '../../domain/sidebar/placement-view';
import { WORKBOOK } from '../../domain/workbook';
import type {
  RemindersState,
  SelectedPlacement,
  SidebarState,
  StatusCount,
} from '../../shared/sidebar-api';
import {
  documentSettingsOf,
  DOCUMENTS_FOLDER,
  templateSetting,
} from '../../workspace/document-settings';
import { readLastRun, readReminderStatus, type LastRun } from '../../workspace/reminder-trigger';
import { activeWorkbook } from '../../workspace/workbook/open';
import { selectedRows } from '../../workspace/selection';
import { settingRows } from '../../workspace/settings';
import { openSidebar } from '../../workspace/ui';
import { openWorkbook, type Spreadsheet } from '../../workspace/spreadsheet';
import {
  hasSheet,
  readSidebarWorkbook,
  type SidebarRead,
  type SidebarWorkbook,
} from '../../workspace/workbook-for-sidebar';
import { snapshotOf } from '../recheck';
import { attendanceFor } from './attendance-wanted';

export function showSidebar(): void {
  openSidebar('Sidebar', 'AP Placements');
}

function countByStatus(placements: readonly Placement[]): StatusCount[] {
  const counts = [...PLACEMENT_STATUSES, undefined].map((status) => ({
    status: status ?? 'No status',
    count: placements.filter((p) => p.status === status).length,
  }));
  return counts.filter((c) => c.count > 0);
}

/** Every sheet of DOMAIN.md §4 that is missing, or read without a column it needs, in tab order. */
function missingParts(read: SidebarRead): string[] {
  const { sheets } = read;
  const reads = new Map<string, { readonly ok: boolean; readonly message?: string }>([
    ['Placements', sheets.placements],
    ['Providers', sheets.providers],
    ['Reviews', sheets.reviews],
    ['Term dates', sheets.termDates],
    ['Settings', sheets.settings],
    ['Attendance', sheets.attendance],
    ['Documents', sheets.documents],
  ]);
  return WORKBOOK.flatMap((schema) => {
    const noSheet = `There is no ${schema.name} sheet.`;
    const sheetRead = reads.get(schema.name);
    if (!sheetRead) return hasSheet(read.workbook, schema.name) ? [] : [noSheet];
    if (sheetRead.ok) return [];
    const message = sheetRead.message ?? noSheet;
    return [message.startsWith(noSheet) ? noSheet : message];
  });
}

/** Never fails: the state after a saved form must not turn into an error (issue 10, item 3). */
function remindersState(now: string, schoolDay: boolean, read: SidebarRead): RemindersState {
  let status: ReturnType<typeof readReminderStatus>;
  let lastRun: LastRun | undefined;
  try {
    const { store } = activeWorkbook(read.workbook.spreadsheet);
    status = readReminderStatus(store);
    lastRun = readLastRun(store);
  } catch {
    return {
      on: false,
      text: 'Whether reminders are on could not be read just now.',
      owner: '',
      since: '',
      stopped: false,
    };
  }
  // Said unasked only on a school day (issue 12): the hourly trigger also runs at weekends, but
  // nobody needs the warning then.
  const stoppedSince = remindersStoppedSince(status, lastRun, now, schoolDay);
  return {
    on: status?.on ?? false,
    text: describeStatus(status, undefined, {
      ...(lastRun && { lastRun }),
      ...(stoppedSince !== undefined && { stoppedSince }),
    }),
    owner: status?.on ? status.owner : '',
    since: status?.since ?? '',
    stopped: stoppedSince !== undefined,
  };
}

/** Settings rows by name, and whether setup recorded the folder and every template (§6). */
function settingsOf(read: SidebarRead): {
  cells: ReadonlyMap<string, SettingCell>;
  templatesReady: boolean;
} {
  const settings = read.sheets.settings;
  if (!settings.ok) return { cells: new Map(), templatesReady: false };
  const ids = documentSettingsOf(settings.table);
  const templatesReady = [DOCUMENTS_FOLDER, ...DEFAULT_TEMPLATES.map(templateSetting)].every(
    (setting) => ids.id(setting) !== undefined,
  );
  return { cells: settingCells(settingRows(settings.table)), templatesReady };
}

/** The reminders' day over what was read (the checks' rows in use, as Validate all sees them). */
export function dayOf(book: SidebarWorkbook, now: string): SidebarDay {
  const { checks } = book;
  const snapshot = snapshotOf(checks);
  return sidebarDay(
    {
      ...snapshot,
      settings: checks.settings,
      attendance: book.attendance.rows,
      documents: book.documents.rows,
    },
    now.slice(0, 10),
    Number(now.slice(11, 13)),
  );
}

/** The selected row as the sidebar reads it: a selection of many rows means its first data row. */
export function selectedRow(spreadsheet?: Spreadsheet): RowOnSheet | undefined {
  const selection = selectedRows(spreadsheet);
  if (!selection) return undefined;
  const row = selection.firstRow === 1 && selection.lastRow > 1 ? 2 : selection.firstRow;
  return { sheetName: selection.sheetName, row };
}

/** The placement view of a row, or why there is none. */
export function selectedFrom(
  sd: SidebarDay,
  row: RowOnSheet | undefined,
): Omit<SelectedPlacement, 'today'> {
  const found = placementForRow(sd, row);
  return 'placement' in found
    ? { selected: placementView(sd, found.placement) }
    : { selectionHint: found.hint };
}

/** Everything from one read of the workbook: no sheet is read twice (PLATFORM.md). */
export function stateFrom(
  read: SidebarRead,
  selected = selectedRow(read.workbook.spreadsheet),
): SidebarState {
  const missing = missingParts(read);
  const placements = read.sheets.placements;
  const records = placements.ok ? placements.table.rows.map((row) => row.record) : [];
  const { cells, templatesReady } = settingsOf(read);
  const termDates = read.sheets.termDates.ok ? read.sheets.termDates.table.rows : [];
  const setup = setupValues(cells, termDates, templatesReady);
  const book = read.complete;
  const sd = book && dayOf(book, read.now);
  const schoolDay = sd ? sd.day.index.calendar.isSchoolDay(sd.day.today) : false;
  const base = {
    setUp: missing.length === 0,
    missing,
    placements: { total: records.length, byStatus: countByStatus(records) },
    reminders: remindersState(read.now, schoolDay, read),
    setup,
    setupMissing: setupMissing(setup),
  };
  if (!sd) {
    return { ...base, selectionHint: 'Choose Extensions > AP Placements > Set up workbook first.' };
  }
  return {
    ...base,
    overview: buildOverview(sd),
    ...selectedFrom(sd, selected),
    register: registerDay(sd),
    today: todayView(sd, comparable(String(cells.get('provider returns')?.value ?? '')) === 'on'),
  };
}

/**
 * The state after a form: showing the placement the form was about (`about`, its row on
 * Placements or Attendance), whatever row the sheet has selected by now, so the person sees what
 * they just did; with no `about`, the selection's placement as usual.
 */
export function stateAfter(
  read: SidebarRead | undefined,
  about?: RowOnSheet,
  before?: SidebarRead,
): SidebarState {
  try {
    const selected = about ?? selectedRow();
    return stateFrom(read ?? readSidebarWorkbook(attendanceFor(selected, true)), selected);
  } catch (e) {
    // The change is made: the sidebar shows the sheet as read before it rather than an error.
    if (!before) throw e;
    return stateFrom(before, about ?? NOWHERE);
  }
}

/** A row no placement is on: the state without asking the sheet what is selected. */
const NOWHERE: RowOnSheet = { sheetName: '', row: 0 };

/**
 * Everything the sidebar shows when it opens, in one server execution (PLATFORM.md: each
 * google.script.run call is a full execution). Takes no arguments, so there is nothing to validate.
 */
export function getSidebarState(): SidebarState {
  const spreadsheet = openWorkbook();
  const selected = selectedRow(spreadsheet);
  return stateFrom(readSidebarWorkbook(attendanceFor(selected, true), spreadsheet), selected);
}
