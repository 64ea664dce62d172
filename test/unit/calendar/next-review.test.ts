// Next review due (DOMAIN.md §3.2, policy P14: at least half-termly) and Last review from Reviews.
import { lastReviewDates, nextReviewDue } from '../../../src/domain/calendar/next-review';
import { schoolCalendar } from '../../../src/domain/calendar/school-calendar';
import { DERBYSHIRE_2025_26 } from './derbyshire-2025-26';

const derbyshire = schoolCalendar(DERBYSHIRE_2025_26);

function due(startDate?: string, lastReview?: string, reviewEveryWeeks: number | undefined = 6) {
  return nextReviewDue(derbyshire, { startDate, lastReview, reviewEveryWeeks });
}

describe('Next review due, Derbyshire 2025/26 (DOMAIN.md §3.2)', () => {
  it('is start + 6 weeks when that comes first and is a school day', () => {
    expect(due('2025-09-04')).toEqual({ base: '2025-09-04', due: '2025-10-16' });
  });

  it('moves back out of the February half-term to the last school day before it', () => {
    // 5 Jan + 6 weeks = Mon 16 Feb, in the holiday: back to Fri 13 Feb.
    expect(due('2026-01-05').due).toBe('2026-02-13');
  });

  it('moves back off the Mon 4 May 2026 bank holiday to Fri 1 May', () => {
    expect(due('2026-02-23', '2026-03-23').due).toBe('2026-05-01');
  });

  it('is the last school day of the half-term after the base when that comes first', () => {
    // 4 Sep + 20 weeks = 22 Jan; the half-term after Autumn 1 is Autumn 2, ending Fri 19 Dec.
    expect(due('2025-09-04', undefined, 20).due).toBe('2025-12-19');
    // A review on the last day of Spring 2: the half-term after is Summer 1 (ends Fri 22 May).
    expect(due('2026-01-05', '2026-03-27', 12).due).toBe('2026-05-22');
  });

  it('counts a base in a holiday as in the half-term that follows', () => {
    // Review held on 29 Oct (half-term): it belongs to Autumn 2, so the cap is Spring 1 (13 Feb).
    expect(due('2025-09-04', '2025-10-29', 16).due).toBe('2026-02-13');
  });

  it('counts from the last review rather than the start date', () => {
    expect(due('2025-09-04', '2025-11-10').due).toBe('2025-12-19');
    // 15 Sep + 6 weeks = Mon 27 Oct (half-term): back to Fri 24 Oct, before the break.
    expect(due('2025-09-04', '2025-09-15').due).toBe('2025-10-24');
  });

  it('never moves back before the base: a holiday review with a one-week interval', () => {
    expect(due('2025-09-04', '2025-12-22', 1).due).toBe('2026-01-05');
  });

  it('uses the default of 6 weeks when Review every (weeks) is missing', () => {
    expect(due('2025-09-04', undefined, undefined).due).toBe('2025-10-16');
  });

  it('with no term dates, is base + interval and says term dates are missing', () => {
    const none = schoolCalendar([]);
    expect(
      nextReviewDue(none, { startDate: '2026-01-05', lastReview: undefined, reviewEveryWeeks: 6 }),
    ).toEqual({ base: '2026-01-05', due: '2026-02-16', note: 'no-term-dates' });
  });

  it('when next year is not entered yet, is base + interval and says so', () => {
    expect(due('2026-06-15')).toEqual({
      base: '2026-06-15',
      due: '2026-07-23',
      note: 'beyond-term-dates',
    });
    expect(due('2026-07-20').note).toBe('beyond-term-dates');
  });

  it('has no due date without a start date or review', () => {
    expect(due(undefined)).toEqual({ base: undefined, due: undefined });
  });
});

describe('Last review (latest Review date for the Placement ID)', () => {
  // DOMAIN.md §4 Reviews: the four fields that make a row a review.
  const held = {
    attendees: 'Pastoral lead, provider',
    progress: 'On track',
    safeAndMeetingNeeds: true,
    decision: 'Continue',
  } as const;

  it('ignores future-dated and unreadable rows and other placements', () => {
    const latest = lastReviewDates(
      [
        { ...held, placementId: 'AP-0001', reviewDate: '2025-10-01' },
        { ...held, placementId: 'AP-0001', reviewDate: '2025-11-20' },
        { ...held, placementId: 'AP-0001', reviewDate: '2026-01-09' },
        { ...held, placementId: 'AP-0001', reviewDate: undefined },
        { ...held, placementId: 'AP-0002', reviewDate: '2025-09-30' },
        { ...held, placementId: undefined, reviewDate: '2025-12-01' },
      ],
      '2025-12-01',
    );
    expect(latest.get('AP-0001')).toBe('2025-11-20');
    expect(latest.get('AP-0002')).toBe('2025-09-30');
    expect(latest.size).toBe(2);
  });

  it('counts a row only when it records Attendees, Progress, Safe and meeting needs and Decision', () => {
    const earlier = { ...held, placementId: 'AP-0001', reviewDate: '2025-10-01' } as const;
    for (const blank of ['attendees', 'progress', 'safeAndMeetingNeeds', 'decision'] as const) {
      const latest = lastReviewDates(
        [
          earlier,
          { ...held, [blank]: undefined, placementId: 'AP-0001', reviewDate: '2025-11-20' },
        ],
        '2025-12-01',
      );
      expect(latest.get('AP-0001')).toBe('2025-10-01');
    }
    // "No" is an answer: a review that finds the placement unsafe still counts.
    const unsafe = {
      ...held,
      safeAndMeetingNeeds: false,
      placementId: 'AP-0001',
      reviewDate: '2025-11-20',
    };
    expect(lastReviewDates([earlier, unsafe], '2025-12-01').get('AP-0001')).toBe('2025-11-20');
    // Only a date and an ID: no review at all.
    expect(
      lastReviewDates([{ placementId: 'AP-0001', reviewDate: '2025-11-20' }], '2025-12-01').size,
    ).toBe(0);
  });
});
