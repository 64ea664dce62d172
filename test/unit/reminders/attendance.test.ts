// Missing provider returns and absences followed up late (DOMAIN.md §7, policy P13).
import { absenceNotFollowedUp, missingAttendance } from '../../../src/domain/reminders/attendance';
import { remindersDue } from '../../../src/domain/reminders/reminders-due';
import { placementRow } from '../rules/fixtures';
import { attendanceRow, sent, workbook } from './school-weeks';

// The clean placement (AP-0001, Active from Mon 5 Jan 2026) has Sessions "Mon, Wed AM, Fri PM".
// Ten school days back from Wed 21 Jan reach Thu 8 Jan: these are every session expected since.
const EXPECTED: [string, 'AM' | 'PM'][] = [
  ['2026-01-09', 'PM'],
  ['2026-01-12', 'AM'],
  ['2026-01-12', 'PM'],
  ['2026-01-14', 'AM'],
  ['2026-01-16', 'PM'],
  ['2026-01-19', 'AM'],
  ['2026-01-19', 'PM'],
  ['2026-01-21', 'AM'],
];

function reportedExcept(...missing: string[]) {
  return EXPECTED.filter(([date, half]) => !missing.includes(`${date} ${half}`)).map(
    ([date, half], i) => attendanceRow(date, half, {}, i + 2),
  );
}

describe('missing attendance (DOMAIN.md §7: an expected session with no Attendance row)', () => {
  it('chases a provider that never sent Monday afternoon, to the pastoral and attendance leads', () => {
    const book = workbook({ attendance: reportedExcept('2026-01-19 PM') });
    const result = missingAttendance(book, '2026-01-21', 13);
    expect(sent(result)).toEqual([
      'pastoral lead → pastoral@school.example: missing-attendance:AP-0001:2026-01-19:PM:pastoral@2026-01-21',
      'attendance lead → attendance@school.example: missing-attendance:AP-0001:2026-01-19:PM:attendance@2026-01-21',
    ]);
    expect(result.items[0]?.whatToDo).toBe(
      'Ask Riverside Skills Centre whether AP-0001 attended on Mon 19 Jan 2026 PM and record it on Attendance.',
    );
    expect(result.items[0]?.subject).toEqual({
      sheet: 'Placements',
      rowNumber: 2,
      placementId: 'AP-0001',
      provider: 'Riverside Skills Centre',
    });
  });

  it("asks for today's morning session only once it is over (after 12)", () => {
    const book = workbook({ attendance: reportedExcept('2026-01-21 AM') });
    expect(missingAttendance(book, '2026-01-21', 11).items).toEqual([]);
    expect(sent(missingAttendance(book, '2026-01-21', 12))).toHaveLength(2);
  });

  it('says nothing when every session is reported, before the start, or for a Paused placement', () => {
    expect(
      missingAttendance(workbook({ attendance: reportedExcept() }), '2026-01-21', 17).items,
    ).toEqual([]);
    const paused = workbook({ placements: [placementRow({ Status: 'Paused' })] });
    expect(missingAttendance(paused, '2026-01-21', 17).items).toEqual([]);
    const later = workbook({ placements: [placementRow({ 'Start date': '2026-01-22' })] });
    expect(missingAttendance(later, '2026-01-21', 17).items).toEqual([]);
  });

  it('looks back ten school days, not to the start of the placement', () => {
    const result = missingAttendance(workbook(), '2026-01-21', 17);
    const days = new Set(result.items.map((i) => i.key.split(':')[2]));
    expect([...days].sort()).toEqual([
      '2026-01-09',
      '2026-01-12',
      '2026-01-14',
      '2026-01-16',
      '2026-01-19',
      '2026-01-21',
    ]);
  });
});

describe('absence not followed up (policy P13; DOMAIN.md §7: pastoral lead the same day, DSL from the next school day)', () => {
  const absentFriday = (cells = {}) =>
    workbook({
      attendance: [attendanceRow('2026-01-23', 'PM', { Mark: 'Absent', Code: 'N', ...cells }, 9)],
    });

  it('goes to the pastoral lead the same afternoon', () => {
    const result = absenceNotFollowedUp(absentFriday(), '2026-01-23', 17);
    expect(sent(result)).toEqual([
      'pastoral lead → pastoral@school.example: absence:AP-0001:2026-01-23:PM:pastoral@2026-01-23',
    ]);
    expect(result.items[0]?.urgency).toBe('today');
    expect(result.items[0]?.subject).toEqual({
      sheet: 'Attendance',
      rowNumber: 9,
      placementId: 'AP-0001',
      provider: 'Riverside Skills Centre',
    });
    expect(result.items[0]?.whatToDo).toContain('Followed up at on Attendance row 9');
  });

  it('escalates to the DSL on the next school day (Monday after a Friday), urgent', () => {
    const result = absenceNotFollowedUp(absentFriday(), '2026-01-26', 7);
    expect(sent(result)).toEqual([
      'pastoral lead → pastoral@school.example: absence:AP-0001:2026-01-23:PM:pastoral@2026-01-26',
      'DSL → dsl@school.example: absence:AP-0001:2026-01-23:PM:dsl@2026-01-26',
    ]);
    expect(result.items.every((i) => i.urgency === 'urgent')).toBe(true);
  });

  it('sends nothing over the weekend in the routine (not a school day)', () => {
    expect(remindersDue(absentFriday(), '2026-01-24', 7).items).toEqual([]);
  });

  it('is gone once Followed up at is filled in, however late', () => {
    const followed = absentFriday({
      'Followed up by': 'J Pastoral',
      'Followed up at': '2026-01-26 10:15',
    });
    expect(absenceNotFollowedUp(followed, '2026-01-26', 13).items).toEqual([]);
  });
});
