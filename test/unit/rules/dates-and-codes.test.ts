// Date order, agreement and LA notice before the start, attendance codes, emails (DOMAIN.md §3.1, §5).
import { parseRow } from '../../../src/domain/columns';
import { attendanceCodeFits } from '../../../src/domain/rules/attendance-code';
import {
  activePastPlannedEnd,
  agreedBeforeStart,
  datesInOrder,
} from '../../../src/domain/rules/dates';
import { emailColumnsOf, emailProblems, isEmailAddress } from '../../../src/domain/rules/emails';
import { Placements } from '../../../src/domain/sheets/placements';
import { contextFor, messages, providerRow } from './fixtures';

describe('Start date ≤ Planned end date ≤ Actual end date (DOMAIN.md §5, an error)', () => {
  it('accepts dates in order, and the same day for start and end', () => {
    expect(datesInOrder(contextFor({ 'Planned end date': '2026-01-05' }))).toEqual([]);
  });

  it('names the Planned end date and both columns when it comes before the start', () => {
    expect(datesInOrder(contextFor({ 'Planned end date': '2025-12-19' }))).toEqual([
      {
        severity: 'error',
        column: 'Planned end date',
        columns: ['Start date', 'Planned end date'],
        message:
          'Planned end date: Fri 19 Dec 2025 is before the Start date (Mon 5 Jan 2026) — correct whichever date is wrong',
      },
    ]);
  });

  it('names the Actual end date when it comes before the start or the planned end', () => {
    expect(messages(datesInOrder(contextFor({ 'Actual end date': '2026-01-02' })))).toEqual([
      'Actual end date: Fri 2 Jan 2026 is before the Start date (Mon 5 Jan 2026) — correct whichever date is wrong',
    ]);
    expect(
      datesInOrder(contextFor({ Status: 'Ended', 'Actual end date': '2026-03-20' }))[0]?.column,
    ).toBe('Actual end date');
  });

  it('lets a Terminated placement end before its planned end', () => {
    expect(
      datesInOrder(contextFor({ Status: 'Terminated', 'Actual end date': '2026-03-20' })),
    ).toEqual([]);
  });
});

describe('agreement and LA notification before the start (P10, P11, warnings)', () => {
  it('warns, naming each column, when they come after the Start date', () => {
    const problems = agreedBeforeStart(
      contextFor({ 'Parent agreement signed': '2026-01-06', 'LA notified': '2026-01-07' }),
    );
    expect(problems.map((p) => [p.severity, p.column])).toEqual([
      ['warning', 'Parent agreement signed'],
      ['warning', 'LA notified'],
    ]);
    expect(problems[0]?.message).toMatch(
      /^Parent agreement signed: Tue 6 Jan 2026 is after the Start date/,
    );
  });

  it('accepts them on the start date itself', () => {
    expect(agreedBeforeStart(contextFor({ 'Parent agreement signed': '2026-01-05' }))).toEqual([]);
  });
});

describe('Active past its Planned end date (DOMAIN.md §5, a warning)', () => {
  it('warns from the day after the planned end, only while Active', () => {
    expect(activePastPlannedEnd(contextFor({}, {}, '2026-03-27'))).toEqual([]);
    expect(activePastPlannedEnd(contextFor({}, {}, '2026-03-30'))[0]).toMatchObject({
      severity: 'warning',
      column: 'Planned end date',
    });
    expect(activePastPlannedEnd(contextFor({ Status: 'Paused' }, {}, '2026-03-30'))).toEqual([]);
  });
});

describe('attendance codes (Pupil Registration Regulations 2024, DOMAIN.md §3.1)', () => {
  it('accepts B', () => {
    expect(attendanceCodeFits(contextFor())).toEqual([]);
  });

  it('K on a school-arranged placement is an error naming Attendance code', () => {
    expect(messages(attendanceCodeFits(contextFor({ 'Attendance code': 'K' })))).toEqual([
      'Attendance code: K is for provision arranged by the local authority, and this placement is arranged by the school — use B (or D if the pupil is dual registered at the provider)',
    ]);
  });

  it('D at a provider that is not a registered school is a warning', () => {
    const college = { providers: [providerRow({ Registration: 'FE college', UKPRN: '10012345' })] };
    expect(attendanceCodeFits(contextFor({ 'Attendance code': 'D' }, college))[0]).toMatchObject({
      severity: 'warning',
      column: 'Attendance code',
      message:
        'Attendance code: D is for a pupil dual registered at another school, and Riverside Skills Centre is an FE college — use B unless the pupil is on its roll',
    });
    expect(attendanceCodeFits(contextFor({ 'Attendance code': 'D' }))).toEqual([]);
  });
});

describe('email addresses (DOMAIN.md §5: every email column, an error)', () => {
  it('checks every email column of the sheet, naming it', () => {
    const record = {
      ...parseRow(Placements, {}).record,
      socialWorkerEmail: 'sw at la.example',
      virtualSchoolEmail: 'vs@la.example',
      pastoralLeadEmail: 'pastoral@school',
    };
    expect(messages(emailProblems(emailColumnsOf(Placements), record))).toEqual([
      "Social worker email: 'sw at la.example' is not an email address — retype it, like name@example.org",
      "Pastoral lead email: 'pastoral@school' is not an email address — retype it, like name@example.org",
    ]);
    expect(isEmailAddress('jo@example.org')).toBe(true);
  });

  it('leaves a typed bad address to the cell reader, which names the column', () => {
    const { problems } = parseRow(Placements, { 'Parent/carer email': 'jo@@example' });
    expect(problems[0]?.column).toBe('Parent/carer email');
  });
});
