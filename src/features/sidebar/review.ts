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
import { recheckPlacements } from '../recheck';
import { done, invalid, logChange, NOT_SET_UP, refused, underLock } from './form-result';
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
    const reviewRow = book.checks.reviews.grid.length + 1;
    const problem = appendRecords(Reviews, [plan.review], read.workbook.dates);
    if (problem) return refused(problem);
    if (plan.terminate) {
      // Only these two cells of the placement's row (a person's columns, written at their word).
      writeRowCells(book.checks.placements, p.row.rowNumber, {
        status: 'Terminated',
        actualEndDate: plan.terminate.actualEndDate,
      });
    }
    const logProblem = logChange({
      action: 'Review recorded',
      subject: review.placementId,
      detail: `Review date ${review.reviewDate}${review.decision ? `, decision ${review.decision}` : ''}`,
    });
    // Last review, Next review due and Checks follow the new review, as onEdit would after typing.
    const after = readSidebarWorkbook();
    if (after.complete)
      recheckPlacements(after.complete.checks, { rows: new Set([p.row.rowNumber]) });
    const saved = `Saved the review of ${review.placementId} on ${formatDate(review.reviewDate)} (Reviews row ${reviewRow}).`;
    return done([saved, ...plan.said, logProblem].filter(Boolean).join(' '), null, after, {
      sheetName: 'Placements',
      row: p.row.rowNumber,
    });
  });
}
