// One placement at a glance: the same checks, checklist, review state and attendance as the reminders,
// what needs doing first (issue 11, item 3).
import { placementView } from '../../../src/domain/sidebar/placement-view';
import { placementRow, providerRow, reviewRow } from '../rules/fixtures';
import { attendanceRow } from '../reminders/school-weeks';
import { dayWith, documentRow, onlyPlacement } from './fixtures';

/** A Present mark for every session of the clean placement from its start to `last`. */
function returnsUpTo(last: string) {
  const sessions: ReturnType<typeof attendanceRow>[] = [];
  for (let d = new Date('2026-01-05T12:00:00Z'); d.toISOString().slice(0, 10) <= last;) {
    const date = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay();
    const halves: ('AM' | 'PM')[] =
      weekday === 1 ? ['AM', 'PM'] : weekday === 3 ? ['AM'] : weekday === 5 ? ['PM'] : [];
    for (const half of halves) sessions.push(attendanceRow(date, half, {}, 100 + sessions.length));
    d = new Date(d.getTime() + 86_400_000);
  }
  return sessions;
}

describe('the placement view', () => {
  it('shows the row, its checklist for the next status, and no checks for a clean placement', () => {
    const sd = dayWith({ attendance: returnsUpTo('2026-01-19') });
    const view = placementView(sd, onlyPlacement(sd));
    expect(view).toMatchObject({
      placementId: 'AP-0001',
      row: 2,
      pupilName: 'Casey Example',
      status: 'Active',
      provider: 'Riverside Skills Centre',
      sessions: 'Mon, Wed AM, Fri PM',
      startDate: '2026-01-05',
      plannedEndDate: '2026-03-27',
      nextStatus: 'Ended',
      statusChangeNear: false,
      needsDoing: [],
      warnings: [],
      lastReview: '',
      nextReviewDue: '2026-02-13',
      review: 'not due',
      safeguardingConcernDate: '',
      laNotified: '2025-12-16',
      documents: [],
    });
    expect(view.checklist[0]).toEqual({
      label: 'End date and destination',
      done: false,
      required: true,
      todo: [
        'Actual end date: blank — enter the last day at the provision',
        "Destination: blank — choose where the pupil went next (policy point 5: a full record: progress, achievements, destination and the pupil's own view)",
      ],
    });
  });

  it('lists errors as needing doing and warnings apart, each naming its column once', () => {
    const sd = dayWith({
      placements: [placementRow({ 'LA notified': '', UPN: 'A801200005001', 'Year group': 7 })],
      attendance: returnsUpTo('2026-01-19'),
    });
    const view = placementView(sd, onlyPlacement(sd));
    expect(view.needsDoing.map((c) => [c.kind, c.column])).toEqual([
      ['error', 'LA notified'],
      ['error', 'UPN'],
    ]);
    expect(view.warnings.map((c) => [c.severity, c.column])).toEqual([['warning', 'Year group']]);
    for (const { column, message } of [...view.needsDoing, ...view.warnings]) {
      expect(message.startsWith(column)).toBe(false);
    }
    expect(view.needsDoing[0]?.message).toBe(
      'blank, but an Active placement needs it — enter the date the local authority was told (policy point 11: the local authority told when the school commissions a placement)',
    );
  });

  it('leads with what is urgent: a concern, the overdue review, absences, returns missing, then errors', () => {
    const sd = dayWith(
      {
        placements: [
          placementRow({ 'Safeguarding concern date': '2026-02-20', UPN: 'A801200005001' }),
        ],
        attendance: [
          ...returnsUpTo('2026-02-20'),
          attendanceRow('2026-02-23', 'AM', { Mark: 'Absent', 'Absence reason': 'Unwell' }, 90),
        ],
      },
      '2026-02-25',
      17,
    );
    const view = placementView(sd, onlyPlacement(sd));
    expect(view.needsDoing.map((c) => [c.kind, c.column])).toEqual([
      ['concern', 'Safeguarding concern date'],
      ['review overdue', 'Next review due'],
      ['absences', 'Attendance'],
      ['returns missing', 'Attendance'],
      ['error', 'UPN'],
    ]);
    expect(view.needsDoing.map((c) => c.message)).toEqual([
      'a concern was recorded on Fri 20 Feb 2026, and the placement has not been reviewed since — review the placement today and record it on Reviews, or set Status to Paused until it is reviewed (policy point 15: a safeguarding concern means an immediate review)',
      'the review due on Fri 13 Feb 2026 is overdue — hold the review and record it on the Reviews sheet (policy point 14: reviews at least half-termly)',
      'absent Mon 23 Feb 2026 AM and not followed up — find out why, then record it with Follow up under Attendance below (policy point 13: every absence from the provision followed up by the school)',
      'no return from Riverside Skills Centre for Mon 23 Feb 2026 PM and Wed 25 Feb 2026 AM — ask whether the pupil attended and record each session on Attendance, so any absence is followed up (policy point 13: every absence from the provision followed up by the school)',
      expect.stringMatching(/^the check letter/),
    ]);
    // The rules' own errors for the concern and the review are not said twice.
    expect(view.needsDoing).toHaveLength(5);
  });

  it('counts the absences and names the first three sessions', () => {
    const absent = (date: string, session: 'AM' | 'PM', row: number) =>
      attendanceRow(date, session, { Mark: 'Absent' }, row);
    const sd = dayWith({
      attendance: [
        ...returnsUpTo('2026-01-19'),
        absent('2026-01-12', 'AM', 80),
        absent('2026-01-12', 'PM', 81),
        absent('2026-01-14', 'AM', 82),
        absent('2026-01-16', 'PM', 83),
      ],
    });
    const [absences] = placementView(sd, onlyPlacement(sd)).needsDoing;
    expect(absences?.message).toMatch(
      /^4 absences not followed up: Mon 12 Jan 2026 AM, Mon 12 Jan 2026 PM, Wed 14 Jan 2026 AM and 1 more — find out why, then record each with Follow up/,
    );
  });

  it.each([
    ['Active, its planned end months away', { 'Planned end date': '2026-07-23' }, false],
    ['Active, ending within 10 school days', { 'Planned end date': '2026-01-30' }, true],
    ['Active past its planned end', { 'Planned end date': '2026-01-16' }, true],
    ['Active, its actual end near', { 'Actual end date': '2026-01-23' }, true],
    [
      'Agreed, starting within 10 school days',
      { Status: 'Agreed', 'Start date': '2026-02-02' },
      true,
    ],
    ['Agreed, starting after half-term', { Status: 'Agreed', 'Start date': '2026-02-23' }, false],
    ['Agreed past its start date', { Status: 'Agreed' }, true],
    ['Proposed, starting next week', { Status: 'Proposed', 'Start date': '2026-01-26' }, true],
    ['Proposed, starting in the summer', { Status: 'Proposed', 'Start date': '2026-06-01' }, false],
    ['Paused (resumes on no date)', { Status: 'Paused' }, false],
    ['a row with no status yet', { Status: '' }, true],
  ])('shows the checklist only when the status change is near: %s', (_, cells, near) => {
    const sd = dayWith({ placements: [placementRow(cells)] });
    expect(placementView(sd, onlyPlacement(sd)).statusChangeNear).toBe(near);
  });

  it('has no checklist to show for a placement that has finished', () => {
    const sd = dayWith({
      placements: [
        placementRow({
          Status: 'Ended',
          'Actual end date': '2026-01-16',
          Destination: 'Mainstream school',
        }),
      ],
    });
    expect(placementView(sd, onlyPlacement(sd))).toMatchObject({
      nextStatus: '',
      statusChangeNear: false,
    });
  });

  it('says a review is due or overdue by the reminders’ rule (Review reminder days, school days)', () => {
    const due = dayWith({}, '2026-02-02');
    expect(placementView(due, onlyPlacement(due)).review).toBe('due');
    const overdue = dayWith({}, '2026-02-24');
    expect(placementView(overdue, onlyPlacement(overdue))).toMatchObject({
      review: 'overdue',
      needsDoing: expect.arrayContaining([
        expect.objectContaining({ column: 'Next review due', kind: 'review overdue' }),
      ]) as unknown,
    });
    const reviewed = dayWith(
      { reviews: [reviewRow({ 'Review date': '2026-02-10', 'Placement ID': 'AP-0001' })] },
      '2026-02-24',
    );
    expect(placementView(reviewed, onlyPlacement(reviewed))).toMatchObject({
      review: 'not due',
      lastReview: '2026-02-10',
    });
    const ended = dayWith({
      placements: [
        placementRow({
          Status: 'Ended',
          'Actual end date': '2026-01-16',
          Destination: 'Mainstream school',
        }),
      ],
    });
    expect(placementView(ended, onlyPlacement(ended)).review).toBe('not due');
    const unknown = dayWith({
      placements: [placementRow({ Status: 'Proposed', 'Start date': '' })],
    });
    expect(placementView(unknown, onlyPlacement(unknown)).review).toBe('unknown');
  });

  it("counts this half-term's attendance, sessions never reported, and absences still open", () => {
    const sd = dayWith(
      {
        attendance: [
          attendanceRow('2025-12-15', 'AM', { Mark: 'Absent' }, 2), // last half-term, still open
          attendanceRow('2026-01-05', 'AM', {}, 3),
          attendanceRow('2026-01-05', 'PM', { Mark: 'Late' }, 4),
          attendanceRow('2026-01-07', 'AM', { Mark: 'Absent', 'Absence reason': 'Ill' }, 5),
          attendanceRow('2026-01-09', 'PM', { Mark: 'No session' }, 6),
          attendanceRow(
            '2026-01-12',
            'AM',
            { Mark: 'Absent', 'Followed up at': '2026-01-12 10:00' },
            7,
          ),
          attendanceRow('2026-01-12', 'PM', { 'Placement ID': 'AP-0002' }, 8),
        ],
      },
      '2026-01-20',
      17,
    );
    expect(placementView(sd, onlyPlacement(sd)).attendance).toEqual({
      marked: 4,
      attended: 2,
      percent: 50,
      // Expected from Mon 5 Jan to Mon 19 Jan: 10 sessions, 5 reported (No session counts as reported).
      sessionsMissing: 5,
      absencesNotFollowedUp: [
        { row: 2, date: '2025-12-15', session: 'AM', reason: '' },
        { row: 5, date: '2026-01-07', session: 'AM', reason: 'Ill' },
      ],
    });
  });

  it('has nothing to count in a holiday, before the next half-term starts', () => {
    const sd = dayWith({ attendance: [attendanceRow('2026-02-13', 'AM', {}, 2)] }, '2026-02-17');
    expect(placementView(sd, onlyPlacement(sd)).attendance).toMatchObject({
      marked: 0,
      percent: null,
      sessionsMissing: 0,
    });
  });

  it("lists the placement's documents and its provider's, newest first", () => {
    const sd = dayWith({
      providers: [providerRow()],
      documents: [
        documentRow(
          {
            Created: '2026-01-05 09:00:00',
            Subject: 'AP-0001',
            Document: 'Parent/carer agreement',
            Link: 'https://docs.example/1',
          },
          2,
        ),
        documentRow(
          {
            Created: '2026-01-06 09:00:00',
            Subject: 'AP-0002',
            Document: 'Parent/carer agreement',
            Link: 'https://docs.example/2',
          },
          3,
        ),
        documentRow(
          {
            Created: '2026-01-07 09:00:00',
            Subject: 'riverside skills centre',
            Document: 'Safeguarding confirmation request',
            Link: '',
          },
          4,
        ),
      ],
    });
    expect(placementView(sd, onlyPlacement(sd)).documents).toEqual([
      {
        created: '2026-01-07 09:00:00',
        document: 'Safeguarding confirmation request',
        link: '',
        row: 4,
      },
      {
        created: '2026-01-05 09:00:00',
        document: 'Parent/carer agreement',
        link: 'https://docs.example/1',
        row: 2,
      },
    ]);
  });
});
