// Reviews at least half-termly (P14), and at once after a safeguarding concern (P15).
import { formatDate, isIsoDate } from '../calendar/iso-date';
import type { IsoDate } from '../cells';
import {
  isFinished,
  isRunning,
  PLACEMENT,
  type PlacementContext,
  type PlacementRule,
} from './context';
import { error, warning } from './problem';

/** Next review due before today on an Active or Paused placement: an error (DOMAIN.md §5). */
export const reviewOverdue: PlacementRule = ({ placement, review, today }) => {
  const due = review.due;
  if (!isRunning(placement.status) || !isIsoDate(due) || due >= today) return [];
  return [
    error(
      PLACEMENT.nextReviewDue,
      `the review due on ${formatDate(due)} is overdue — hold the review and record it on the Reviews sheet (P14: at least half-termly)`,
    ),
  ];
};

/** Next review due could not allow for holidays (DOMAIN.md §3.2: say that term dates are missing). */
export const reviewTermDates: PlacementRule = ({ placement, review }) => {
  if (isFinished(placement.status) || review.due === undefined) return [];
  if (review.note === 'no-term-dates') {
    return [
      warning(
        PLACEMENT.nextReviewDue,
        'counted as Review every (weeks) from the last review without allowing for holidays, because the Term dates sheet has no half-terms — enter the school’s term dates',
      ),
    ];
  }
  if (review.note === 'beyond-term-dates') {
    return [
      warning(
        PLACEMENT.nextReviewDue,
        `the Term dates sheet does not cover ${formatDate(review.base)} and the half-term after it, so holidays were not allowed for — add those half-terms to Term dates`,
      ),
    ];
  }
  return [];
};

/**
 * The Safeguarding concern date still waiting for a review: after the last review (or with no
 * review since) on a placement not finished. One test for the rule below and the sidebar's lists.
 */
export function concernAwaitingReview({
  placement,
  lastReview,
}: Pick<PlacementContext, 'placement' | 'lastReview'>): IsoDate | undefined {
  const concern = placement.safeguardingConcernDate;
  if (isFinished(placement.status) || !isIsoDate(concern)) return undefined;
  if (lastReview !== undefined && lastReview >= concern) return undefined;
  return concern;
}

/**
 * A Safeguarding concern date after the last review (or with no review since): an error until the
 * placement is reviewed (P15: reviewed immediately, terminated if necessary).
 */
export const concernReviewed: PlacementRule = ({ placement, lastReview }) => {
  const concern = concernAwaitingReview({ placement, lastReview });
  if (concern === undefined) return [];
  const since =
    lastReview === undefined
      ? 'and the placement has not been reviewed since'
      : `after the last review (${formatDate(lastReview)})`;
  return [
    error(
      PLACEMENT.safeguardingConcernDate,
      `a concern was recorded on ${formatDate(concern)}, ${since} — review the placement today and record it on Reviews, or set Status to Paused until it is reviewed (P15)`,
      [PLACEMENT.safeguardingConcernDate, PLACEMENT.lastReview],
    ),
  ];
};

/** Terminated without a Reviews row deciding "Terminate placement" (a warning, DOMAIN.md §5). */
export const terminationRecorded: PlacementRule = ({ placement, terminationDecided }) => {
  if (placement.status !== 'Terminated' || terminationDecided) return [];
  return [
    warning(
      PLACEMENT.status,
      'Terminated, but no review on the Reviews sheet decided "Terminate placement" — record the review that decided it (P15)',
    ),
  ];
};
