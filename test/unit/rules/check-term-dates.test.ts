// Term dates rows the calendar cannot use (DOMAIN.md §3.2, §4 Term dates).
import { checkTermDates } from '../../../src/domain/rules/check-term-dates';
import { DERBYSHIRE_2025_26 } from '../calendar/derbyshire-2025-26';
import { messages, termDateRows } from './fixtures';

describe('Term dates rows', () => {
  it('finds nothing wrong with the Derbyshire 2025/26 dates and their bank holiday', () => {
    expect(checkTermDates(termDateRows()).flatMap((c) => c.problems)).toEqual([]);
  });

  it('names the column of a row ending before it starts, or missing a date', () => {
    const checks = checkTermDates(
      termDateRows([
        { term: 'Autumn 1', start: '2025-10-24', end: '2025-09-04' },
        { term: 'Autumn 2', start: undefined, end: '2025-12-19' },
        { term: undefined, start: '2026-01-05', end: '2026-02-13' },
      ]),
    );
    expect(messages(checks[0]?.problems ?? [])).toEqual([
      'End: Thu 4 Sep 2025 is before the Start (Fri 24 Oct 2025) — the row is not used until it is corrected',
    ]);
    expect(checks[1]?.problems.map((p) => p.column)).toEqual(['Start']);
    expect(checks[2]?.problems.map((p) => [p.severity, p.column])).toEqual([['warning', 'Term']]);
  });

  it('warns about overlapping half-terms and refuses a closure of a year', () => {
    const checks = checkTermDates(
      termDateRows([
        ...DERBYSHIRE_2025_26,
        { term: 'Spring 1b', start: '2026-02-10', end: '2026-02-13' },
        { term: 'Closure', start: '2025-09-01', end: '2027-09-01' },
      ]),
    );
    expect(messages(checks[7]?.problems ?? [])).toEqual([
      'Start: Tue 10 Feb 2026 is inside Spring 1 on row 4 — correct whichever dates are wrong (warning)'.replace(
        ' (warning)',
        '',
      ),
    ]);
    expect(checks[8]?.problems[0]).toMatchObject({ severity: 'error', column: 'End' });
  });

  it('reports a date it could not read as the cell reader words it', () => {
    const [check] = checkTermDates([
      {
        rowNumber: 2,
        record: { term: 'Autumn 1', start: undefined, end: '2025-10-24' },
        problems: [
          { column: 'Start', message: "Start: 'Sept' is not a date; type it as dd/mm/yyyy" },
        ],
      },
    ]);
    expect(messages(check?.problems ?? [])).toEqual([
      "Start: 'Sept' is not a date; type it as dd/mm/yyyy",
    ]);
  });
});
