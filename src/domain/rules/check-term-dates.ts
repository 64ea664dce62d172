// Term dates rows the calendar cannot use, said plainly so reviews and reminders count the right days (§3.2).
import { formatDate, isIsoDate, daysBetween } from '../calendar/iso-date';
import { isClosure, LONGEST_CLOSURE_DAYS } from '../calendar/school-calendar';
import { TermDates, type TermDate } from '../sheets/term-dates';
import type { TableRow } from '../table';
import { headersOf, sortProblems, error, warning, type Problem } from './problem';

const TERM = headersOf(TermDates);

export interface TermDateCheck {
  readonly rowNumber: number;
  readonly problems: readonly Problem[];
}

function rowProblems(term: TermDate): Problem[] {
  const problems: Problem[] = [];
  if (!isIsoDate(term.start)) problems.push(error(TERM.start, 'blank — enter the first day'));
  if (!isIsoDate(term.end)) problems.push(error(TERM.end, 'blank — enter the last day'));
  if (term.term === undefined) {
    problems.push(warning(TERM.term, 'blank — name the half-term (Autumn 1) or write Closure'));
  }
  if (!isIsoDate(term.start) || !isIsoDate(term.end)) return problems;
  const days = daysBetween(term.start, term.end) ?? 0;
  if (days < 0) {
    problems.push(
      error(
        TERM.end,
        `${formatDate(term.end)} is before the Start (${formatDate(term.start)}) — the row is not used until it is corrected`,
        [TERM.start, TERM.end],
      ),
    );
  } else if (isClosure(term.term) && days >= LONGEST_CLOSURE_DAYS) {
    problems.push(
      error(
        TERM.end,
        'a closure of a year or more is not used — enter each closure (INSET day, bank holiday) as its own row',
        [TERM.start, TERM.end],
      ),
    );
  }
  return problems;
}

/**
 * Checks every Term dates row; a half-term starting before the previous one ends is a warning, since
 * a day then seems to belong to two half-terms.
 */
export function checkTermDates(rows: readonly TableRow<TermDate>[]): TermDateCheck[] {
  const halfTerms = rows
    .filter(
      ({ record }) => !isClosure(record.term) && isIsoDate(record.start) && isIsoDate(record.end),
    )
    .sort((a, b) => String(a.record.start).localeCompare(String(b.record.start)));
  const overlapping = new Map<number, Problem>();
  halfTerms.forEach((row, i) => {
    const before = halfTerms[i - 1];
    if (before && String(row.record.start) <= String(before.record.end)) {
      overlapping.set(
        row.rowNumber,
        warning(
          TERM.start,
          `${formatDate(row.record.start)} is inside ${before.record.term ?? 'the half-term'} on row ${before.rowNumber} — correct whichever dates are wrong`,
        ),
      );
    }
  });
  return rows.map((row) => {
    const unreadable = new Set(row.problems.map((p) => p.column));
    const cellProblems: Problem[] = row.problems.map((p) => ({
      severity: 'error',
      column: p.column,
      message: p.message,
    }));
    const found = [
      ...rowProblems(row.record),
      ...[overlapping.get(row.rowNumber)].filter((p): p is Problem => !!p),
    ];
    return {
      rowNumber: row.rowNumber,
      problems: sortProblems([...cellProblems, ...found.filter((p) => !unreadable.has(p.column))]),
    };
  });
}
