// Census days: the DfE's rule against published days, the Settings list, the default day and the window.
import {
  censusDays,
  censusWindow,
  nextCensusDay,
  ruleCensusDays,
} from '../../../src/domain/census/census-days';

describe('census days by the DfE rule', () => {
  it('gives the 2025/26 days the LAs published (2 Oct 2025, 15 Jan 2026, 21 May 2026)', () => {
    const days = ruleCensusDays('2025-11-01');
    expect(days).toEqual(expect.arrayContaining(['2025-10-02', '2026-01-15', '2026-05-21']));
  });

  it('gives 2022/23 as published too (6 Oct 2022, 19 Jan 2023, 18 May 2023)', () => {
    expect(ruleCensusDays('2023-01-01')).toEqual(
      expect.arrayContaining(['2022-10-06', '2023-01-19', '2023-05-18']),
    );
  });

  it('works out 2026/27 by the same rule (1 Oct 2026, 21 Jan 2027, 20 May 2027)', () => {
    expect(ruleCensusDays('2026-12-06')).toEqual(
      expect.arrayContaining(['2026-10-01', '2027-01-21', '2027-05-20']),
    );
  });
});

describe('census days typed on Settings', () => {
  it('reads dd/mm/yyyy separated by commas, in order', () => {
    expect(censusDays('21/01/2027, 01/10/2026 ,20/05/2027', '2026-12-06')).toEqual({
      ok: true,
      days: ['2026-10-01', '2027-01-21', '2027-05-20'],
      fromSettings: true,
    });
  });

  it('says which text is not a date', () => {
    const read = censusDays('01/10/2026, Jan 21', '2026-12-06');
    expect(read).toEqual({ ok: false, message: expect.stringContaining('"Jan 21" is not a date') });
  });

  it('falls back to the rule when blank', () => {
    expect(censusDays('  ', '2026-12-06')).toMatchObject({ ok: true, fromSettings: false });
  });
});

describe('which census a return is for, and its window', () => {
  const days = ['2025-10-02', '2026-01-15', '2026-05-21'] as const;

  it('is the next census day, today on census day itself', () => {
    expect(nextCensusDay(days, '2026-01-15')).toBe('2026-01-15');
    expect(nextCensusDay(days, '2026-01-16')).toBe('2026-05-21');
    expect(nextCensusDay(days, '2025-12-01')).toBe('2026-01-15');
    expect(nextCensusDay(days, '2026-05-22')).toBeUndefined();
  });

  it('runs from the previous census day to the census day', () => {
    expect(censusWindow(days, '2026-01-15')).toEqual({
      censusDay: '2026-01-15',
      from: '2025-10-02',
    });
    expect(censusWindow(days, '2025-10-02')).toEqual({
      censusDay: '2025-10-02',
      from: '2025-05-15',
    });
  });
});
