// Today's register and saving it: Active placements with a session today; never a duplicate row.
import { registerDay } from '../../../src/domain/sidebar/register';
import { planRegister } from '../../../src/domain/sidebar/register-marks';
import type { RegisterForm } from '../../../src/shared/sidebar-api';
import { placementRow } from '../rules/fixtures';
import { attendanceRow } from '../reminders/school-weeks';
import { dayWith } from './fixtures';

// The clean placement (AP-0001) has Sessions "Mon, Wed AM, Fri PM"; Mon 19 Jan 2026 has both.
const MONDAY = '2026-01-19';

function mark(cells: Partial<RegisterForm['marks'][number]> = {}): RegisterForm['marks'][number] {
  return {
    placementId: 'AP-0001',
    session: 'AM',
    mark: 'Present',
    absenceReason: '',
    code: '',
    ...cells,
  };
}

describe("today's register", () => {
  it('lists each Active placement with a session today, its sessions and its present code', () => {
    const sd = dayWith(
      {
        placements: [
          placementRow(),
          placementRow(
            { 'Placement ID': 'AP-0002', 'Attendance code': 'D', Sessions: 'Mon PM' },
            3,
          ),
          placementRow({ 'Placement ID': 'AP-0003', Status: 'Paused' }, 4),
          placementRow({ 'Placement ID': 'AP-0004', Sessions: 'Tue' }, 5),
        ],
        attendance: [attendanceRow(MONDAY, 'AM', { Mark: 'Late' }, 9)],
      },
      MONDAY,
    );
    expect(registerDay(sd)).toEqual({
      date: MONDAY,
      isSchoolDay: true,
      entries: [
        {
          placementId: 'AP-0001',
          label: 'AP-0001 Casey Example',
          provider: 'Riverside Skills Centre',
          sessions: ['AM', 'PM'],
          recorded: [{ session: 'AM', mark: 'Late', row: 9 }],
          presentCode: 'B',
        },
        {
          placementId: 'AP-0002',
          label: 'AP-0002 Casey Example',
          provider: 'Riverside Skills Centre',
          sessions: ['PM'],
          recorded: [],
          presentCode: 'D',
        },
      ],
    });
  });

  it('has no entries before the start or at a weekend, and says when a day is not a school day', () => {
    expect(registerDay(dayWith({}, '2026-01-24')).entries).toEqual([]);
    expect(
      registerDay(dayWith({ placements: [placementRow({ 'Start date': '2026-01-21' })] }, MONDAY))
        .entries,
    ).toEqual([]);
    // Mon 16 Feb 2026 is half-term: the weekday's sessions are listed, the day is not a school day.
    expect(registerDay(dayWith({}, '2026-02-16'))).toMatchObject({
      isSchoolDay: false,
      entries: [{ placementId: 'AP-0001' }],
    });
  });

  it('keeps an Active placement past its Planned end date on the register (only Actual ends it)', () => {
    // Tue sessions, planned to end Fri 16 Jan 2026, still Active on Tue 20 Jan 2026.
    const overdue = (cells: Record<string, string> = {}) =>
      dayWith(
        {
          placements: [
            placementRow({ Sessions: 'Tue', 'Planned end date': '2026-01-16', ...cells }),
          ],
        },
        '2026-01-20',
      );
    expect(registerDay(overdue()).entries).toMatchObject([
      { placementId: 'AP-0001', sessions: ['AM', 'PM'] },
    ]);
    expect(registerDay(overdue({ 'Actual end date': '2026-01-19' })).entries).toEqual([]);
  });
});

describe('saving the register', () => {
  const sd = dayWith({ attendance: [attendanceRow(MONDAY, 'AM', {}, 7)] }, MONDAY);

  it('writes one row per mark, suggesting codes left blank, with who reported it', () => {
    const plan = planRegister(
      {
        date: MONDAY,
        marks: [mark({ session: 'PM', mark: 'Absent', absenceReason: ' Dentist ' })],
      },
      sd.day,
      sd.snapshot.attendance,
      'teacher@school.example',
    );
    expect(plan).toEqual({
      ok: true,
      rows: [
        {
          date: MONDAY,
          placementId: 'AP-0001',
          session: 'PM',
          mark: 'Absent',
          absenceReason: 'Dentist',
          code: 'M',
          reportedBy: 'teacher@school.example',
        },
      ],
      warnings: [],
    });
  });

  it('keeps a code staff chose, in its proper case', () => {
    const plan = planRegister(
      { date: MONDAY, marks: [mark({ session: 'PM', code: 'c1' })] },
      sd.day,
      sd.snapshot.attendance,
      '',
    );
    expect(plan).toMatchObject({ ok: true, rows: [{ code: 'C1' }] });
  });

  it('refuses the whole register when a session is already on Attendance, or twice in the form', () => {
    const plan = planRegister(
      {
        date: MONDAY,
        marks: [mark(), mark({ session: 'PM' }), mark({ session: 'PM', mark: 'Absent' })],
      },
      sd.day,
      sd.snapshot.attendance,
      '',
    );
    expect(plan).toEqual({
      ok: false,
      fieldErrors: {
        'marks.0.session':
          'AP-0001 already has an AM mark for Mon 19 Jan 2026 on Attendance row 7; it is kept (change it on the sheet if it is wrong).',
        'marks.2.session': 'AP-0001 PM is in this register twice (also mark 2).',
      },
    });
  });

  it('refuses placements that are not on Placements or not Active, and days still to come', () => {
    const paused = dayWith({ placements: [placementRow({ Status: 'Paused' })] }, MONDAY);
    expect(
      planRegister(
        { date: '2026-01-20', marks: [mark(), mark({ placementId: 'AP-0099' })] },
        paused.day,
        [],
        '',
      ),
    ).toEqual({
      ok: false,
      fieldErrors: {
        date: 'Tue 20 Jan 2026 is still to come: record a register on the day or after it.',
        'marks.0.placementId': 'AP-0001 is Paused: the register is for Active placements.',
        'marks.1.placementId': 'AP-0099 is not on the Placements sheet.',
      },
    });
  });

  it('saves, with a warning, a day that is not a school day or a session outside the timetable', () => {
    const thursday = dayWith({}, '2026-02-19');
    const plan = planRegister({ date: '2026-02-19', marks: [mark()] }, thursday.day, [], '');
    expect(plan).toMatchObject({
      ok: true,
      warnings: [
        'AP-0001 has no AM session on Thursdays by its Sessions.',
        'Thu 19 Feb 2026 is not a school day on Term dates.',
      ],
    });
  });

  it('saves a mark for an Active placement past its Planned end date, saying it is overdue', () => {
    const overdue = dayWith(
      { placements: [placementRow({ Sessions: 'Tue', 'Planned end date': '2026-01-16' })] },
      '2026-01-20',
    );
    const plan = planRegister({ date: '2026-01-20', marks: [mark()] }, overdue.day, [], '');
    expect(plan).toMatchObject({
      ok: true,
      rows: [{ placementId: 'AP-0001', session: 'AM' }],
      warnings: [
        'AP-0001 was planned to end on Fri 16 Jan 2026 and is still Active: extend its Planned end date or end it.',
      ],
    });
  });
});
