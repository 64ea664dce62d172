// What a check reports: a problem naming its column, and the Checks cell text built from problems.
import type { Columns, SheetSchema } from '../columns';

/** Errors block the status they belong to; warnings inform (DOMAIN.md §5). */
export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** The header of the cell at fault: the one the add-on marks, and the one the message opens with. */
  readonly column: string;
  /** Every column involved when the fault is between cells (Start date after Planned end date). */
  readonly columns?: readonly string[];
  /** "UPN: the check letter should be P, not A — check the UPN against the MIS". */
  readonly message: string;
}

function problem(
  severity: Severity,
  column: string,
  text: string,
  columns?: readonly string[],
): Problem {
  const message = `${column}: ${text}`;
  return columns ? { severity, column, columns, message } : { severity, column, message };
}

/** An error on a column; the text says what is wrong and what would fix it. */
export function error(column: string, text: string, columns?: readonly string[]): Problem {
  return problem('error', column, text, columns);
}

export function warning(column: string, text: string, columns?: readonly string[]): Problem {
  return problem('warning', column, text, columns);
}

/** Header texts by key, so rules name columns exactly as the sheet does (DOMAIN.md §4). */
export function headersOf<C extends Columns>(sheet: SheetSchema<C>): { [K in keyof C]: string } {
  const headers: Record<string, string> = {};
  for (const [key, column] of Object.entries(sheet.columns)) headers[key] = column.header;
  return headers as { [K in keyof C]: string };
}

/** Errors first, otherwise in the order found; the same message once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => !seen.has(p.message) && seen.add(p.message));
  return [
    ...unique.filter((p) => p.severity === 'error'),
    ...unique.filter((p) => p.severity !== 'error'),
  ];
}

/** A problem's words in the Checks cell: warnings say so, since only errors block a status. */
export function problemLine(problem: Problem): string {
  return problem.severity === 'error' ? problem.message : `${problem.message} (warning)`;
}

/** The Checks cell (DOMAIN.md §4): "OK", or each problem on its own line, errors first. */
export function formatChecks(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  return sorted.length === 0 ? 'OK' : sorted.map(problemLine).join('\n');
}

/** "a Proposed placement", "an Agreed placement", "an Active placement". */
export function aStatus(status: string): string {
  return `${/^[AEIOU]/i.test(status) ? 'an' : 'a'} ${status}`;
}
