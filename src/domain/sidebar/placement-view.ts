// One placement at a glance (issue 6, item 1), what needs doing first (issue 11, item 3): status,
// urgent items and errors, warnings, the checklist when near, reviews, attendance, documents.
import { isIsoDate } from '../calendar/iso-date';
import { statusChecklist } from '../checklist';
import { spellOutPolicy } from '../policy';
import { schoolDaysWithinNotice } from '../reminders/placement-dates';
import type { PlacementOnDay } from '../reminders/reminder-day';
import { reviewState } from '../reminders/reviews';
import { checkPlacementRows } from '../rules/check-placements';
import { isFinished, nameKey } from '../rules/context';
import type { Problem } from '../rules/problem';
import type { DocumentEntry, PlacementView } from '../../shared/sidebar-api';
import { halfTermAttendance } from './half-term-attendance';
import { needsDoing, warnings } from './needs-doing';
import type { SidebarDay } from './sidebar-day';

/** The newest documents first; the Documents sheet has the rest. */
export const MOST_DOCUMENTS = 20;

/** The row's problems by the same rules as Validate all (cross-row ones included), errors first. */
function problemsOf(sd: SidebarDay, p: PlacementOnDay): readonly Problem[] {
  const [check] = checkPlacementRows(sd.day.placements, new Set([p.row.rowNumber]));
  return check?.problems ?? [];
}

/**
 * Whether the move to the next status is near enough for its checklist to lead: a start (Proposed,
 * Agreed) or an end (Active) within the 10 school days the reminders give notice of, or already
 * past; a row with no status yet is becoming Proposed now. Paused resumes on no date.
 */
function statusChangeNear(sd: SidebarDay, p: PlacementOnDay): boolean {
  const { status, startDate, actualEndDate, plannedEndDate } = p.row.record;
  if (status === undefined) return true;
  const date =
    status === 'Proposed' || status === 'Agreed'
      ? startDate
      : status === 'Active'
        ? (actualEndDate ?? plannedEndDate)
        : undefined;
  if (!isIsoDate(date)) return false;
  return date < sd.day.today || schoolDaysWithinNotice(sd.day, date) !== undefined;
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
  const problems = problemsOf(sd, p);
  const attendance = halfTermAttendance(sd, p);
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
      todo: item.todo.map(spellOutPolicy),
    })),
    statusChangeNear: checklist.nextStatus !== undefined && statusChangeNear(sd, p),
    needsDoing: needsDoing(sd, p, problems, attendance.absencesNotFollowedUp),
    warnings: warnings(problems),
    lastReview: p.context.lastReview ?? '',
    nextReviewDue: p.context.review.due ?? '',
    review: reviewOf(sd, p),
    attendance,
    safeguardingConcernDate: placement.safeguardingConcernDate ?? '',
    laNotified: placement.laNotified ?? '',
    documents: documentsOf(sd, p),
  };
}
