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
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { done, invalid, logChange, NOT_SET_UP, refused, reread, underLock } from './form-result';
import { dayOf } from './state';

export function recordReview(form: unknown): FormResult {
  const parsed = parseForm(reviewForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const review = parsed.value;
  return underLock((): FormResult => {
    const read = readSidebarWorkbook();
    const book = read.complete;
    if (!book) return refused(NOT_SET_UP);
    const { day } = dayOf(book, read.now);
    const p = day.placementById.get(review.placementId);
    const plan = planReview(review, p, day.today, currentUserEmail());
    if (!plan.ok || !p) return invalid(plan.ok ? {} : plan.fieldErrors);
    // A second click after an answer that never arrived must not add the review twice.
    const twin = book.checks.reviews.rows.find(
      (r) =>
        r.record.placementId === review.placementId && r.record.reviewDate === review.reviewDate,
    );
    if (twin) {
      return invalid({
        reviewDate: `A review of ${review.placementId} on ${formatDate(review.reviewDate)} is already on Reviews row ${twin.rowNumber}: change that row on the sheet instead.`,
      });
    }
    const about = { sheetName: 'Placements', row: p.row.rowNumber };
    if (plan.terminate) {
      // First, so a review saying "Terminate placement" never stands beside an Active placement.
      // Only these two cells of the placement's row (a person's columns, written at their word).
      writeRowCells(book.checks.placements, p.row.rowNumber, {
        status: 'Terminated',
        actualEndDate: plan.terminate.actualEndDate,
      });
    }
    const reviewRow = book.checks.reviews.grid.length + 1;
    let problem: string | undefined;
    try {
      problem = appendRecords(Reviews, [plan.review], read.workbook.dates);
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    if (problem && !plan.terminate) return refused(problem);
    if (problem) {
      const { after } = reread(read, [p.row.rowNumber]);
      const said = `${review.placementId} is now Terminated (Status and Actual end date set), but the review could not be added to Reviews (${problem}): type it in there by hand.`;
      return done(said, null, after, about);
    }
    const logProblem = logChange({
      action: 'Review recorded',
      subject: review.placementId,
      detail: `Review date ${review.reviewDate}${review.decision ? `, decision ${review.decision}` : ''}`,
    });
    // Last review, Next review due and Checks follow the new review, as onEdit would after typing.
    const { after, problem: rereadProblem } = reread(read, [p.row.rowNumber]);
    const saved = `Saved the review of ${review.placementId} on ${formatDate(review.reviewDate)} (Reviews row ${reviewRow}).`;
    const said = [saved, ...plan.said, logProblem, rereadProblem].filter(Boolean).join(' ');
    return done(said, null, after, about);
  });
}
