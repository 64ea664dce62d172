// Re-checks placement and provider rows and writes what was found: add-on cells, notes and colours.
import { rowsInUse } from '../domain/check-run';
import type { SheetSchema } from '../domain/columns';
import type { KeyedCells } from '../workspace/keyed-write';
import {
  checkPlacements,
  type PlacementCheck,
  type WorkbookSnapshot,
} from '../domain/rules/check-placements';
import { checkProviders, type ProviderCheck } from '../domain/rules/check-providers';
import { isBlank, PLACEMENT } from '../domain/rules/context';
import { formatChecks, sortProblems, warning, type Problem } from '../domain/rules/problem';
import { checkReviewRows, type ReviewRowCheck } from '../domain/rules/review-rows';
import type { Placements } from '../domain/sheets/placements';
import { keyedOutcomeSaid, writeByKey } from '../workspace/keyed-write';
import { issuePlacementIds } from '../workspace/placement-ids';
import { shapeOf } from '../workspace/row-cells';
import { contentIdentity } from '../workspace/row-keys';
import type { Table } from '../workspace/table';
import type { WorkbookForChecks } from '../workspace/workbook-for-checks';
import { allDataRows, keyedRows, writeFindings, type Finding } from './write-findings';

export interface RecheckOptions {
  /** The sheet rows to re-check (onEdit: those edited); every data row when absent. */
  readonly rows?: ReadonlySet<number>;
  /** Problems found beside the row checks (a forbidden status change), by row. */
  readonly extraProblems?: ReadonlyMap<number, readonly Problem[]>;
}

/** What the rules see: only the rows a person has filled in. */
export function snapshotOf(workbook: WorkbookForChecks): WorkbookSnapshot {
  const { placements } = workbook;
  const inUse = rowsInUse(placements.schema, placements.grid, placements.index);
  return {
    placements: placements.rows.filter((row) => inUse.has(row.rowNumber)),
    providers: workbook.providers.rows,
    reviews: workbook.reviews.rows,
    termDates: workbook.termDates.rows,
    settings: workbook.settings,
  };
}

/** One column's cells below the header as the sheet holds them now (three calls). */
function columnNow(table: Table<SheetSchema>, column: number): unknown[] {
  const last = table.sheet.getLastRow();
  if (column < 0 || last < 2) return [];
  return table.sheet
    .getRange(2, column + 1, last - 1, 1)
    .getValues()
    .map((row) => row[0]);
}

/** What a re-check found, and why the cells could not be marked, if they could not. */
export interface Recheck<C> {
  readonly checks: C[];
  readonly unmarked: string | undefined;
}

/**
 * Gives new placements their IDs, checks the rows (DOMAIN.md §5) and writes Placement ID (new
 * ones only), Last review, Next review due, Checks and the marks. Cross-row rules still see every
 * row. Returns the checks of the rows in use among those re-checked.
 */
export function recheckPlacements(
  workbook: WorkbookForChecks,
  options: RecheckOptions = {},
): Recheck<PlacementCheck> {
  const table: Table<typeof Placements> = workbook.placements;
  const rows = options.rows ?? allDataRows(table);
  const snapshot = snapshotOf(workbook);
  const idColumn = table.index.columnOf.get('placementId') ?? -1;
  const idCells = table.grid.slice(1).map((cells) => cells[idColumn]);
  const needingIds = snapshot.placements
    .filter((row) => rows.has(row.rowNumber) && row.record.pupilName !== undefined)
    .filter((row) => isBlank(idCells[row.rowNumber - 2]))
    .map((row) => row.rowNumber);
  // onEdit asks the properties only when a row needs an ID; Validate all also records a higher
  // number typed or pasted into the column, so deleting that row cannot free it either.
  // The column as it is now, too: a row inserted while the sheet was read can push the last row
  // (and its ID) out of the range that read had measured, and its number must not be issued.
  const ids =
    needingIds.length > 0 || !options.rows
      ? issuePlacementIds(
          [...idCells, ...(needingIds.length > 0 ? columnNow(table, idColumn) : [])],
          needingIds,
        )
      : new Map<number, string>();
  const placements = snapshot.placements.map((row) => {
    const id = ids.get(row.rowNumber);
    return id ? { ...row, record: { ...row.record, placementId: id } } : row;
  });
  const checks = checkPlacements({ ...snapshot, placements }, workbook.today, { rows }).map(
    (check) => {
      const extra = options.extraProblems?.get(check.rowNumber) ?? [];
      return extra.length > 0
        ? { ...check, problems: sortProblems([...extra, ...check.problems]) }
        : check;
    },
  );
  const found = new Map<number, Finding>(
    checks.map((check) => {
      const cells = {
        lastReview: check.lastReview,
        nextReviewDue: check.nextReviewDue,
        checks: formatChecks(check.problems),
      };
      return [check.rowNumber, { cells, problems: check.problems }];
    }),
  );
  for (const row of rows) {
    const id = idCells[row - 2];
    if (!found.has(row) && !isBlank(id)) found.set(row, emptiedRow(String(id)));
  }
  const withIds = writeNewIds(table, ids, idColumn);
  const unmarked = writeFindings(withIds.table, rows, found, {
    lastReview: undefined,
    nextReviewDue: undefined,
    checks: undefined,
  });
  return { checks, unmarked: [withIds.said, unmarked].filter(Boolean).join(' ') || undefined };
}

