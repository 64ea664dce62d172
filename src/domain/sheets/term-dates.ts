// The Term dates sheet: the school's half-terms and closures, which define a school day (DOMAIN.md §3.2).
import type { IsoDate } from '../cells';
import { date, defineSheet, text, type RecordOf } from '../columns';

/** A row whose Term says this marks non-school days (INSET, bank holidays) from Start to End. */
export const CLOSURE = 'Closure';

export const TermDates = defineSheet('Term dates', {
  term: text('Term'),
  start: date('Start'),
  end: date('End'),
});

export type TermDate = RecordOf<typeof TermDates>;

export interface ExampleTerm {
  readonly term: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * Derbyshire 2025/26 (DOMAIN.md §3.2), written by setup into an empty Term dates sheet so the
 * calendar works on day one; each row carries a note asking the school to put its own dates in.
 */
export const EXAMPLE_TERM_DATES: readonly ExampleTerm[] = [
  { term: 'Autumn 1', start: '2025-09-04', end: '2025-10-24' },
  { term: 'Autumn 2', start: '2025-11-03', end: '2025-12-19' },
  { term: 'Spring 1', start: '2026-01-05', end: '2026-02-13' },
  { term: 'Spring 2', start: '2026-02-23', end: '2026-03-27' },
  { term: 'Summer 1', start: '2026-04-13', end: '2026-05-22' },
  { term: CLOSURE, start: '2026-05-04', end: '2026-05-04' },
  { term: 'Summer 2', start: '2026-06-01', end: '2026-07-23' },
];

export const EXAMPLE_TERM_DATES_NOTE =
  'Example dates (Derbyshire 2025/26, with the 4 May 2026 bank holiday as a Closure). ' +
  "Replace them with your school's own term dates: reviews and reminders count school days from this sheet.";
