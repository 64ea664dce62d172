// One placement at a glance: the same checks, checklist, review state and attendance as the reminders.
import { placementView } from '../../../src/domain/sidebar/placement-view';
import { placementRow, providerRow, reviewRow } from '../rules/fixtures';
import { attendanceRow } from '../reminders/school-weeks';
import { dayWith, documentRow, onlyPlacement } from './fixtures';

describe('the placement view', () => {
  it('shows the row, its checklist for the next status, and no checks for a clean placement', () => {
    const sd = dayWith();
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
      checks: [],
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
        'Destination: blank — choose where the pupil went next (P5)',
      ],
    });
  });

  it('lists the checks errors first, as the Checks column does, naming their columns', () => {
    const sd = dayWith({
      placements: [placementRow({ 'LA notified': '', UPN: 'A801200005001', 'Year group': 7 })],
    });
    const view = placementView(sd, onlyPlacement(sd));
    expect(view.checks.map((c) => [c.severity, c.column])).toEqual([
      ['error', 'LA notified'],
      ['error', 'UPN'],
      ['warning', 'Year group'],
    ]);
  });

  it('says a review is due or overdue by the reminders’ rule (Review reminder days, school days)', () => {
    const due = dayWith({}, '2026-02-02');
    expect(placementView(due, onlyPlacement(due)).review).toBe('due');
    const overdue = dayWith({}, '2026-02-24');
    expect(placementView(overdue, onlyPlacement(overdue))).toMatchObject({
      review: 'overdue',
      checks: [expect.objectContaining({ column: 'Next review due', severity: 'error' })],
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
