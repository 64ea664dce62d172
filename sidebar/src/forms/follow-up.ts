// Absence follow-up (P13): who followed it up and what they found, for one Attendance row.
import { html, type TemplateResult } from 'lit-html';
import type { AbsenceEntry, PlacementView } from '../../../src/shared/sidebar-api';
import { callServer } from '../server';
import { changed, formStatus, setFormStatus } from '../state';
import {
  errorFor,
  errorSummary,
  form,
  inputField,
  statusLine,
  submitButton,
  textArea,
} from './fields';
import { submitForm } from './submit';

interface FollowUpDraft {
  followedUpBy: string;
  note: string;
}

const drafts = new Map<number, FollowUpDraft>();

/** The placement's follow-up status line: the absence's own form is gone once it is followed up. */
export const followUpsKey = (placementId: string) => `follow-ups:${placementId}`;

function draftFor(row: number): FollowUpDraft {
  let draft = drafts.get(row);
  if (!draft) {
    draft = { followedUpBy: '', note: '' };
    drafts.set(row, draft);
  }
  return draft;
}

function submit(view: PlacementView, absence: AbsenceEntry): void {
  const draft = draftFor(absence.row);
  void submitForm(
    `follow-up:${absence.row}`,
    (requestId) =>
      callServer('recordFollowUp', {
        row: absence.row,
        placementId: view.placementId,
        followedUpBy: draft.followedUpBy.trim(),
        note: draft.note.trim(),
        date: absence.date,
        session: absence.session,
        requestId,
      }),
    () => drafts.delete(absence.row),
  ).then((saved) => {
    if (saved) {
      const { message } = formStatus(`follow-up:${absence.row}`);
      setFormStatus(followUpsKey(view.placementId), {
        busy: false,
        ok: true,
        message,
        fieldErrors: {},
      });
    }
  });
}

export function followUpForm(view: PlacementView, absence: AbsenceEntry): TemplateResult {
  const status = formStatus(`follow-up:${absence.row}`);
  const draft = draftFor(absence.row);
  const id = `follow-up-${absence.row}`;
  return form(
    id,
    status,
    () => submit(view, absence),
    html`${errorSummary(status)}
    ${inputField({
      id: `${id}-by`,
      label: 'Followed up by',
      hint: 'Your name or email.',
      value: draft.followedUpBy,
      error: errorFor(status, 'followedUpBy'),
      onInput: (value) => {
        draft.followedUpBy = value;
        changed();
      },
    })}
    ${textArea({
      id: `${id}-note`,
      label: 'Follow-up note',
      hint: 'What you found out: who you spoke to and why the pupil was absent.',
      value: draft.note,
      error: errorFor(status, 'note'),
      onInput: (value) => {
        draft.note = value;
        changed();
      },
    })}
    ${submitButton('Save follow-up', status)} ${statusLine({ ...status, ok: null })}`,
    'Follow up this absence',
  );
}
