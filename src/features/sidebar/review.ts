// Recording a review from the sidebar; "Terminate placement" also sets Status and Actual end date.
import { formatDate } from '../../domain/calendar/iso-date';
import { parseForm } from '../../domain/sidebar/forms/fields';
import { reviewForm } from '../../domain/sidebar/forms/schemas';
import { planReview } from '../../domain/sidebar/review-record';
import { Reviews } from '../../domain/sheets/reviews';
import type { FormResult } from '../../shared/sidebar-api';
import { appendRecords } from '../../workspace/document-records';
import { writeRowCells } from '../../workspace/row-cells';
import { currentUserEmail } from '../../workspace/session';
import { readSidebarWorkbook, type SidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import {
  done,
  invalid,
  logChange,
  NOT_SET_UP,
  onceUnderLock,
  refused,
  reread,
} from './form-result';
import { dayOf } from './state';

/**
 * The Reviews row, then (for "Terminate placement") Status and Actual end date on the placement's
 * row found by its ID, then the Log line. Each step finds what an earlier attempt of the same
 * request did (the row already on Reviews, the cells already set, the Log line already there),
 * so a repeat after a failure at any point completes the review and never adds it twice.
 */
export function recordReview(form: unknown): FormResult {
  const parsed = parseForm(reviewForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const review = parsed.value;
  return onceUnderLock(review.requestId, (attempt): FormResult => {
    const resuming = attempt.resumed !== undefined;
    const read = readSidebarWorkbook();
    const book = read.complete;
    if (!book) return refused(NOT_SET_UP);
    const { day } = dayOf(book, read.now);
    const p = day.placementById.get(review.placementId);
    const plan = planReview(review, p, day.today, currentUserEmail(), resuming);
    if (!plan.ok || !p) return invalid(plan.ok ? {} : plan.fieldErrors);
    // A second click after an answer that never arrived must not add the review twice.
    const twin = book.checks.reviews.rows.find(
      (r) =>
        r.record.placementId === review.placementId && r.record.reviewDate === review.reviewDate,
    );
    if (twin && !resuming) {
      return invalid({
        reviewDate: `A review of ${review.placementId} on ${formatDate(review.reviewDate)} is already on Reviews row ${twin.rowNumber}: change that row on the sheet instead.`,
      });
    }
    const about = { sheetName: 'Placements', row: p.row.rowNumber };
    if (!twin) {
      const problem = appendRecords(Reviews, [plan.review], read.workbook.dates);
      if (problem) return refused(`Nothing was saved: ${problem}`);
    }
    // The review is on Reviews: from here on nothing is thrown, every failure is said.
    const said: string[] = [
      `Saved the review of ${review.placementId} on ${formatDate(review.reviewDate)}.`,
    ];
    if (plan.terminate) {
      const terminated = terminate(book, p.row.rowNumber, plan.terminate.actualEndDate);
      if (!terminated.done) attempt.unfinished();
      said.push(terminated.said);
    } else said.push(...plan.said);
    const logProblem = logChange(
      {
        action: 'Review recorded',
        subject: review.placementId,
        detail: `Review date ${review.reviewDate}${review.decision ? `, decision ${review.decision}` : ''}`,
      },
      review.requestId,
      attempt,
    );
    // Last review, Next review due and Checks follow the new review, as onEdit would after typing.
    const { after, problem: rereadProblem } = reread(read, [review.placementId], attempt, review);
    return done(
      [...said, logProblem, rereadProblem].filter(Boolean).join(' '),
      null,
      after,
      about,
      read,
    );
  });
}

/** Status and Actual end date (those two cells only, a person's columns written at their word). */
function terminate(
  book: SidebarWorkbook,
  row: number,
  actualEndDate: string,
): { readonly done: boolean; readonly said: string } {
  try {
    const write = writeRowCells(book.checks.placements, row, {
      status: 'Terminated',
      actualEndDate,
    });
    if (write.written) {
      const said = [
        `The placement is now Terminated, ended ${formatDate(actualEndDate)}: record the Destination on Placements when it is known.`,
        write.said,
      ];
      return { done: true, said: said.filter(Boolean).join(' ') };
    }
    return {
      done: false,
      said: `But Status and Actual end date could not be set (${write.said ?? 'the row was not found'}): set Status to Terminated and Actual end date by hand.`,
    };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      done: false,
      said: `But Status and Actual end date may not have been set (${why}): look at the placement's row, and send this review again (it will not be saved twice) or set them by hand.`,
    };
  }
}
