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
  /** The rows with errors as staff find them ("AP-0004 on row 5"), in sheet order. */
  readonly errorRows: readonly string[];
}

export interface CheckedRow {
  readonly rowNumber: number;
  readonly problems: readonly Problem[];
}

/** How many rows with errors the summary names: enough to start on, short enough to read. */
export const ROWS_NAMED = 5;

/** A row as the summary names it: by its key when it has one (never a pupil's name). */
export function rowName(rowNumber: number, key?: string): string {
  return key ? `${key} on row ${rowNumber}` : `row ${rowNumber}`;
}

export function countRows<C extends CheckedRow>(
  checks: readonly C[],
  nameOf: (check: C) => string = (check) => rowName(check.rowNumber),
): RowCounts {
  let withWarnings = 0;
  const errorRows: string[] = [];
  for (const check of [...checks].sort((a, b) => a.rowNumber - b.rowNumber)) {
    if (check.problems.some((p) => p.severity === 'error')) errorRows.push(nameOf(check));
    else if (check.problems.length > 0) withWarnings += 1;
  }
  return { rows: checks.length, withErrors: errorRows.length, withWarnings, errorRows };
}

/** "AP-0004 on row 5, AP-0007 on row 9 and 3 more". */
function named(rows: readonly string[]): string {
  const shown = rows.slice(0, ROWS_NAMED).join(', ');
  const more = rows.length - ROWS_NAMED;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/** "42 placements checked: 3 with errors (AP-0004 on row 5, …), 5 with warnings." — rows, not problems. */
function sentence(noun: string, counts: RowCounts): string {
  if (counts.rows === 0) return `No ${noun}s to check.`;
  const found = [
    ...(counts.withErrors > 0
      ? [`${counts.withErrors} with errors (${named(counts.errorRows)})`]
      : []),
    ...(counts.withWarnings > 0 ? [`${counts.withWarnings} with warnings`] : []),
  ];
  const plural = counts.rows === 1 ? noun : `${noun}s`;
  return `${counts.rows} ${plural} checked: ${found.length > 0 ? found.join(', ') : 'all OK'}.`;
}

export interface CheckedSheets {
  readonly placements: RowCounts;
  readonly providers: RowCounts;
  /** Reviews rows: said only when some are not complete reviews. */
  readonly reviews?: RowCounts;
}

/**
 * The one message Validate all ends with, and its Log line: counts and row numbers with Placement
 * IDs, never a pupil's name. Settings that could not be read are named, since the checks then used
 * the default.
 */
export function checkSummary(
  sheets: CheckedSheets,
  settingsProblems: readonly { readonly message: string }[] = [],
): string {
  const sentences = [
    sentence('placement', sheets.placements),
    sentence('provider', sheets.providers),
  ];
  const { reviews } = sheets;
  if (reviews && reviews.withErrors + reviews.withWarnings > 0) {
    sentences.push(sentence('review', reviews));
  }
  if (settingsProblems.length > 0) {
    const problems = settingsProblems.map((p) => p.message).join('; ');
    sentences.push(`Settings: ${problems} — correct this on the Settings sheet.`);
  }
  return sentences.join(' ');
}
