// Reads every sheet the checks need, each once, and today's date as the spreadsheet shows it.
import type { IsoDate } from '../domain/cells';
import type { ColumnProblem } from '../domain/columns';
import { Placements } from '../domain/sheets/placements';
import { Providers } from '../domain/sheets/providers';
import { Reviews } from '../domain/sheets/reviews';
import type { Settings } from '../domain/sheets/settings';
import { TermDates } from '../domain/sheets/term-dates';
import { readSettings } from './settings';
import { openTables, readTable, type Table, type Workbook } from './table';

export interface WorkbookForChecks {
  readonly placements: Table<typeof Placements>;
  readonly providers: Table<typeof Providers>;
  readonly reviews: Table<typeof Reviews>;
  readonly termDates: Table<typeof TermDates>;
  readonly settings: Settings;
  readonly settingsProblems: readonly ColumnProblem[];
  /** Today in the SPREADSHEET's time zone (PLATFORM.md: it can differ from the script's). */
  readonly today: IsoDate;
}

export type WorkbookForChecksRead =
  | { readonly ok: true; readonly workbook: WorkbookForChecks }
  | { readonly ok: false; readonly message: string };

/** Stops at the first sheet or header missing, with the table adapter's message saying what to do. */
export function readWorkbookForChecks(workbook: Workbook = openTables()): WorkbookForChecksRead {
  const placements = readTable(Placements, workbook);
  if (!placements.ok) return placements;
  const providers = readTable(Providers, workbook);
  if (!providers.ok) return providers;
  const reviews = readTable(Reviews, workbook);
  if (!reviews.ok) return reviews;
  const termDates = readTable(TermDates, workbook);
  if (!termDates.ok) return termDates;
  const settings = readSettings(workbook);
  if (!settings.ok) return settings;
  return {
    ok: true,
    workbook: {
      placements: placements.table,
      providers: providers.table,
      reviews: reviews.table,
      termDates: termDates.table,
      settings: settings.settings,
      settingsProblems: settings.problems,
      today: workbook.dates.isoDate(new Date()),
    },
  };
}
