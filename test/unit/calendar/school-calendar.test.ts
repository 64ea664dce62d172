// School days from Term dates (DOMAIN.md §3.2): weekdays inside a half-term, minus closures.
import fc from 'fast-check';
import { addDays } from '../../../src/domain/calendar/iso-date';
import { schoolCalendar } from '../../../src/domain/calendar/school-calendar';
import { DERBYSHIRE_2025_26 } from './derbyshire-2025-26';

const derbyshire = schoolCalendar(DERBYSHIRE_2025_26);

describe('school days, Derbyshire 2025/26 (DOMAIN.md §3.2)', () => {
  it.each([
    ['2025-09-04', true, 'first day of Autumn 1 (a Thursday)'],
    ['2025-09-03', false, 'the day before term starts'],
    ['2025-09-06', false, 'a Saturday in term'],
    ['2025-10-27', false, 'October half-term'],
    ['2025-11-03', true, 'first day of Autumn 2'],
    ['2025-12-22', false, 'Christmas holiday'],
    ['2026-05-04', false, 'the May Day bank holiday, a Closure row'],
    ['2026-05-05', true, 'the day after the bank holiday'],
    ['2026-07-23', true, 'last day of the year (a Thursday)'],
    ['2026-07-24', false, 'first day of the summer holiday'],
  ])('%s is a school day: %s (%s)', (date, expected) => {
    expect(derbyshire.isSchoolDay(date)).toBe(expected);
  });

  it('puts a day in a holiday into the half-term that follows', () => {
    expect(derbyshire.halfTermContaining('2025-10-01')?.name).toBe('Autumn 1');
    expect(derbyshire.halfTermContaining('2025-10-29')?.name).toBe('Autumn 2');
    expect(derbyshire.halfTermContaining('2025-12-25')?.name).toBe('Spring 1');
    expect(derbyshire.halfTermContaining('2026-05-04')?.name).toBe('Summer 1');
    expect(derbyshire.halfTermContaining('2025-08-20')?.name).toBe('Autumn 1');
    expect(derbyshire.halfTermContaining('2026-07-23')?.name).toBe('Summer 2');
  });

  it('does not guess a half-term for days beyond the dates entered', () => {
    expect(derbyshire.halfTermContaining('2025-05-01')).toBeUndefined();
    expect(derbyshire.halfTermContaining('2026-07-24')).toBeUndefined();
    expect(derbyshire.covers('2026-08-20')).toBe(true);
    expect(derbyshire.covers('2026-10-01')).toBe(false);
  });

  it('finds the half-term after, and its last school day', () => {
    const spring1 = derbyshire.halfTermContaining('2026-01-20');
    const spring2 = spring1 && derbyshire.halfTermAfter(spring1);
    expect(spring2?.name).toBe('Spring 2');
    expect(spring2 && derbyshire.lastSchoolDayOf(spring2)).toBe('2026-03-27');
    const summer2 = derbyshire.halfTermContaining('2026-07-01');
    expect(summer2 && derbyshire.halfTermAfter(summer2)).toBeUndefined();
  });

  it('finds the last school day on or before a day', () => {
    expect(derbyshire.lastSchoolDayOnOrBefore('2026-05-04')).toBe('2026-05-01');
    expect(derbyshire.lastSchoolDayOnOrBefore('2026-02-16')).toBe('2026-02-13');
    expect(derbyshire.lastSchoolDayOnOrBefore('2025-12-25')).toBe('2025-12-19');
    expect(derbyshire.lastSchoolDayOnOrBefore('2025-12-19')).toBe('2025-12-19');
  });

  it('counts school days forwards and backwards, skipping the bank holiday', () => {
    expect(derbyshire.addSchoolDays('2026-05-05', -2)).toBe('2026-04-30');
    expect(derbyshire.addSchoolDays('2025-10-24', 1)).toBe('2025-11-03');
    expect(derbyshire.addSchoolDays('2025-10-24', 0)).toBe('2025-10-24');
    expect(derbyshire.schoolDaysBetween('2026-04-30', '2026-05-05')).toBe(2);
    expect(derbyshire.schoolDaysBetween('2026-05-05', '2026-04-30')).toBe(-2);
    expect(derbyshire.schoolDaysBetween('2025-10-23', '2025-11-04')).toBe(3);
    expect(derbyshire.schoolDaysBetween('2025-09-04', '2026-07-24')).toBe(195); // 37 + 35 + 30 + 25 + 29 + 39
  });

  it('counts the same number of school days as walking day by day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 400 }), fc.integer({ min: 0, max: 200 }), (a, n) => {
        const from = addDays('2025-09-01', a) as string;
        const to = addDays(from, n) as string;
        let walked = 0;
        for (let i = 0; i < n; i += 1) {
          if (derbyshire.isSchoolDay(addDays(from, i) as string)) walked += 1;
        }
        expect(derbyshire.schoolDaysBetween(from, to)).toBe(walked);
      }),
    );
  });
});

describe('term dates the school typed imperfectly', () => {
  it('with no term dates, counts every weekday as a school day', () => {
    const none = schoolCalendar([]);
    expect(none.hasTermDates).toBe(false);
    expect(none.isSchoolDay('2025-12-25')).toBe(true);
    expect(none.isSchoolDay('2025-12-27')).toBe(false);
    expect(none.halfTermContaining('2025-12-25')).toBeUndefined();
    expect(none.schoolDaysBetween('2025-12-22', '2025-12-29')).toBe(5);
  });

  it('reads Closure in any case, skips rows ending before they start, ignores a two-year closure', () => {
    const calendar = schoolCalendar([
      { term: 'Autumn 1', start: '2025-09-04', end: '2025-10-24' },
      { term: ' closure ', start: '2025-09-19', end: '2025-09-19' },
      { term: 'Closure', start: '2025-01-01', end: '2026-12-31' },
      { term: 'Autumn 2', start: '2025-12-19', end: '2025-11-03' },
      { term: undefined, start: undefined, end: '2025-12-19' },
    ]);
    expect(calendar.halfTerms.map((h) => h.name)).toEqual(['Autumn 1']);
    expect(calendar.isSchoolDay('2025-09-19')).toBe(false);
    expect(calendar.isSchoolDay('2025-09-18')).toBe(true);
  });

  it('treats weekdays well past the dates entered as school days (next year not entered yet)', () => {
    expect(derbyshire.isSchoolDay('2026-08-10')).toBe(false);
    expect(derbyshire.isSchoolDay('2026-09-10')).toBe(true);
  });
});
