// A review from the sidebar as a Reviews row, and what a decision to terminate changes (P14, P15).
import type { IsoDate } from '../cells';
import { formatDate } from '../calendar/iso-date';
import { isFinished } from '../rules/context';
import type { PlacementOnDay } from '../reminders/reminder-day';
import type { FieldErrors, ReviewForm } from '../../shared/sidebar-api';
import { headersOf } from '../rules/problem';
import { missingFromReview, REVIEW_NEEDS, Reviews } from '../sheets/reviews';

const REVIEW_HEADERS = headersOf(Reviews);

/** A Reviews row to append, by column key ('' for a blank cell). */
export type ReviewRowToWrite = {
  readonly reviewDate: IsoDate;
  readonly placementId: string;
  readonly attendees: string;
  readonly parentAttended: string;
  readonly pupilsView: string;
  readonly progress: string;
  readonly safeAndMeetingNeeds: string;
  readonly decision: string;
  readonly actions: string;
  readonly recordedBy: string;
};

export type ReviewPlan =
  | {
      readonly ok: true;
      readonly review: ReviewRowToWrite;
      /** Set for "Terminate placement": Status and Actual end date on the placement's row. */
      readonly terminate?: { readonly actualEndDate: IsoDate };
      /** What the person reads after saving (the Reviews row number is added by the caller). */
      readonly said: readonly string[];
    }
  | { readonly ok: false; readonly fieldErrors: FieldErrors };

/** The form's own field for each column a review must record (DOMAIN.md §4 Reviews). */
const FORM_FIELD: Readonly<Record<(typeof REVIEW_NEEDS)[number], keyof ReviewForm>> = {
  attendees: 'attendees',
  progress: 'progress',
  safeAndMeetingNeeds: 'safeAndMeetingNeeds',
  decision: 'decision',
};

const WHY_NEEDED: Readonly<Record<(typeof REVIEW_NEEDS)[number], string>> = {
  attendees: 'Say who took part in the review.',
  progress: "Choose how the pupil's progress stands.",
  safeAndMeetingNeeds: "Choose whether the placement is safe and meeting the pupil's needs.",
  decision: 'Choose what the review decided.',
};

/** Each required field left blank, named: without them it is not a review (policy P14). */
function missingFields(form: ReviewForm): Record<string, string> {
  const missing = missingFromReview({
    attendees: form.attendees.trim() || undefined,
    progress: form.progress || undefined,
    safeAndMeetingNeeds:
      form.safeAndMeetingNeeds === '' ? undefined : form.safeAndMeetingNeeds === 'Yes',
    decision: form.decision || undefined,
  });
  const errors: Record<string, string> = {};
  for (const key of missing) {
    errors[FORM_FIELD[key]] =
      `${REVIEW_HEADERS[key]}: ${WHY_NEEDED[key]} A review counts only when it records attendees, progress, whether the placement is safe and meeting needs, and the decision (policy point 14).`;
  }
  return errors;
}

/**
 * A review held (never one still to come: Last review counts reviews up to today). "Terminate
 * placement" needs `confirmTermination` and sets the placement's Status and Actual end date; "End
 * placement" changes nothing on Placements, because Ended needs the Destination only staff know.
 */
export function planReview(
  form: ReviewForm,
  p: PlacementOnDay | undefined,
  today: IsoDate,
  recordedBy: string,
  /** An earlier attempt of this same request stopped part-way: what it did is not refused. */
  resuming = false,
): ReviewPlan {
  const errors: Record<string, string> = {};
  if (!p) errors.placementId = `${form.placementId} is not on the Placements sheet.`;
  if (form.reviewDate > today) {
    errors.reviewDate = `${formatDate(form.reviewDate)} is still to come: record the review once it has been held.`;
  }
  for (const [field, said] of Object.entries(missingFields(form))) errors[field] = said;
  const status = p?.row.record.status;
  const terminating = form.decision === 'Terminate placement';
  const resumedTermination = resuming && status === 'Terminated';
  if (terminating && p && isFinished(status) && !resumedTermination) {
    errors.decision = `${form.placementId} is already ${status}.`;
  } else if (terminating && !form.confirmTermination) {
    errors.confirmTermination = `Tick to confirm: this sets ${form.placementId}'s Status to Terminated and its Actual end date to ${formatDate(form.reviewDate)}.`;
  }
  if (!p || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const row = p.row.rowNumber;
  const said: string[] = [];
  if (terminating) {
    said.push(
      `${form.placementId} is now Terminated, ended ${formatDate(form.reviewDate)}: record the Destination on Placements row ${row} when it is known.`,
    );
  } else if (form.decision === 'End placement') {
    said.push(
      `To end ${form.placementId}, set Status to Ended and fill in Actual end date and Destination on Placements row ${row}: the add-on does not, since the destination is yours to record.`,
    );
  }
  const unsaid = [
    ...(form.pupilsView.trim() === '' ? ["Pupil's view (policy point 5)"] : []),
    ...(form.parentCarerAttended === '' ? ['Parent/carer attended (policy point 10)'] : []),
  ];
  if (unsaid.length > 0) {
    said.push(
      `${unsaid.join(' and ')} ${unsaid.length === 1 ? 'was' : 'were'} left blank: add ${unsaid.length === 1 ? 'it' : 'them'} on the Reviews sheet when known.`,
    );
  }
  if (form.safeAndMeetingNeeds === 'No' && !terminating && form.decision !== 'End placement') {
    said.push(
      'The review says the placement is not safe or not meeting needs: agree the actions with the DSL (policy P15).',
    );
  }
  return {
    ok: true,
    review: {
      reviewDate: form.reviewDate,
      placementId: form.placementId,
      attendees: form.attendees.trim(),
      parentAttended: form.parentCarerAttended,
      pupilsView: form.pupilsView.trim(),
      progress: form.progress,
      safeAndMeetingNeeds: form.safeAndMeetingNeeds,
      decision: form.decision,
      actions: form.actions.trim(),
      recordedBy,
    },
    ...(terminating ? { terminate: { actualEndDate: form.reviewDate } } : {}),
    said,
  };
}
