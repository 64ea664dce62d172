// One placement at a glance: status, checklist, checks, reviews, attendance, documents (issue 6, item 1).
import { statusChecklist } from '../checklist';
import { checkPlacementRows } from '../rules/check-placements';
import { isFinished, nameKey } from '../rules/context';
import type { PlacementOnDay } from '../reminders/reminder-day';
import { reviewState } from '../reminders/reviews';
import type { CheckEntry, DocumentEntry, PlacementView } from '../../shared/sidebar-api';
import { halfTermAttendance } from './half-term-attendance';
import type { SidebarDay } from './sidebar-day';

/** The newest documents first; the Documents sheet has the rest. */
export const MOST_DOCUMENTS = 20;

/** Errors first (as in the Checks column), by the same rules as Validate all. */
function checksOf(sd: SidebarDay, p: PlacementOnDay): CheckEntry[] {
  const [check] = checkPlacementRows(sd.day.placements, new Set([p.row.rowNumber]));
  return (check?.problems ?? []).map((problem) => ({
    severity: problem.severity,
    column: problem.column,
    message: problem.message,
  }));
}

/** Where the next review stands: the reminders' reviewState for a running placement. */
function reviewOf(sd: SidebarDay, p: PlacementOnDay): PlacementView['review'] {
  if (isFinished(p.row.record.status)) return 'not due';
  if (p.context.review.due === undefined) return 'unknown';
  const state = reviewState(sd.day, p);
  return state?.state ?? 'not due';
}

/** The placement's documents, and its provider's (the safeguarding confirmation request). */
function documentsOf(sd: SidebarDay, p: PlacementOnDay): DocumentEntry[] {
  const keys = [nameKey(p.row.record.placementId), nameKey(p.row.record.provider)];
  const rows = [...new Set(keys)].flatMap((key) =>
    key === undefined ? [] : (sd.documentsBySubject.get(key) ?? []),
  );
  return rows
    .map(({ rowNumber, record }) => ({
      created: record.created ?? '',
      document: record.document ?? '',
      link: record.link ?? '',
      row: rowNumber,
    }))
    .sort((a, b) => (a.created > b.created ? -1 : a.created < b.created ? 1 : b.row - a.row))
    .slice(0, MOST_DOCUMENTS);
}

export function placementView(sd: SidebarDay, p: PlacementOnDay): PlacementView {
  const placement = p.row.record;
  const checklist = statusChecklist(p.context);
  return {
    placementId: placement.placementId ?? '',
    row: p.row.rowNumber,
    pupilName: placement.pupilName ?? '',
    status: placement.status ?? '',
    provider: placement.provider ?? '',
    sessions: placement.sessions ?? '',
    startDate: placement.startDate ?? '',
    plannedEndDate: placement.plannedEndDate ?? '',
    nextStatus: checklist.nextStatus ?? '',
    checklist: checklist.items.map((item) => ({
      label: item.item,
      done: item.done,
      required: item.required,
      todo: item.todo,
    })),
    checks: checksOf(sd, p),
    lastReview: p.context.lastReview ?? '',
    nextReviewDue: p.context.review.due ?? '',
    review: reviewOf(sd, p),
    attendance: halfTermAttendance(sd, p),
    safeguardingConcernDate: placement.safeguardingConcernDate ?? '',
    laNotified: placement.laNotified ?? '',
    documents: documentsOf(sd, p),
  };
}
