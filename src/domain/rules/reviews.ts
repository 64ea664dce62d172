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
import { incompleteReviewSaid, type IncompleteReview } from './review-rows';

/** "; Reviews row 14 (…) does not count as a review until Decision is filled in", or ''. */
function notCounted(incomplete: readonly IncompleteReview[]): string {
  const [latest] = incomplete;
  return latest ? ` (${incompleteReviewSaid(latest)})` : '';
}

/** Next review due before today on an Active or Paused placement: an error (DOMAIN.md §5). */
export const reviewOverdue: PlacementRule = (context) => {
  if (!isOverdue(context)) return [];
  return [
    error(
      PLACEMENT.nextReviewDue,
      `the review due on ${formatDate(context.review.due)} is overdue — hold the review and record it on the Reviews sheet (P14: at least half-termly)${notCounted(context.incompleteReviews)}`,
    ),
  ];
};

function isOverdue({ placement, review, today }: PlacementContext): boolean {
  return isRunning(placement.status) && isIsoDate(review.due) && review.due < today;
}

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
export const concernReviewed: PlacementRule = (context) => {
  const concern = concernAwaitingReview(context);
  if (concern === undefined) return [];
  const { lastReview } = context;
  const since =
    lastReview === undefined
      ? 'and the placement has not been reviewed since'
      : `after the last review (${formatDate(lastReview)})`;
  return [
    error(
      PLACEMENT.safeguardingConcernDate,
      `a concern was recorded on ${formatDate(concern)}, ${since} — review the placement today and record it on Reviews, or set Status to Paused until it is reviewed (P15)${notCounted(context.incompleteReviews)}`,
      [PLACEMENT.safeguardingConcernDate, PLACEMENT.lastReview],
    ),
  ];
};

/**
 * A review held since the last one that counts, but missing what makes it a review (DOMAIN.md §4
 * Reviews): a warning naming the Reviews row, unless the overdue or concern error already names it.
 */
export const reviewsIncomplete: PlacementRule = (context) => {
  const { placement, incompleteReviews } = context;
  if (isFinished(placement.status) || incompleteReviews.length === 0) return [];
  if (isOverdue(context) || concernAwaitingReview(context) !== undefined) return [];
  return incompleteReviews.map((review) =>
    warning(PLACEMENT.lastReview, `${incompleteReviewSaid(review)} on the Reviews sheet`),
  );
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
