// When a placement was last reviewed and when its next review is due (DOMAIN.md §3.2, policy P14).
import type { IsoDate } from '../cells';
import { DEFAULT_REVIEW_WEEKS } from '../sheets/placements';
import { countsAsReview, type Review, type ReviewFields } from '../sheets/reviews';
import { addDays, earlier, isIsoDate } from './iso-date';
import type { SchoolCalendar } from './school-calendar';

/**
 * Why the due date is base + interval alone: Term dates is empty, or does not reach the half-term
 * after the base (next year's dates not entered yet). The rules turn this into a warning.
 */
export type ReviewDueNote = 'no-term-dates' | 'beyond-term-dates';

export interface ReviewDue {
  /** The day the base was counted from: the last review, else the start date. */
  readonly base: IsoDate | undefined;
  readonly due: IsoDate | undefined;
  readonly note?: ReviewDueNote;
}

/** Review every (weeks) allows 1–52 (the column's own limits); anything else counts as the default. */
const LONGEST_REVIEW_WEEKS = 52;

export interface ReviewSchedule {
  readonly startDate: IsoDate | undefined;
  readonly lastReview: IsoDate | undefined;
  readonly reviewEveryWeeks: number | undefined;
}

/**
 * The earlier of (base + Review every (weeks)) and the last school day of the half-term after the
 * one containing the base; a due date outside term moves back to the last school day before it
 * (DOMAIN.md §3.2). It never moves back before the base: a review held in a holiday with a short
 * interval is then due on the first school day after it.
 */
export function nextReviewDue(calendar: SchoolCalendar, schedule: ReviewSchedule): ReviewDue {
  const base = isIsoDate(schedule.lastReview) ? schedule.lastReview : schedule.startDate;
  if (!isIsoDate(base)) return { base: undefined, due: undefined };
  const every = schedule.reviewEveryWeeks;
  const weeks =
    Number.isInteger(every) && (every as number) >= 1 && (every as number) <= LONGEST_REVIEW_WEEKS
      ? (every as number)
      : DEFAULT_REVIEW_WEEKS;
  const byInterval = addDays(base, weeks * 7);
  if (!calendar.hasTermDates) return { base, due: byInterval, note: 'no-term-dates' };

  const halfTerm = calendar.halfTermContaining(base);
  const following = halfTerm && calendar.halfTermAfter(halfTerm);
  const byHalfTerm = following && calendar.lastSchoolDayOf(following);
  const due = earlier(byInterval, byHalfTerm);
  if (due === undefined) return { base, due: undefined };

  const inTerm =
    calendar.isSchoolDay(due) || !calendar.covers(due)
      ? due
      : calendar.lastSchoolDayOnOrBefore(due);
  const moved = inTerm !== undefined && inTerm >= base ? inTerm : calendar.addSchoolDays(base, 1);
  return byHalfTerm ? { base, due: moved } : { base, due: moved, note: 'beyond-term-dates' };
}

/**
 * The latest Review date for each Placement ID among the rows that count as reviews (DOMAIN.md §4:
 * an empty or half-filled row is not one), ignoring rows dated after today (a slip, or a review
 * booked rather than held) and rows whose date could not be read.
 */
export function lastReviewDates(
  reviews: Iterable<Pick<Review, 'placementId' | 'reviewDate'> & ReviewFields>,
  today: IsoDate,
): Map<string, IsoDate> {
  const latest = new Map<string, IsoDate>();
  for (const review of reviews) {
    const { placementId, reviewDate } = review;
    if (typeof placementId !== 'string' || !isIsoDate(reviewDate) || reviewDate > today) continue;
    if (!countsAsReview(review)) continue;
    const known = latest.get(placementId);
    if (known === undefined || reviewDate > known) latest.set(placementId, reviewDate);
  }
  return latest;
}
