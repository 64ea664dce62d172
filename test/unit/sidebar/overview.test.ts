// The overview's lists, found by the reminders' own rules, most pressing first, opening their rows.
import { buildOverview, MOST_ITEMS } from '../../../src/domain/sidebar/overview';
import { placementRow, providerRow, reviewRow } from '../rules/fixtures';
import { attendanceRow } from '../reminders/school-weeks';
import { dayWith } from './fixtures';

/** What a review records to count (DOMAIN.md §4, Reviews). */
const COMPLETE_REVIEW = {
  Attendees: 'Jo Example; Robin Tutor',
  Progress: 'On track',
  'Safe and meeting needs': 'Yes',
  Decision: 'Continue',
};

describe('the overview', () => {
  it('lists active placements, each opening its row and naming its placement', () => {
    const overview = buildOverview(dayWith());
    expect(overview.today).toBe('2026-01-20');
    expect(overview.activePlacements).toEqual({
      title: 'Active placements',
      count: 1,
      items: [
        {
          label: 'AP-0001 Casey Example',
          detail: 'Riverside Skills Centre',
          link: { sheet: 'Placements', row: 2 },
          placementId: 'AP-0001',
        },
      ],
    });
  });

  it('lists concerns awaiting review by the Checks’ own test, the longest waiting first', () => {
    const sd = dayWith(
      {
        placements: [
          placementRow({ 'Safeguarding concern date': '2026-01-20' }, 2),
          placementRow({ 'Placement ID': 'AP-0002', 'Safeguarding concern date': '2026-01-14' }, 3),
          // Reviewed on the day of the concern: the review counts, nothing waits.
          placementRow({ 'Placement ID': 'AP-0003', 'Safeguarding concern date': '2026-01-12' }, 4),
          // Finished: the Checks do not ask for a review.
          placementRow(
            {
              'Placement ID': 'AP-0004',
              Status: 'Ended',
              'Actual end date': '2026-01-16',
              Destination: 'Mainstream school',
              'Safeguarding concern date': '2026-01-15',
            },
            5,
          ),
          // A review before the concern does not count.
          placementRow({ 'Placement ID': 'AP-0005', 'Safeguarding concern date': '2026-01-19' }, 6),
        ],
        reviews: [
          reviewRow(
            { ...COMPLETE_REVIEW, 'Review date': '2026-01-12', 'Placement ID': 'AP-0003' },
            2,
          ),
          reviewRow(
            { ...COMPLETE_REVIEW, 'Review date': '2026-01-16', 'Placement ID': 'AP-0005' },
            3,
          ),
        ],
      },
      '2026-01-20',
    );
    const { concernsAwaitingReview } = buildOverview(sd);
    expect(concernsAwaitingReview.title).toBe('Concerns awaiting review');
    expect(concernsAwaitingReview.items).toEqual([
      {
        label: 'AP-0002 Casey Example',
        detail: 'Concern Wed 14 Jan 2026: 6 days waiting; review it today',
        link: { sheet: 'Placements', row: 3 },
        placementId: 'AP-0002',
      },
      {
        label: 'AP-0005 Casey Example',
        detail: 'Concern Mon 19 Jan 2026: 1 day waiting; review it today',
        link: { sheet: 'Placements', row: 6 },
        placementId: 'AP-0005',
      },
      {
        label: 'AP-0001 Casey Example',
        detail: 'Concern Tue 20 Jan 2026: recorded today; review it today',
        link: { sheet: 'Placements', row: 2 },
        placementId: 'AP-0001',
      },
    ]);
    expect(buildOverview(dayWith()).concernsAwaitingReview.count).toBe(0);
  });

  it('puts reviews overdue before those due, the most overdue first', () => {
    const sd = dayWith(
      {
        placements: [
          placementRow({ 'Start date': '2026-01-12' }, 2),
          placementRow(
            { 'Placement ID': 'AP-0002', 'Start date': '2026-01-05', 'Review every (weeks)': 2 },
            3,
          ),
          placementRow(
            { 'Placement ID': 'AP-0003', 'Start date': '2026-01-05', 'Review every (weeks)': 3 },
            4,
          ),
        ],
      },
      '2026-02-02',
    );
    const { reviewsDue, reviewsOverdue } = buildOverview(sd);
    expect(reviewsOverdue.items.map((i) => [i.placementId, i.detail])).toEqual([
      ['AP-0002', 'Review was due Mon 19 Jan 2026 (10 school days ago)'],
      ['AP-0003', 'Review was due Mon 26 Jan 2026 (5 school days ago)'],
    ]);
    expect(reviewsDue.items.map((i) => [i.placementId, i.detail])).toEqual([
      ['AP-0001', 'Review due Mon 23 Feb 2026 (in 10 school days)'],
    ]);
  });

  it('lists returns never sent (oldest first) and absences nobody followed up, opening the Attendance row', () => {
    const sd = dayWith(
      {
        attendance: [
          attendanceRow('2026-01-19', 'AM', {}, 2),
          attendanceRow('2026-01-19', 'PM', { Mark: 'Absent', 'Absence reason': 'Unwell' }, 3),
        ],
      },
      '2026-01-20',
      9,
    );
    const overview = buildOverview(sd);
    expect(overview.attendanceMissingToday.count).toBe(6);
    expect(overview.attendanceMissingToday.items[0]?.detail).toBe(
      'Wed 7 Jan 2026 AM: not reported by Riverside Skills Centre',
    );
    expect(overview.absencesNotFollowedUp.items).toEqual([
      {
        label: 'AP-0001 Casey Example',
        detail: 'Absent Mon 19 Jan 2026 PM: Unwell',
        link: { sheet: 'Attendance', row: 3 },
        placementId: 'AP-0001',
      },
    ]);
  });

  it('lists provider checks expired before those expiring, opening the Providers row', () => {
    const sd = dayWith({
      providers: [
        providerRow({
          'Insurance expiry': '2026-02-10',
          'Safeguarding confirmation expires': '2026-01-10',
        }),
      ],
    });
    expect(
      buildOverview(sd).providerChecksExpiring.items.map((i) => [
        i.label,
        i.link,
        i.detail.slice(0, 60),
      ]),
    ).toEqual([
      [
        'Riverside Skills Centre',
        { sheet: 'Providers', row: 2 },
        'The safeguarding confirmation of Riverside Skills Centre exp',
      ],
      [
        'Riverside Skills Centre',
        { sheet: 'Providers', row: 2 },
        'The insurance of Riverside Skills Centre expires on Tue 10 F',
      ],
    ]);
  });

  it('lists placements starting (ready or not) and ending within 10 school days', () => {
    const sd = dayWith({
      placements: [
        placementRow({ 'Planned end date': '2026-01-30' }, 2),
        placementRow(
          {
            'Placement ID': 'AP-0002',
            Status: 'Agreed',
            'Start date': '2026-01-26',
            'LA notified': '',
          },
          3,
        ),
        placementRow(
          { 'Placement ID': 'AP-0003', Status: 'Proposed', 'Start date': '2026-01-22' },
          4,
        ),
      ],
    });
    const overview = buildOverview(sd);
    expect(overview.startingSoon.items.map((i) => [i.placementId, i.detail])).toEqual([
      ['AP-0003', 'Starts Thu 22 Jan 2026; ready to be Agreed'],
      ['AP-0002', 'Starts Mon 26 Jan 2026; not ready to be Active: 1 thing to do'],
    ]);
    expect(overview.endingSoon.items.map((i) => [i.placementId, i.detail])).toEqual([
      ['AP-0001', 'Ends Fri 30 Jan 2026: plan reintegration, record the destination'],
    ]);
  });

  it(`shows at most ${MOST_ITEMS} lines of a list and counts them all`, () => {
    const placements = Array.from({ length: 70 }, (_, i) =>
      placementRow({ 'Placement ID': `AP-${String(i + 1).padStart(4, '0')}` }, i + 2),
    );
    const { activePlacements } = buildOverview(dayWith({ placements }));
    expect(activePlacements.count).toBe(70);
    expect(activePlacements.items).toHaveLength(MOST_ITEMS);
  });
});