/**
 * New Placement IDs first, each on the row found by what a person typed in it (the ID column is
 * blank there, and only a blank one is written), so the checks can then find every row by its ID.
 * Returns the table as it should now be read: the new IDs in place.
 */
function writeNewIds(
  table: Table<typeof Placements>,
  ids: ReadonlyMap<number, string>,
  idColumn: number,
): { readonly table: Table<typeof Placements>; readonly said?: string } {
  if (ids.size === 0 || idColumn < 0) return { table };
  const identify = contentIdentity(table.schema, table.index, false);
  const writes: KeyedCells[] = keyedRows(table, new Set(ids.keys()), identify).map(
    ({ row, key, occurrence }) => ({
      key,
      occurrence,
      cells: [
        {
          layer: 'values',
          column: idColumn,
          value: ids.get(row) ?? '',
          // The cell as read: blank, or only spaces (which count as blank, so the row needs an ID).
          expected: table.grid[row - 1]?.[idColumn] ?? '',
        },
      ],
    }),
  );
  const outcome = writeByKey(table.sheet, identify, writes, shapeOf(table));
  const grid = table.grid.map((cells, r) => {
    const id = ids.get(r + 1);
    return id === undefined ? cells : cells.map((cell, c) => (c === idColumn ? id : cell));
  });
  return { table: { ...table, grid }, said: keyedOutcomeSaid(outcome, table.schema.name) };
}

/**
 * A row whose placement was cleared but whose Placement ID stayed. The ID is kept (an undo brings
 * the placement back whole) and the Checks say what to do, because a pupil typed into this row
 * would inherit that placement's reviews and documents (IDs are never reused, DOMAIN.md §4).
 */
function emptiedRow(id: string): Finding {
  const problem = warning(
    PLACEMENT.placementId,
    `${id} belongs to a placement whose details were cleared — restore them (Edit > Undo) or delete the whole row; do not type a new pupil here, they would inherit ${id}'s reviews and documents`,
  );
  return {
    cells: { lastReview: undefined, nextReviewDue: undefined, checks: formatChecks([problem]) },
    problems: [problem],
  };
}

/** Checks provider rows (DOMAIN.md §5) and writes their Checks and marks. */
export function recheckProviders(
  workbook: WorkbookForChecks,
  options: Pick<RecheckOptions, 'rows'> = {},
): Recheck<ProviderCheck> {
  const table = workbook.providers;
  const rows = options.rows ?? allDataRows(table);
  const inUse = rowsInUse(table.schema, table.grid, table.index);
  const providers = table.rows.filter((row) => inUse.has(row.rowNumber));
  const checks = checkProviders({ providers, settings: workbook.settings }, workbook.today, {
    rows,
  });
  const found = new Map(
    checks.map((check) => [
      check.rowNumber,
      { cells: { checks: formatChecks(check.problems) }, problems: check.problems },
    ]),
  );
  return { checks, unmarked: writeFindings(table, rows, found, { checks: undefined }) };
}

/**
 * Checks Reviews rows (DOMAIN.md §4 Reviews: what makes a row a review) and marks the cells at
 * fault; Reviews has no Checks column, so the notes and colours are the whole report.
 */
export function recheckReviews(
  workbook: WorkbookForChecks,
  options: Pick<RecheckOptions, 'rows'> = {},
): Recheck<ReviewRowCheck> {
  const table = workbook.reviews;
  const rows = options.rows ?? allDataRows(table);
  const inUse = rowsInUse(table.schema, table.grid, table.index);
  const placementIds = new Set<string>();
  for (const { record } of workbook.placements.rows) {
    if (record.placementId) placementIds.add(record.placementId);
  }
  const reviews = table.rows.filter((row) => inUse.has(row.rowNumber));
  const checks = checkReviewRows(reviews, placementIds, workbook.today, rows);
  const found = new Map(
    checks.map((check) => [check.rowNumber, { cells: {}, problems: check.problems }]),
  );
  return { checks, unmarked: writeFindings(table, rows, found, {}) };
}
