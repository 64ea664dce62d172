// The Reviews sheet: one row per placement review (policy P14: at least half-termly).
import { choice, date, defineSheet, placementId, text, yesNo, type RecordOf } from '../columns';

export const PROGRESS = ['On track', 'Some progress', 'Not on track'] as const;

export const DECISIONS = [
  'Continue',
  'Amend plan',
  'End placement',
  'Terminate placement',
] as const;

export const Reviews = defineSheet('Reviews', {
  reviewDate: date('Review date'),
  placementId: placementId('Placement ID'),
  attendees: text('Attendees'),
  parentAttended: yesNo('Parent/carer attended'),
  pupilsView: text("Pupil's view"),
  progress: choice('Progress', PROGRESS),
  safeAndMeetingNeeds: yesNo('Safe and meeting needs'),
  decision: choice('Decision', DECISIONS),
  actions: text('Actions'),
  recordedBy: text('Recorded by'),
});

export type Review = RecordOf<typeof Reviews>;

/**
 * What a review must record to count (DOMAIN.md §4 Reviews; policy P14: objectives met, pupil
 * attending, placement safe and meeting needs, and the decision to continue, amend or end).
 * Without them a row does not move Last review or Next review due and does not clear a concern.
 */
export const REVIEW_NEEDS = ['attendees', 'progress', 'safeAndMeetingNeeds', 'decision'] as const;

/** Expected but not required: parents invited (P10) and the pupil's own assessment (P5). */
export const REVIEW_EXPECTS = ['pupilsView', 'parentAttended'] as const;

export type ReviewFields = Partial<
  Pick<Review, (typeof REVIEW_NEEDS)[number] | (typeof REVIEW_EXPECTS)[number]>
>;

/** The required fields a review leaves blank (or that could not be read), by column key. */
export function missingFromReview(review: ReviewFields): (typeof REVIEW_NEEDS)[number][] {
  return REVIEW_NEEDS.filter((key) => {
    const value = review[key];
    return value === undefined || (typeof value === 'string' && value.trim() === '');
  });
}

/** A row counts as a review only when it records everything REVIEW_NEEDS names. */
export function countsAsReview(review: ReviewFields): boolean {
  return missingFromReview(review).length === 0;
}
