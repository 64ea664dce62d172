// "Validate all": checks every placement, provider and review row, writes what it found, and says so.
import { checkSummary, countRows, rowName, type CheckedRow } from '../domain/check-run';
import type { SheetSchema } from '../domain/columns';
import { comparable } from '../domain/cells';
import { columnLetter } from '../domain/table';
import { appendLog } from '../workspace/log';
import { contentIdentity } from '../workspace/row-keys';
import { selectCellOfRow } from '../workspace/selection';
import { withDocumentLock } from '../workspace/session';
import type { Table } from '../workspace/table';
import { tellPerson } from '../workspace/ui';
import { readWorkbookForChecks } from '../workspace/workbook-for-checks';
import { recheckPlacements, recheckProviders, recheckReviews } from './recheck';

const BUSY =
  'Someone else is checking or changing this workbook right now. Wait a minute, then choose Validate all again.';

/** The first row with errors, found again by what a person typed in it when they ask to go there. */
interface FirstError {
  readonly sheetName: string;
  readonly identify: ReturnType<typeof contentIdentity>;
  readonly key: string;
  /** 0-based column to select: the row's Checks cell, or on Reviews the first cell at fault. */
  readonly column: number;
  /** Where the checks read it: looked at first, alone. */
  readonly readAt: { readonly row: number; readonly columns: number };
}

/**
 * Reads each sheet once, gives new placements their IDs, writes Last review, Next review due,
 * Checks and the marks on every placement and provider row and marks every Reviews row (issue 3,
 * item 4; issue 11). Holding the document lock: two runs at once could issue the same Placement
 * ID. The message names the first rows with errors and where the Checks column is, and the first
 * row with errors is selected.
 */
export function validatePlacements(): void {
  const result = withDocumentLock(10_000, () => {
    const read = readWorkbookForChecks();
    if (!read.ok) return { message: read.message };
    const { workbook } = read;
    const placements = recheckPlacements(workbook);
    const providers = recheckProviders(workbook);
    const reviews = recheckReviews(workbook);
    const placementCounts = countRows(placements.checks, (check) =>
      rowName(check.rowNumber, check.placementId),
    );
    const summary = checkSummary(
      {
        placements: placementCounts,
        providers: countRows(providers.checks),
        reviews: countRows(reviews.checks),
      },
      workbook.settingsProblems,
    );
    // Counts, row numbers and Placement IDs only: the Log never holds a pupil's name (DOMAIN.md §4).
    let logProblem: string | undefined;
    try {
      logProblem = appendLog({ action: 'Validate all', subject: 'Workbook', detail: summary });
    } catch (e) {
      // The checks are written: a Log that cannot be written is said, never thrown.
      logProblem = `The Log could not be written (${e instanceof Error ? e.message : String(e)}).`;
    }
    const unmarked = [placements.unmarked, providers.unmarked, reviews.unmarked];
    const where = placementCounts.withErrors + placementCounts.withWarnings > 0;
    const message = [summary, where ? whereChecksAre(workbook.placements) : undefined]
      .concat(unmarked, logProblem)
      .filter(Boolean)
      .join(' ');
    const first =
      firstError(workbook.placements, placements.checks) ??
      firstError(workbook.providers, providers.checks) ??
      firstError(workbook.reviews, reviews.checks);
    return { message, first };
  });
  if (!result) return tellPerson(BUSY);
  const { message, first } = result;
  tellPerson([message, first && goToFirst(first)].filter(Boolean).join(' '));
}

/**
 * Selects the first row with errors, found again by its content (a colleague may have sorted since),
 * so the person starts where the work is; says which cell, or nothing if it could not be found.
 */
function goToFirst(first: FirstError): string | undefined {
  try {
    const row = selectCellOfRow(
      first.sheetName,
      first.identify,
      first.key,
      first.column,
      first.readAt,
    );
    if (row === undefined) return undefined;
    return `The first row with errors is selected (${first.sheetName} row ${row}).`;
  } catch {
    // Selecting is a courtesy: the checks are written and the message still goes.
    return undefined;
  }
}

/** "Each placement's problems are in its Checks column (column AW on Placements) …". */
function whereChecksAre(table: Table<SheetSchema>): string | undefined {
  const column = table.index.columnOf.get('checks');
  if (column === undefined) return undefined;
  return `Each placement's problems are in its Checks column (column ${columnLetter(column)} on ${table.schema.name}), and the cells at fault are coloured with a note saying what to fix.`;
}

function firstError(
  table: Table<SheetSchema>,
  checks: readonly CheckedRow[],
): FirstError | undefined {
  const check = [...checks]
    .sort((a, b) => a.rowNumber - b.rowNumber)
    .find(({ problems }) => problems.some((p) => p.severity === 'error'));
  if (!check) return undefined;
  // What a person typed, not the add-on's cells: the checks just rewrote those.
  const identify = contentIdentity(table.schema, table.index, false);
  const key = identify(table.grid[check.rowNumber - 1] ?? []);
  if (key === undefined) return undefined;
  const checksColumn = table.index.columnOf.get('checks');
  const firstFault = check.problems.find((p) => p.severity === 'error')?.column ?? '';
  const faultColumn = (table.grid[0] ?? []).findIndex(
    (header) => comparable(String(header ?? '')) === comparable(firstFault),
  );
  return {
    sheetName: table.schema.name,
    identify,
    key,
    column: checksColumn ?? Math.max(0, faultColumn),
    readAt: { row: check.rowNumber, columns: (table.grid[0] ?? []).length },
  };
}
