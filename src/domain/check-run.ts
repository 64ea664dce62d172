// What one run of the checks covers and says: the rows a person has filled in, and the summary line.
import type { SheetSchema } from './columns';
import type { Problem } from './rules/problem';
import { isBlankRow, type Grid, type HeaderIndex } from './table';

/**
 * Sheet row numbers of the rows a person has typed in. A row holding only the add-on's own cells (a
 * placement whose cells were cleared but whose Placement ID or Checks stayed) is not a placement
 * any more: it is not checked, and its old Checks are cleared rather than reporting every blank.
 */
export function rowsInUse(schema: SheetSchema, grid: Grid, index: HeaderIndex): Set<number> {
  const addOnColumns = new Set(
    [...index.columnOf]
      .filter(([key]) => schema.columns[key]?.owner === 'add-on')
      .map(([, column]) => column),
  );
  const inUse = new Set<number>();
  for (let r = 1; r < grid.length; r += 1) {
    const personCells = (grid[r] ?? []).filter((_cell, column) => !addOnColumns.has(column));
    if (!isBlankRow(personCells)) inUse.add(r + 1);
  }
  return inUse;
}

export interface RowCounts {
  readonly rows: number;
  /** Rows with at least one error. */
  readonly withErrors: number;
  /** Rows whose worst problem is a warning (so the two counts never count a row twice). */
  readonly withWarnings: number;
}

export function countRows(checks: readonly { readonly problems: readonly Problem[] }[]): RowCounts {
  let withErrors = 0;
  let withWarnings = 0;
  for (const { problems } of checks) {
    if (problems.some((p) => p.severity === 'error')) withErrors += 1;
    else if (problems.length > 0) withWarnings += 1;
  }
  return { rows: checks.length, withErrors, withWarnings };
}

/** "42 placements checked: 3 with errors, 5 with warnings." — rows, not problems. */
function sentence(noun: string, counts: RowCounts): string {
  if (counts.rows === 0) return `No ${noun}s to check.`;
  const found = [
    ...(counts.withErrors > 0 ? [`${counts.withErrors} with errors`] : []),
    ...(counts.withWarnings > 0 ? [`${counts.withWarnings} with warnings`] : []),
  ];
  const plural = counts.rows === 1 ? noun : `${noun}s`;
  return `${counts.rows} ${plural} checked: ${found.length > 0 ? found.join(', ') : 'all OK'}.`;
}

/**
 * The one message Validate all ends with, and its Log line: counts only, never a pupil's name.
 * Settings that could not be read are named, since the checks then used the default.
 */
export function checkSummary(
  placements: RowCounts,
  providers: RowCounts,
  settingsProblems: readonly { readonly message: string }[] = [],
): string {
  const sentences = [sentence('placement', placements), sentence('provider', providers)];
  if (settingsProblems.length > 0) {
    const problems = settingsProblems.map((p) => p.message).join('; ');
    sentences.push(`Settings: ${problems} — correct this on the Settings sheet.`);
  }
  return sentences.join(' ');
}
