// Reads every sheet the sidebar shows, each once, and the moment as the spreadsheet's clock shows it.
import type { IsoDate, IsoTimestamp } from '../domain/cells';
import type { HeaderIndex, Grid } from '../domain/table';
import { Attendance, isAbsentMark } from '../domain/sheets/attendance';
import { Documents } from '../domain/sheets/documents';
import { Placements } from '../domain/sheets/placements';
import { Providers } from '../domain/sheets/providers';
import { Reviews } from '../domain/sheets/reviews';
import { SettingsSheet } from '../domain/sheets/settings';
import { TermDates } from '../domain/sheets/term-dates';
import { isDate, type SheetDates, type Spreadsheet } from './spreadsheet';
import {
  openTables,
  readTable,
  type RowFilter,
  type Table,
  type TableRead,
  type Workbook,
} from './table';
import { workbookForChecks, type WorkbookForChecks } from './workbook-for-checks';

export interface SidebarSheets {
  readonly placements: TableRead<typeof Placements>;
  readonly providers: TableRead<typeof Providers>;
  readonly reviews: TableRead<typeof Reviews>;
  readonly termDates: TableRead<typeof TermDates>;
  readonly settings: TableRead<typeof SettingsSheet>;
  readonly attendance: TableRead<typeof Attendance>;
  readonly documents: TableRead<typeof Documents>;
}

/** Everything read, when every sheet and column was there. */
export interface SidebarWorkbook {
  readonly checks: WorkbookForChecks;
  /** Only the rows wanted, when the read was narrowed (AttendanceWanted). */
  readonly attendance: Table<typeof Attendance>;
  readonly documents: Table<typeof Documents>;
}

export interface SidebarRead {
  readonly workbook: Workbook;
  readonly sheets: SidebarSheets;
  /** Now in the SPREADSHEET's zone, 'YYYY-MM-DD HH:mm:ss' (PLATFORM.md: it can differ from the script's). */
  readonly now: IsoTimestamp;
  /** Undefined when a sheet or a column is missing: `sheets` then says which. */
  readonly complete: SidebarWorkbook | undefined;
}

/**
 * The Attendance rows a call needs, when not all: years of returns are thousands of rows, and
 * reading each into a record is most of the sidebar's time. Decided on the cells as read.
 */
export interface AttendanceWanted {
  /** Rows dated on or after this day; a date typed as text (not a date cell) is always kept. */
  readonly since?: IsoDate;
  /** Every Absent row, whatever its date: an absence stays open until it is followed up. */
  readonly absences: boolean;
  readonly placementId?: string;
  /** This row, and every row with the same Placement ID. */
  readonly row?: number;
}

function attendanceFilter(
  wanted: AttendanceWanted,
  index: HeaderIndex,
  grid: Grid,
  dates: SheetDates,
): RowFilter {
  const column = (key: string) => index.columnOf.get(key) ?? -1;
  const [id, date, mark] = [column('placementId'), column('date'), column('mark')];
  const idOf = (cells: readonly unknown[]) =>
    String(cells[id] ?? '')
      .trim()
      .toUpperCase();
  const ids = new Set<string>();
  if (wanted.placementId) ids.add(wanted.placementId.trim().toUpperCase());
  if (wanted.row !== undefined) ids.add(idOf(grid[wanted.row - 1] ?? []));
  ids.delete('');
  // A date cell holds midnight of its day in the spreadsheet's zone (SheetDates.dateCell).
  const since = wanted.since === undefined ? undefined : dates.dateCell(wanted.since).getTime();
  // Any one reason keeps a row; the cheapest questions first, as most rows are old and Present.
  return (cells, rowNumber) => {
    if (rowNumber === wanted.row) return true;
    const day = cells[date];
    if (since !== undefined && (!isDate(day) || day.getTime() >= since)) return true;
    if (wanted.absences && isAbsentMark(cells[mark])) return true;
    return ids.size > 0 && ids.has(idOf(cells));
  };
}

/** The sheets read so far, for deciding which Attendance rows are wanted. */
export type BeforeAttendance = Pick<
  SidebarSheets,
  'placements' | 'reviews' | 'termDates' | 'documents'
>;

/**
 * One getValues per sheet (PLATFORM.md), a missing sheet or header a message rather than a throw.
 * `wantedAttendance` narrows the Attendance rows read into records (every row when undefined; forms
 * that check for duplicates read them all).
 */
export function readSidebarWorkbook(
  wantedAttendance?: (read: BeforeAttendance, today: IsoDate) => AttendanceWanted | undefined,
  spreadsheet?: Spreadsheet,
): SidebarRead {
  const workbook = openTables(spreadsheet);
  const now = workbook.dates.isoTimestamp(new Date());
  const before: BeforeAttendance & Omit<SidebarSheets, 'attendance' | keyof BeforeAttendance> = {
    placements: readTable(Placements, workbook),
    providers: readTable(Providers, workbook),
    reviews: readTable(Reviews, workbook),
    termDates: readTable(TermDates, workbook),
    settings: readTable(SettingsSheet, workbook),
    documents: readTable(Documents, workbook),
  };
  const wanted = wantedAttendance?.(before, now.slice(0, 10));
  const sheets: SidebarSheets = {
    ...before,
    attendance: readTable(Attendance, workbook, {
      rows: (index, grid, dates) =>
        wanted === undefined ? undefined : attendanceFilter(wanted, index, grid, dates),
    }),
  };
  const { placements, providers, reviews, termDates, settings, attendance, documents } = sheets;
  const complete =
    placements.ok &&
    providers.ok &&
    reviews.ok &&
    termDates.ok &&
    settings.ok &&
    attendance.ok &&
    documents.ok
      ? {
          checks: workbookForChecks(
            {
              placements: placements.table,
              providers: providers.table,
              reviews: reviews.table,
              termDates: termDates.table,
              settingsTable: settings.table,
            },
            now.slice(0, 10),
          ),
          attendance: attendance.table,
          documents: documents.table,
        }
      : undefined;
  return { workbook, sheets, now, complete };
}

/** Whether the workbook has a tab of this name (for the sheets the sidebar does not read). */
export function hasSheet(workbook: Workbook, name: string): boolean {
  return workbook.spreadsheet.getSheetByName(name) !== null;
}
