// Which year "Archive the year" takes, and when it refuses.
import { archiveYearOn, schoolYearOf } from '../../../src/domain/archive/school-year';
import { schoolCalendar } from '../../../src/domain/calendar/school-calendar';

const calendar = schoolCalendar([
  { term: 'Autumn 1', start: '2025-09-03', end: '2025-10-24' },
  { term: 'Summer 2', start: '2026-06-01', end: '2026-07-22' },
  { term: 'Autumn 1', start: '2026-09-02', end: '2026-10-23' },
]);

it('names school years as schools do', () => {
  expect(schoolYearOf('2026-07-30').label).toBe('2025-26');
  expect(schoolYearOf('2026-09-01').label).toBe('2026-27');
  expect(schoolYearOf('2099-09-01').label).toBe('2099-00');
});

it('archives the year just finished in the summer holiday', () => {
  const choice = archiveYearOn('2026-07-30', calendar);
  expect(choice.ok && choice.year.label).toBe('2025-26');
});

it('archives the year before in a later holiday', () => {
  const choice = archiveYearOn('2026-10-28', calendar);
  expect(choice.ok && choice.year.label).toBe('2025-26');
});

it('refuses during term, saying why', () => {
  const choice = archiveYearOn('2026-07-10', calendar);
  expect(choice.ok).toBe(false);
  expect(!choice.ok && choice.reason).toMatch(
    /refused during term: today is in Summer 2 \(Mon 1 Jun 2026 to Wed 22 Jul 2026\)/,
  );
});

it('refuses without term dates', () => {
  const choice = archiveYearOn('2026-08-10', schoolCalendar([]));
  expect(!choice.ok && choice.reason).toMatch(/Term dates sheet has no terms/);
});
