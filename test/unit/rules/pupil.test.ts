// Age at start 10–19 (DOMAIN.md §5) and year group by the 31 August rule (DOMAIN.md §3.4).
import { ageAtStart, ageOn, yearGroupAgrees, yearGroupOn } from '../../../src/domain/rules/pupil';
import { contextFor, messages } from './fixtures';

describe('age at the start date (DOMAIN.md §5: 10–19, an error otherwise)', () => {
  it('counts whole years, a birthday on the day included', () => {
    expect(ageOn('2012-03-14', '2026-03-13')).toBe(13);
    expect(ageOn('2012-03-14', '2026-03-14')).toBe(14);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
  });

  it('accepts 10 and 19, and says what to check for 9 or 20', () => {
    expect(ageAtStart(contextFor({ 'Date of birth': '2006-01-06' }))).toEqual([]); // 19, 20 tomorrow
    expect(ageAtStart(contextFor({ 'Date of birth': '2015-09-01' }))).toEqual([]);
    expect(messages(ageAtStart(contextFor({ 'Date of birth': '2016-01-06' })))).toEqual([
      'Date of birth: gives an age of 9 on the Start date (Mon 5 Jan 2026), and placements are for pupils aged 10–19 — check the Date of birth and Start date against the MIS',
    ]);
    expect(ageAtStart(contextFor({ 'Date of birth': '2005-01-05' }))[0]).toMatchObject({
      severity: 'error',
      column: 'Date of birth',
      columns: ['Date of birth', 'Start date'],
    });
  });
});

describe('year group by the 31 August rule (DOMAIN.md §3.4, a warning)', () => {
  it('follows the example: aged 11 on 31 August 2026 is Year 7 in 2026/27', () => {
    expect(yearGroupOn('2014-09-01', '2026-09-10')).toBe(7);
    expect(yearGroupOn('2015-08-31', '2027-07-01')).toBe(7);
  });

  it('puts 31 August and 1 September birthdays in different years', () => {
    expect(yearGroupOn('2012-08-31', '2026-01-05')).toBe(9);
    expect(yearGroupOn('2012-09-01', '2026-01-05')).toBe(8);
  });

  it('warns when the Year group is off by one around 31 August', () => {
    // Born 1 Sep 2012: the youngest of Year 8 in 2025/26, easily typed as Year 9.
    const problems = yearGroupAgrees(
      contextFor({ 'Date of birth': '2012-09-01', 'Year group': 9 }),
    );
    expect(problems).toEqual([
      {
        severity: 'warning',
        column: 'Year group',
        columns: ['Year group', 'Date of birth'],
        message:
          'Year group: a pupil born Sat 1 Sep 2012 is in Year 8 in 2025/26 (the school year of the Start date), not Year 9 — check the Year group and Date of birth against the MIS',
      },
    ]);
    expect(yearGroupAgrees(contextFor({ 'Date of birth': '2012-08-31', 'Year group': 9 }))).toEqual(
      [],
    );
  });

  it('uses the school year of the Start date, even for a start in the summer holiday', () => {
    expect(
      yearGroupAgrees(
        contextFor({ 'Date of birth': '2012-03-14', 'Year group': 10, 'Start date': '2026-09-03' }),
      ),
    ).toEqual([]);
    expect(yearGroupAgrees(contextFor({ 'Year group': '' }))).toEqual([]);
  });
});
