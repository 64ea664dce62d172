// Re-checks placement and provider rows and writes what was found: add-on cells, notes and colours.
import { rowsInUse } from '../domain/check-run';
import type { SheetSchema } from '../domain/columns';
import { planMarks } from '../domain/marks';
import {
  checkPlacements,
  type PlacementCheck,
  type WorkbookSnapshot,
} from '../domain/rules/check-placements';
import { checkProviders, type ProviderCheck } from '../domain/rules/check-providers';
import { isBlank, PLACEMENT } from '../domain/rules/context';
import { formatChecks, sortProblems, warning, type Problem } from '../domain/rules/problem';
import type { Placements } from '../domain/sheets/placements';
import { updateMarks } from '../workspace/marks';
import { issuePlacementIds } from '../workspace/placement-ids';
import { writeAddOnColumns, type RowSpan, type Table } from '../workspace/table';
import type { WorkbookForChecks } from '../workspace/workbook-for-checks';

export interface RecheckOptions {
  /** The sheet rows to re-check (onEdit: those edited); every data row when absent. */
  readonly rows?: ReadonlySet<number>;
  /** Problems found beside the row checks (a forbidden status change), by row. */
  readonly extraProblems?: ReadonlyMap<number, readonly Problem[]>;
}

/** What a re-check writes for one row: its add-on cells, and the problems its marks show. */
interface Finding {
  readonly cells: Record<string, unknown>;
  readonly problems: readonly Problem[];
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

function allDataRows(table: Table<SheetSchema>): Set<number> {
  return new Set(Array.from({ length: Math.max(0, table.grid.length - 1) }, (_, r) => r + 2));
}

/** From the first row re-checked to the last: the block written in one call per column block. */
function spanOf(rows: ReadonlySet<number>): RowSpan | undefined {
  if (rows.size === 0) return undefined;
  const first = Math.min(...rows);
  return { first, count: Math.max(...rows) - first + 1 };
}

/**
 * Writes each re-checked row's add-on cells (`found`; a row not found is no record any more and
 * its add-on cells are emptied by `cleared`) and marks its cells. Other rows inside the span are
 * written back exactly as read, their notes and colours untouched. The Checks go in first: when
 * marking fails part-way (a service error), the words are in place and the failure is returned.
 */
function writeFindings<S extends SheetSchema>(
  table: Table<S>,
  rows: ReadonlySet<number>,
  found: ReadonlyMap<number, Finding>,
  cleared: Record<string, unknown>,
): string | undefined {
  const span = spanOf(new Set([...rows].filter((row) => row >= 2)));
  if (!span) return undefined;
  const updates = new Map<number, Record<string, unknown>>();
  const problemsByRow = new Map<number, readonly Problem[]>();
  for (const row of rows) {
    const finding = found.get(row);
    updates.set(row, finding?.cells ?? cleared);
    problemsByRow.set(row, finding?.problems ?? []);
  }
  writeAddOnColumns(table, updates, { rows: span });
  const headerRow = table.grid[0] ?? [];
  const checksColumn = table.index.columnOf.get('checks');
  if (checksColumn === undefined) return undefined;
  try {
    updateMarks(table.sheet, span, headerRow.length, (current) =>
      planMarks(current, { headerRow, checksColumn, firstRow: span.first, problemsByRow }),
    );
    return undefined;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `The Checks on ${table.schema.name} are written, but the cells at fault could not be marked (${reason}); choose Validate all again.`;
  }
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
  const ids =
    needingIds.length > 0 || !options.rows
      ? issuePlacementIds(idCells, needingIds)
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
      const id = ids.get(check.rowNumber);
      const cells = {
        ...(id && { placementId: id }),
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
  const unmarked = writeFindings(table, rows, found, {
    lastReview: undefined,
    nextReviewDue: undefined,
    checks: undefined,
  });
  return { checks, unmarked };
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
