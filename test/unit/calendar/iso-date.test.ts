// Day arithmetic on 'YYYY-MM-DD' strings in UTC: no local time, no clock change moves a day.
import {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
  earlier,
  formatDate,
  fromDayNumber,
  isIsoDate,
  weekday,
} from '../../../src/domain/calendar/iso-date';

describe('calendar days', () => {
  it('reads only real days', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('24/10/2025')).toBe(false);
    expect(isIsoDate(45000)).toBe(false);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('adds days across the clocks going back (26 Oct 2025) without losing or gaining a day', () => {
    expect(addDays('2025-10-24', 3)).toBe('2025-10-27');
    expect(addDays('2026-03-27', 3)).toBe('2026-03-30');
    expect(daysBetween('2025-10-24', '2025-11-03')).toBe(10);
    expect(addDays('not a date', 1)).toBeUndefined();
  });

  it('adds months, keeping the end of a short month', () => {
    expect(addMonths('2025-03-10', 12)).toBe('2026-03-10');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('knows the day of the week (0 Sunday … 6 Saturday)', () => {
    expect(weekday('2025-09-04')).toBe(4);
    expect(weekday('2026-05-04')).toBe(1);
    expect(weekday('2026-07-25')).toBe(6);
  });

  it('writes days for messages as "Fri 24 Oct 2025" and picks the earlier of two', () => {
    expect(formatDate('2025-10-24')).toBe('Fri 24 Oct 2025');
    expect(formatDate('2026-05-04')).toBe('Mon 4 May 2026');
    expect(earlier('2026-01-05', '2025-12-19')).toBe('2025-12-19');
    expect(earlier(undefined, '2025-12-19')).toBe('2025-12-19');
  });
});

describe('day numbers (arithmetic, no Date)', () => {
  it('agree with Date.UTC on every day from 1899 to 2101, and back again', () => {
    const wrong: string[] = [];
    const first = Date.UTC(1899, 0, 1) / 86_400_000;
    const last = Date.UTC(2101, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day += 1) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(iso) !== day || fromDayNumber(day) !== iso) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('gives up beyond years 1000–9999 rather than invent a day', () => {
    expect(fromDayNumber(1e12)).toBeUndefined();
    expect(addDays('2026-01-05', 7 * 2263450083491901)).toBeUndefined();
    expect(dayNumber('0999-12-31')).toBeUndefined();
  });
});
