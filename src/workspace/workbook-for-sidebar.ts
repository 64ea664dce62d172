// Reads every sheet the sidebar shows, each once, and the moment as the spreadsheet's clock shows it.
import type { IsoTimestamp } from '../domain/cells';
import { Attendance } from '../domain/sheets/attendance';
import { Documents } from '../domain/sheets/documents';
import { Placements } from '../domain/sheets/placements';
import { Providers } from '../domain/sheets/providers';
import { Reviews } from '../domain/sheets/reviews';
import { SettingsSheet } from '../domain/sheets/settings';
import { TermDates } from '../domain/sheets/term-dates';
import { openTables, readTable, type Table, type TableRead, type Workbook } from './table';
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

/** One getValues per sheet (PLATFORM.md), a missing sheet or header a message rather than a throw. */
export function readSidebarWorkbook(): SidebarRead {
  const workbook = openTables();
  const sheets: SidebarSheets = {
    placements: readTable(Placements, workbook),
    providers: readTable(Providers, workbook),
    reviews: readTable(Reviews, workbook),
    termDates: readTable(TermDates, workbook),
    settings: readTable(SettingsSheet, workbook),
    attendance: readTable(Attendance, workbook),
    documents: readTable(Documents, workbook),
  };
  const now = workbook.dates.isoTimestamp(new Date());
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
