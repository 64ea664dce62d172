// Re-checks placement and provider rows and writes what was found: add-on cells, notes and colours.
import { rowsInUse } from '../domain/check-run';
import type { SheetSchema } from '../domain/columns';
import type { Layer, WantedCell } from '../domain/keyed-cells';
import { NO_COLOUR, planMarks } from '../domain/marks';
import {
  checkPlacements,
  type PlacementCheck,
  type WorkbookSnapshot,
} from '../domain/rules/check-placements';
import { checkProviders, type ProviderCheck } from '../domain/rules/check-providers';
import { isBlank, PLACEMENT } from '../domain/rules/context';
import { formatChecks, sortProblems, warning, type Problem } from '../domain/rules/problem';
import type { Placements } from '../domain/sheets/placements';
import { cellToWrite } from '../domain/table';
import { keyedOutcomeSaid, writeByKey, type KeyedCells } from '../workspace/keyed-write';
import { issuePlacementIds } from '../workspace/placement-ids';
import { shapeOf } from '../workspace/row-cells';
import { contentIdentity, type RowIdentity } from '../workspace/row-keys';
import type { Table } from '../workspace/table';
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

/** One column's cells below the header as the sheet holds them now (three calls). */
function columnNow(table: Table<SheetSchema>, column: number): unknown[] {
  const last = table.sheet.getLastRow();
  if (column < 0 || last < 2) return [];
  return table.sheet
    .getRange(2, column + 1, last - 1, 1)
    .getValues()
    .map((row) => row[0]);
}

/** The last row a re-check covers: rows emptied since the read (below its last row) included. */
function lastRowOf(table: Table<SheetSchema>, rows: ReadonlySet<number>): number {
  return Math.max(table.grid.length, ...rows);
}

/** Each re-checked row with the key it is found by at write time, and which of identical rows it is. */
function keyedRows(
  table: Table<SheetSchema>,
  rows: ReadonlySet<number>,
  identify: RowIdentity,
): { readonly row: number; readonly key: string; readonly occurrence: number }[] {
  const seen = new Map<string, number>();
  const keyed: { row: number; key: string; occurrence: number }[] = [];
  for (let row = 2; row <= lastRowOf(table, rows); row += 1) {
    const key = identify(table.grid[row - 1] ?? []);
    if (key === undefined) continue;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    if (rows.has(row)) keyed.push({ row, key, occurrence });
  }
  return keyed;
}

/**
 * Writes each re-checked row's add-on cells (`found`; a row not found is no record any more and
 * its add-on cells are emptied by `cleared`) and marks its cells, each row found by its content
 * at write time (keyed-write.ts), so a sort or insert in between never puts one pupil's checks on
 * another's row. Rows a person changed since the read are left to the check their edit triggers.
 */
function writeFindings<S extends SheetSchema>(
  table: Table<S>,
  rows: ReadonlySet<number>,
  found: ReadonlyMap<number, Finding>,
  cleared: Record<string, unknown>,
): string | undefined {
  const headerRow = table.grid[0] ?? [];
  const checksColumn = table.index.columnOf.get('checks');
  const identify = contentIdentity(table.schema, table.index);
  const writes: KeyedCells[] = keyedRows(table, rows, identify).map(({ row, key, occurrence }) => {
    const finding = found.get(row);
    const values = valueCells(table, finding?.cells ?? cleared);
    const problems = finding?.problems ?? [];
    return {
      key,
      occurrence,
      pad: true,
      cells: (now) =>
        checksColumn === undefined
          ? values
          : [...values, ...markCells(now, headerRow, checksColumn, problems)],
    };
  });
  if (writes.length === 0) return undefined;
  const layers = new Set<Layer>(
    checksColumn === undefined ? ['values'] : ['values', 'notes', 'backgrounds'],
  );
  try {
    const shape = { ...shapeOf(table), rows: lastRowOf(table, rows) };
    const outcome = writeByKey(table.sheet, identify, writes, shape, layers);
    return keyedOutcomeSaid(outcome, table.schema.name);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `The checks on ${table.schema.name} may not all be written (${reason}); choose Validate all again.`;
  }
}

/** The add-on's values for one row, as cells. */
function valueCells<S extends SheetSchema>(
  table: Table<S>,
  cells: Readonly<Record<string, unknown>>,
): WantedCell[] {
  const wanted: WantedCell[] = [];
  for (const [key, value] of Object.entries(cells)) {
    const column = table.index.columnOf.get(key);
    const declared = table.schema.columns[key];
    if (column === undefined || !declared) continue;
    wanted.push({
      layer: 'values',
      column,
      value: table.dates.toCell(cellToWrite(declared, value)),
    });
  }
  return wanted;
}

/** The notes and colours one row should have, from what it has now (a person's note kept). */
function markCells(
  now: (layer: Layer, column: number) => unknown,
  headerRow: readonly unknown[],
  checksColumn: number,
  problems: readonly Problem[],
): WantedCell[] {
  const width = headerRow.length;
  const columns = Array.from({ length: width }, (_, c) => c);
  const notes = [columns.map((c) => String(now('notes', c) ?? ''))];
  const backgrounds = [columns.map((c) => String(now('backgrounds', c) ?? NO_COLOUR))];
  const marks = planMarks(
    { notes, backgrounds },
    { headerRow, checksColumn, firstRow: 2, problemsByRow: new Map([[2, problems]]) },
  );
  return [
    ...columns.map((column) => ({
      layer: 'notes' as const,
      column,
      value: marks.notes?.[0]?.[column] ?? notes[0]?.[column] ?? '',
    })),
    ...columns.map((column) => ({
      layer: 'backgrounds' as const,
      column,
      value: marks.backgrounds?.[0]?.[column] ?? backgrounds[0]?.[column] ?? NO_COLOUR,
    })),
  ];
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
      cells: [{ layer: 'values', column: idColumn, value: ids.get(row) ?? '', expected: '' }],
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
