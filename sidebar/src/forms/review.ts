// A review (P14, the Reviews columns); "Terminate placement" asks to confirm first (P15).
import { html, type TemplateResult } from 'lit-html';
import type { PlacementView, ReviewForm } from '../../../src/shared/sidebar-api';
import { formatDate } from '../format';
import { callServer } from '../server';
import { changed, formStatus, today } from '../state';
import {
  errorFor,
  errorSummary,
  form,
  inputField,
  selectField,
  statusLine,
  submitButton,
  textArea,
  type Option,
} from './fields';
import { submitForm } from './submit';

/** The Reviews columns staff fill in; the selects only offer values the form type allows. */
type ReviewFields = Omit<ReviewForm, 'placementId' | 'confirmTermination' | 'requestId'>;

interface ReviewDraft {
  fields: Record<keyof ReviewFields, string>;
  /** The decision is "Terminate placement" and staff are looking at the confirm step. */
  confirming: boolean;
}

const drafts = new Map<string, ReviewDraft>();

const choices = (...values: string[]): Option[] => [
  { value: '', label: 'Choose…' },
  ...values.map((value) => ({ value, label: value })),
];

function draftFor(placementId: string): ReviewDraft {
  let draft = drafts.get(placementId);
  if (!draft) {
    draft = {
      fields: {
        reviewDate: today(),
        attendees: '',
        parentCarerAttended: '',
        pupilsView: '',
        progress: '',
        safeAndMeetingNeeds: '',
        decision: '',
        actions: '',
      },
      confirming: false,
    };
    drafts.set(placementId, draft);
  }
  return draft;
}

function submit(view: PlacementView, draft: ReviewDraft): void {
  const terminating = draft.fields.decision === 'Terminate placement';
  if (terminating && !draft.confirming) {
    draft.confirming = true;
    changed();
    document.getElementById('review-confirm')?.focus();
    return;
  }
  const fields = draft.fields as ReviewFields;
  void submitForm(
    `review:${view.placementId}`,
    (requestId) =>
      callServer('recordReview', {
        ...fields,
        attendees: fields.attendees.trim(),
        pupilsView: fields.pupilsView.trim(),
        actions: fields.actions.trim(),
        placementId: view.placementId,
        confirmTermination: terminating && draft.confirming,
        requestId,
      }),
    () => drafts.delete(view.placementId),
  ).then((saved) => {
    if (!saved) {
      draft.confirming = false;
      changed();
    }
  });
}

function confirmStep(view: PlacementView, draft: ReviewDraft): TemplateResult {
  const busy = formStatus(`review:${view.placementId}`).busy;
  return html`<div
    class="confirm"
    id="review-confirm"
    tabindex="-1"
    role="group"
    aria-labelledby="review-confirm-title"
  >
    <p id="review-confirm-title">
      <strong>Terminate ${view.placementId} ${view.pupilName}?</strong>
    </p>
    <p>
      Saving this review on ${formatDate(draft.fields.reviewDate)} sets the placement's Status to
      Terminated and records its end date. Do this when the placement is not safe or not meeting the
      pupil's needs.
    </p>
    <div class="buttons">
      <button
        type="submit"
        class="action danger"
        ?disabled=${busy}
        aria-busy=${busy ? 'true' : 'false'}
      >
        Yes, terminate the placement
      </button>
      <button
        type="button"
        ?disabled=${busy}
        @click=${() => {
          draft.confirming = false;
          changed();
        }}
      >
        Go back
      </button>
    </div>
  </div>`;
}

export function reviewForm(view: PlacementView): TemplateResult {
  const status = formStatus(`review:${view.placementId}`);
  const draft = draftFor(view.placementId);
  const set = (field: keyof ReviewFields) => (value: string) => {
    draft.fields[field] = value;
    if (field === 'decision') draft.confirming = false;
    changed();
  };
  const error = (field: keyof ReviewForm) => errorFor(status, field);
  const values = draft.fields;
  return form(
    'review',
    status,
    () => submit(view, draft),
    html`${errorSummary(status)}
      <p class="secondary">
        A review counts (policy point 14: at least half-termly) once it records who attended, the
        pupil's progress, whether the placement is safe and meeting needs, and the decision.
      </p>
      ${inputField({ id: 'review-date', label: 'Review date', type: 'date', value: values.reviewDate, error: error('reviewDate'), onInput: set('reviewDate') })}
      ${inputField({ id: 'review-attendees', label: 'Attendees', required: true, hint: 'Who took part: names and roles.', value: values.attendees, error: error('attendees'), onInput: set('attendees') })}
      ${selectField({ id: 'review-parent', label: 'Parent/carer attended', value: values.parentCarerAttended, options: choices('Yes', 'No'), error: error('parentCarerAttended'), onChange: set('parentCarerAttended') })}
      ${textArea({ id: 'review-pupils-view', label: "Pupil's view", value: values.pupilsView, error: error('pupilsView'), onInput: set('pupilsView') })}
      ${selectField({ id: 'review-progress', label: 'Progress', required: true, value: values.progress, options: choices('On track', 'Some progress', 'Not on track'), error: error('progress'), onChange: set('progress') })}
      ${selectField({ id: 'review-safe', label: 'Safe and meeting needs', required: true, value: values.safeAndMeetingNeeds, options: choices('Yes', 'No'), error: error('safeAndMeetingNeeds'), onChange: set('safeAndMeetingNeeds') })}
      ${selectField({ id: 'review-decision', label: 'Decision', required: true, value: values.decision, options: choices('Continue', 'Amend plan', 'End placement', 'Terminate placement'), error: error('decision') ?? error('confirmTermination'), onChange: set('decision') })}
      ${textArea({ id: 'review-actions', label: 'Actions', hint: 'What happens next, who does it and by when.', value: values.actions, error: error('actions'), onInput: set('actions') })}
      ${draft.confirming ? confirmStep(view, draft) : submitButton('Save review', status)}
      ${statusLine(status)}`,
    'Review',
  );
}
