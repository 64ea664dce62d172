// What makes a Reviews row a review (DOMAIN.md §4 Reviews, policy P14), and the checks on each row.
import type { IsoDate } from '../cells';
import { formatDate, isIsoDate } from '../calendar/iso-date';
import {
  missingFromReview,
  REVIEW_EXPECTS,
  REVIEW_NEEDS,
  Reviews,
  type Review,
} from '../sheets/reviews';
import type { TableRow } from '../table';
import { isBlank } from './context';
import { error, headersOf, sortProblems, warning, type Problem } from './problem';
import { listOf } from '../words';

/** Reviews headers by key. */
export const REVIEW = headersOf(Reviews);

/** Why each expected field matters, in the words staff read under the column. */
const EXPECTED_BECAUSE: Readonly<Record<(typeof REVIEW_EXPECTS)[number], string>> = {
  pupilsView:
    "record the pupil's own view of the placement (policy point 5: the full record includes the pupil's assessment)",
  parentAttended:
    'record whether the parent or carer attended (policy point 10: parents are invited to every review)',
};

/** A Reviews row held up to today that does not count, for the placement's own Checks. */
export interface IncompleteReview {
  readonly rowNumber: number;
  readonly reviewDate: IsoDate;
  readonly missing: readonly string[];
}

/** "Reviews row 14 (Thu 3 Dec 2026) does not count as a review until Attendees and Decision are filled in". */
export function incompleteReviewSaid(review: IncompleteReview): string {
  const verb = review.missing.length === 1 ? 'is' : 'are';
  return `Reviews row ${review.rowNumber} (${formatDate(review.reviewDate)}) does not count as a review until ${listOf(review.missing)} ${verb} filled in`;
}

/**
 * For each Placement ID, its held reviews (dated up to today) that do not count, newest first:
 * the rows a person would believe are reviews while the placement stays overdue.
 */
export function incompleteReviewsByPlacement(
  rows: readonly TableRow<Review>[],
  today: IsoDate,
): Map<string, IncompleteReview[]> {
  const byId = new Map<string, IncompleteReview[]>();
  for (const { rowNumber, record } of rows) {
    const { placementId, reviewDate } = record;
    if (!placementId || !isIsoDate(reviewDate) || reviewDate > today) continue;
    const missing = missingFromReview(record).map((key) => REVIEW[key]);
    if (missing.length === 0) continue;
    byId.set(placementId, [...(byId.get(placementId) ?? []), { rowNumber, reviewDate, missing }]);
  }
  for (const list of byId.values()) list.sort((a, b) => b.reviewDate.localeCompare(a.reviewDate));
  return byId;
}

/** A Reviews row's own problems, for its notes and colours and Validate all's count. */
export interface ReviewRowCheck {
  readonly rowNumber: number;
  readonly problems: readonly Problem[];
}

/**
 * Each Reviews row a person filled in: a date and a known Placement ID, and, once the review has
 * been held, what it must record to count (errors) and what it is expected to record (warnings). A
 * review dated after today is one booked, not held: only its date and ID are checked. A cell that
 * could not be read reports its own problem instead.
 */
export function checkReviewRows(
  rows: readonly TableRow<Review>[],
  placementIds: ReadonlySet<string>,
  today: IsoDate,
  wanted?: ReadonlySet<number>,
): ReviewRowCheck[] {
  return rows
    .filter((row) => !wanted || wanted.has(row.rowNumber))
    .map(({ rowNumber, record, problems: unreadable }) => {
      const unreadableColumns = new Set(unreadable.map((p) => p.column));
      const problems: Problem[] = unreadable.map((p) => error(p.column, p.message));
      const add = (problem: Problem) => {
        if (!unreadableColumns.has(problem.column)) problems.push(problem);
      };
      if (!isIsoDate(record.reviewDate)) {
        add(error(REVIEW.reviewDate, 'blank — enter the date the review was held'));
      }
      if (!record.placementId) {
        add(error(REVIEW.placementId, 'blank — enter the Placement ID of the placement reviewed'));
      } else if (!placementIds.has(record.placementId)) {
        add(
          error(
            REVIEW.placementId,
            `${record.placementId} is not on the Placements sheet — correct the Placement ID`,
          ),
        );
      }
      const held = !isIsoDate(record.reviewDate) || record.reviewDate <= today;
      if (held) {
        for (const key of REVIEW_NEEDS) {
          if (!isBlank(record[key])) continue;
          add(
            error(
              REVIEW[key],
              'blank — a review counts only when it records Attendees, Progress, Safe and meeting needs and Decision (policy point 14), so the placement stays due for review until this is filled in',
            ),
          );
        }
        for (const key of REVIEW_EXPECTS) {
          if (isBlank(record[key])) add(warning(REVIEW[key], `blank — ${EXPECTED_BECAUSE[key]}`));
        }
      }
      return { rowNumber, problems: sortProblems(problems) };
    });
}
