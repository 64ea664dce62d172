// Derbyshire 2025/26 term dates (DOMAIN.md §3.2), with the Mon 4 May 2026 bank holiday as a Closure.
import type { TermDate } from '../../../src/domain/sheets/term-dates';

export const DERBYSHIRE_2025_26: readonly TermDate[] = [
  { term: 'Autumn 1', start: '2025-09-04', end: '2025-10-24' },
  { term: 'Autumn 2', start: '2025-11-03', end: '2025-12-19' },
  { term: 'Spring 1', start: '2026-01-05', end: '2026-02-13' },
  { term: 'Spring 2', start: '2026-02-23', end: '2026-03-27' },
  { term: 'Summer 1', start: '2026-04-13', end: '2026-05-22' },
  { term: 'Closure', start: '2026-05-04', end: '2026-05-04' },
  { term: 'Summer 2', start: '2026-06-01', end: '2026-07-23' },
];
