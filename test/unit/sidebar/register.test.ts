// Today's register and saving it: Active placements with a session today; never a duplicate row.
import { registerDay } from '../../../src/domain/sidebar/register';
import { parseForm } from '../../../src/domain/sidebar/forms/fields';
import { registerForm } from '../../../src/domain/sidebar/forms/schemas';
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

/** When the register is saved: a follow-up recorded with it is at this time. */
const NOW = '2026-01-19T10:15:00';

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
      NOW,
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
          followedUpBy: '',
          followedUpAt: '',
          followUpNote: '',
        },
      ],
      warnings: [],
    });
  });

  it('records an absence already followed up, so no reminder asks about it again (P13)', () => {
    const plan = planRegister(
      {
        date: MONDAY,
        marks: [
          mark({
            session: 'PM',
            mark: 'Absent',
            followedUpBy: ' Jo Example ',
            followUpNote: ' Mum rang: dentist ',
          }),
        ],
      },
      sd.day,
      sd.snapshot.attendance,
      '',
      NOW,
    );
    expect(plan).toMatchObject({
      ok: true,
      rows: [{ followedUpBy: 'Jo Example', followedUpAt: NOW, followUpNote: 'Mum rang: dentist' }],
    });
  });

  it('keeps a code staff chose, in its proper case', () => {
    const plan = planRegister(
      { date: MONDAY, marks: [mark({ session: 'PM', code: 'c1' })] },
      sd.day,
      sd.snapshot.attendance,
      '',
      NOW,
    );
    expect(plan).toMatchObject({ ok: true, rows: [{ code: 'C1' }] });
  });

  it('saves every mark it can: a session already on Attendance is kept as it was, never duplicated', () => {
    const plan = planRegister(
      {
        date: MONDAY,
        marks: [mark(), mark({ session: 'PM' }), mark({ session: 'PM', mark: 'Absent' })],
      },
      sd.day,
      sd.snapshot.attendance,
      '',
      NOW,
    );
    expect(plan).toEqual({
      ok: true,
      rows: [expect.objectContaining({ session: 'PM', mark: 'Present', code: 'B' })],
      warnings: [
        'Already recorded by someone else, kept as it was: AP-0001 AM (Attendance row 7); change it on Attendance if it is wrong.',
        'Not saved: AP-0001 PM is in this register twice (also mark 2).',
      ],
    });
  });

  it('saves the Active placements and says which marks were not saved (Paused, not on Placements)', () => {
    const two = dayWith(
      {
        placements: [
          placementRow(),
          placementRow({ 'Placement ID': 'AP-0002', Status: 'Paused' }, 3),
        ],
      },
      MONDAY,
    );
    const plan = planRegister(
      {
        date: MONDAY,
        marks: [mark(), mark({ placementId: 'AP-0002' }), mark({ placementId: 'AP-0099' })],
      },
      two.day,
      [],
      '',
      NOW,
    );
    expect(plan).toEqual({
      ok: true,
      rows: [expect.objectContaining({ placementId: 'AP-0001', session: 'AM' })],
      warnings: [
        'Not saved: AP-0002 is Paused: the register is for Active placements.',
        'Not saved: AP-0099 is not on the Placements sheet.',
      ],
    });
  });

  it('refuses only when nothing can be saved, each error keyed by its mark', () => {
    const plan = planRegister(
      { date: MONDAY, marks: [mark({ mark: 'Absent' }), mark({ placementId: 'AP-0099' })] },
      sd.day,
      sd.snapshot.attendance,
      '',
      NOW,
    );
    expect(plan).toEqual({
      ok: false,
      fieldErrors: {
        'marks.0.session':
          'AP-0001 already has an AM mark for Mon 19 Jan 2026 on Attendance row 7; it is kept (change it on the sheet if it is wrong).',
        'marks.1.placementId': 'AP-0099 is not on the Placements sheet.',
      },
    });
  });

  it('refuses a day still to come', () => {
    expect(planRegister({ date: '2026-01-20', marks: [mark()] }, sd.day, [], '', NOW)).toEqual({
      ok: false,
      fieldErrors: {
        date: 'Tue 20 Jan 2026 is still to come: record a register on the day or after it.',
      },
    });
  });

  it('saves an absence with a reason it cannot read as N, never a blank code', () => {
    const plan = planRegister(
      {
        date: MONDAY,
        marks: [mark({ session: 'PM', mark: 'Absent', absenceReason: 'Family holiday' })],
      },
      sd.day,
      [],
      '',
      NOW,
    );
    expect(plan).toMatchObject({ ok: true, rows: [{ code: 'N' }] });
  });

  it('saves a present mark of a placement coded K as B, and says why', () => {
    const k = dayWith({ placements: [placementRow({ 'Attendance code': 'K' })] }, MONDAY);
    const plan = planRegister({ date: MONDAY, marks: [mark()] }, k.day, [], '', NOW);
    expect(plan).toEqual({
      ok: true,
      rows: [expect.objectContaining({ code: 'B' })],
      warnings: [
        'AP-0001 has Attendance code K, which is for provision the local authority arranges, not the school: its marks are saved as B (correct the code on Placements).',
      ],
    });
    expect(registerDay(k).entries[0]?.presentCode).toBe('B');
  });

  it('saves, with a warning, a day that is not a school day or a session outside the timetable', () => {
    const thursday = dayWith({}, '2026-02-19');
    const plan = planRegister({ date: '2026-02-19', marks: [mark()] }, thursday.day, [], '', NOW);
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
    const plan = planRegister({ date: '2026-01-20', marks: [mark()] }, overdue.day, [], '', NOW);
    expect(plan).toMatchObject({
      ok: true,
      rows: [{ placementId: 'AP-0001', session: 'AM' }],
      warnings: [
        'AP-0001 was planned to end on Fri 16 Jan 2026 and is still Active: extend its Planned end date or end it.',
      ],
    });
  });
});

