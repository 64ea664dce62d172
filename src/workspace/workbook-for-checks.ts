// Reads every sheet the checks need, each once, and today's date as the spreadsheet shows it.
import type { IsoDate } from '../domain/cells';
import type { ColumnProblem } from '../domain/columns';
import { Placements } from '../domain/sheets/placements';
import { Providers } from '../domain/sheets/providers';
import { Reviews } from '../domain/sheets/reviews';
import { parseSettings, SettingsSheet, type Settings } from '../domain/sheets/settings';
import { TermDates } from '../domain/sheets/term-dates';
import { settingRows } from './settings';
import { CROSS_ROW_COLUMNS } from '../domain/rules/cross-row';
import { openTables, readTable, type RowFilter, type Table, type Workbook } from './table';

export interface WorkbookForChecks {
  readonly placements: Table<typeof Placements>;
  readonly providers: Table<typeof Providers>;
  readonly reviews: Table<typeof Reviews>;
  readonly termDates: Table<typeof TermDates>;
  readonly settings: Settings;
  readonly settingsProblems: readonly ColumnProblem[];
  /** Settings as read, for the ids setup records there and for writing a Value cell. */
  readonly settingsTable: Table<typeof SettingsSheet>;
  /** Today in the SPREADSHEET's time zone (PLATFORM.md: it can differ from the script's). */
  readonly today: IsoDate;
}

export type WorkbookForChecksRead =
  | { readonly ok: true; readonly workbook: WorkbookForChecks }
  | { readonly ok: false; readonly message: string };

/**
 * A re-check of a few Placements rows (on edit): those rows are read whole, the others only in the
 * columns the rules between rows use, and Reviews only for the placements on those rows.
 */
export interface PlacementRowsOnly {
  readonly placementRows: ReadonlySet<number>;
}

/** Stops at the first sheet or header missing, with the table adapter's message saying what to do. */
export function readWorkbookForChecks(
  workbook: Workbook = openTables(),
  only?: PlacementRowsOnly,
): WorkbookForChecksRead {
  const placements = readTable(Placements, workbook, {
    ...(only && { narrow: { keys: CROSS_ROW_COLUMNS, fullRows: only.placementRows } }),
  });
  if (!placements.ok) return placements;
  const providers = readTable(Providers, workbook);
  if (!providers.ok) return providers;
  const ids = only && idsOnRows(placements.table, only.placementRows);
  const reviews = readTable(Reviews, workbook, {
    ...(ids && { rows: (index) => reviewsOf(ids, index.columnOf.get('placementId') ?? -1) }),
  });
  if (!reviews.ok) return reviews;
  const termDates = readTable(TermDates, workbook);
  if (!termDates.ok) return termDates;
  const settings = readTable(SettingsSheet, workbook);
  if (!settings.ok) return settings;
  return {
    ok: true,
    workbook: workbookForChecks(
      {
        placements: placements.table,
        providers: providers.table,
        reviews: reviews.table,
        termDates: termDates.table,
        settingsTable: settings.table,
      },
      workbook.dates.isoDate(new Date()),
    ),
  };
}

/** The Placement IDs on these rows, as the cells hold them (trimmed, upper case, as IDs read). */
function idsOnRows(placements: Table<typeof Placements>, rows: ReadonlySet<number>): Set<string> {
  const ids = new Set<string>();
  for (const row of placements.rows) {
    const id = row.record.placementId;
    if (rows.has(row.rowNumber) && id !== undefined) ids.add(id);
  }
  return ids;
}

/** Review rows of these placements; the rest are not needed to re-check them. */
function reviewsOf(ids: ReadonlySet<string>, idColumn: number): RowFilter {
  return (cells) =>
    ids.has(
      String(cells[idColumn] ?? '')
        .trim()
        .toUpperCase(),
    );
}

/** The tables already read, with Settings parsed (the sidebar reads more sheets in the same run). */
export function workbookForChecks(
  tables: Pick<
    WorkbookForChecks,
    'placements' | 'providers' | 'reviews' | 'termDates' | 'settingsTable'
  >,
  today: IsoDate,
): WorkbookForChecks {
  const { settings, problems } = parseSettings(settingRows(tables.settingsTable));
  return { ...tables, settings, settingsProblems: problems, today };
}
