// readDateText (src/domain/cells.ts) knows the calendar without a Date: every day of 1900–2100,
// leap years by the Gregorian rule, and no 31 April or 29 February 2026.
import { readDateText } from '../../src/domain/cells';

/** The answer by JavaScript's own calendar, as the reader first worked it out. */
function byDate(year: number, month: number, day: number): string | undefined {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

it('reads every day of every month of 1900–2100 as the calendar has it, and no other', () => {
  const differences: string[] = [];
  for (let year = 1900; year <= 2100; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      for (let day = 1; day <= 32; day += 1) {
        const typed = `${day}/${month}/${year}`;
        if (readDateText(typed) !== byDate(year, month, day)) differences.push(typed);
      }
    }
  }
  expect(differences).toEqual([]);
  expect(readDateText('29/02/2024')).toBe('2024-02-29');
  expect(readDateText('29/02/1900')).toBeUndefined();
  expect(readDateText('29/02/2000')).toBe('2000-02-29');
});