describe('the register form refuses contradictory marks', () => {
  const parse = (cells: Partial<RegisterForm['marks'][number]>) =>
    parseForm(registerForm, { date: MONDAY, marks: [mark(), mark(cells)] });

  it('accepts attending codes for Present and Late, absence codes for Absent, blank for any', () => {
    for (const cells of [
      { mark: 'Present', code: 'B' },
      { mark: 'Late', code: 'd' },
      { mark: 'Present', code: 'W' },
      { mark: 'Absent', code: 'I', absenceReason: 'Ill' },
      { mark: 'Absent', code: 'N' },
      { mark: 'Absent', code: 'Y2', absenceReason: 'No transport' },
      { mark: 'No session', code: '' },
    ] as const) {
      expect(parse(cells)).toMatchObject({ ok: true });
    }
  });

  it('refuses Absent coded B, Present coded N or with a reason, K, and a coded No session', () => {
    expect(parse({ mark: 'Absent', code: 'B' })).toEqual({
      ok: false,
      fieldErrors: {
        'marks.1.code':
          'B is not an absence code: an absent session is C1 M J1 S C2 C T R I E G N O U Q Y1 Y2 Y3 Y4 Y5 Y6 Y7 (or blank for the suggested code).',
      },
    });
    expect(parse({ mark: 'Present', code: 'N' })).toEqual({
      ok: false,
      fieldErrors: {
        'marks.1.code':
          'N is not an attending code: a present AP session is B, D, V, P, W (or blank for the suggested code).',
      },
    });
    expect(parse({ mark: 'Present', absenceReason: 'Ill' })).toEqual({
      ok: false,
      fieldErrors: {
        'marks.1.absenceReason':
          'A present session has no absence reason: choose Absent, or clear the reason.',
      },
    });
    expect(parse({ mark: 'Late', code: 'K' })).toMatchObject({
      ok: false,
      fieldErrors: { 'marks.1.code': expect.stringMatching(/^K is for provision the local/) },
    });
    expect(parse({ mark: 'No session', code: 'X' })).toEqual({
      ok: false,
      fieldErrors: {
        'marks.1.code': 'A session that did not happen has no code: leave Code blank.',
      },
    });
  });

  it('still says a code that is no attendance code at all, once', () => {
    expect(parse({ mark: 'Absent', code: 'ZZ' })).toMatchObject({
      ok: false,
      fieldErrors: { 'marks.1.code': expect.stringMatching(/^Code should be an attendance code/) },
    });
  });
});
