// Today's register: a mark per AP session in a few clicks (radio groups), one Save for all of them.
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type {
  Mark,
  RegisterDay,
  RegisterEntry,
  RegisterForm,
  Session,
} from '../../../src/shared/sidebar-api';
import { suggestCode } from '../../../src/domain/sidebar/suggest-code';
import { formatDate, plural } from '../format';
import { callServer } from '../server';
import { changed, formStatus, idleForm, setFormStatus } from '../state';
import { absenceFields } from './absence-fields';
import { errorFor, errorSummary, form, statusLine, submitButton } from './fields';
import { submitForm } from './submit';

const marks: readonly Mark[] = ['Present', 'Late', 'Absent', 'No session'];

export interface SessionDraft {
  mark: Mark | '';
  absenceReason: string;
  code: string;
  /** An absence someone already followed up (P13): who, and what they found. */
  followedUpBy: string;
  followUpNote: string;
}

const KEY = 'register';
const drafts = new Map<string, SessionDraft>();
/** Which entry and session each mark of the last save was, to place `marks.N.field` errors. */
let submitted: string[] = [];

const draftKey = (entry: RegisterEntry, session: Session) => `${entry.placementId}|${session}`;

function draftFor(entry: RegisterEntry, session: Session): SessionDraft {
  const key = draftKey(entry, session);
  let draft = drafts.get(key);
  if (!draft) {
    draft = { mark: '', absenceReason: '', code: '', followedUpBy: '', followUpNote: '' };
    drafts.set(key, draft);
  }
  return draft;
}

function submit(day: RegisterDay): void {
  const toSave: RegisterForm['marks'][number][] = [];
  submitted = [];
  for (const entry of day.entries) {
    for (const session of entry.sessions) {
      const draft = drafts.get(draftKey(entry, session));
      if (!draft?.mark || entry.recorded.some((r) => r.session === session)) continue;
      submitted.push(draftKey(entry, session));
      const absent = draft.mark === 'Absent';
      toSave.push({
        placementId: entry.placementId,
        session,
        mark: draft.mark,
        absenceReason: absent ? draft.absenceReason.trim() : '',
        code: absent ? draft.code : '',
        followedUpBy: absent ? draft.followedUpBy.trim() : '',
        followUpNote: absent ? draft.followUpNote.trim() : '',
      });
    }
  }
  if (toSave.length === 0) {
    setFormStatus(KEY, {
      busy: false,
      ok: false,
      message: 'Choose a mark for at least one session, then save.',
      fieldErrors: {},
    });
    return;
  }
  void submitForm(
    KEY,
    (requestId) => callServer('recordRegister', { date: day.date, marks: toSave, requestId }),
    () => drafts.clear(),
  );
}

function sessionMarks(entry: RegisterEntry, index: number, session: Session): TemplateResult {
  const recorded = entry.recorded.find((r) => r.session === session);
  const id = `reg-${index}-${session}`;
  if (recorded) {
    return html`<p class="recorded">
      <span class="session">${session}</span> ${recorded.mark}
      <span class="secondary">(already recorded)</span>
    </p>`;
  }
  const status = formStatus(KEY);
  const at = submitted.indexOf(draftKey(entry, session));
  const error = (field: string) =>
    at < 0 ? undefined : errorFor(status, `marks.${at}.${field}`, `marks[${at}].${field}`);
  // A session a colleague marked first, or a placement no longer Active, is said by the session.
  const markError =
    at < 0
      ? undefined
      : (error('mark') ??
        error('session') ??
        error('placementId') ??
        errorFor(status, `marks.${at}`));
  const draft = draftFor(entry, session);
  const choose = (mark: Mark) => {
    draft.mark = mark;
    changed();
  };
  const clear = () => {
    draft.mark = '';
    draft.absenceReason = '';
    draft.code = '';
    draft.followedUpBy = '';
    draft.followUpNote = '';
    changed();
  };
  return html`<fieldset
    class="session-marks"
    aria-labelledby="reg-${index}-label ${id}-label"
    aria-describedby=${markError ? `${id}-error` : nothing}
  >
    <legend id="${id}-label" class="session">${session}</legend>
    <div class="segmented">
      ${marks.map(
        (mark, m) =>
          html`<input
              type="radio"
              id="${id}-${m}"
              name=${id}
              value=${mark}
              .checked=${live(draft.mark === mark)}
              aria-invalid=${markError ? 'true' : nothing}
              @change=${() => choose(mark)}
            /><label for="${id}-${m}">${mark}</label>`,
      )}
    </div>
    ${
      draft.mark
        ? html`<button
            type="button"
            class="link-button clear-mark"
            id="${id}-clear"
            aria-label="Clear the ${session} mark of ${entry.label}"
            @click=${clear}
          >
            Clear
          </button>`
        : nothing
    }
    ${markError ? html`<div id="${id}-error" class="error field-error">${markError}</div>` : nothing}
    ${
      draft.mark === 'Present' || draft.mark === 'Late'
        ? html`<p class="secondary">
            Code ${suggestCode(draft.mark, '', entry.presentCode)} (attending the AP).
          </p>`
        : nothing
    }
    ${draft.mark === 'Absent' ? absenceFields(id, draft, error) : nothing}
  </fieldset>`;
}

/** Every session not yet marked becomes Present; marks already chosen stay, so staff change only the exceptions. */
function allPresent(day: RegisterDay): void {
  for (const entry of day.entries) {
    for (const session of entry.sessions) {
      if (entry.recorded.some((r) => r.session === session)) continue;
      const draft = draftFor(entry, session);
      if (draft.mark === '') draft.mark = 'Present';
    }
  }
  changed();
}

function entryView(entry: RegisterEntry, index: number): TemplateResult {
  return html`<fieldset class="register-entry">
    <legend id="reg-${index}-label">${entry.label}</legend>
    <div class="secondary">${entry.provider}</div>
    ${entry.sessions.map((session) => sessionMarks(entry, index, session))}
  </fieldset>`;
}

export function registerForm(day: RegisterDay | undefined): TemplateResult {
  if (!day) return html`<p>The register appears once the workbook is set up.</p>`;
  const status = formStatus(KEY);
  const open = day.entries.filter((entry) =>
    entry.sessions.some((s) => !entry.recorded.some((r) => r.session === s)),
  );
  return html`<h2>Register for ${formatDate(day.date)}</h2>
    ${
      day.isSchoolDay
        ? nothing
        : html`<p class="notice">${formatDate(day.date)} is not a school day.</p>`
    }
    ${
      day.entries.length === 0
        ? html`<p>No active placement has a session today.</p>`
        : form(
            'register',
            status,
            () => submit(day),
            html`<p class="secondary">
                ${plural(day.entries.length, 'placement')} with a session today. Marks already on
                Attendance are shown and kept as they are.
              </p>
              ${errorSummary(status)}
              ${
                open.length > 0
                  ? html`<div class="all-present">
                      <button
                        type="button"
                        id="register-all-present"
                        @click=${() => allPresent(day)}
                      >
                        All present
                      </button>
                      <span class="secondary">then change the sessions that were not.</span>
                    </div>`
                  : nothing
              }
              ${day.entries.map(entryView)}
              ${
                open.length > 0
                  ? submitButton('Save register', status)
                  : html`<p>Every session today is marked.</p>`
              }
              ${statusLine(status)}`,
            "Today's register",
          )
    }`;
}

/**
 * The day moved on while the sidebar was open (issue 11, item 4): marks chosen for `dayBefore` and
 * not saved are dropped, never saved as the new day's, and the register says so.
 */
export function forgetMarksOf(dayBefore: string): void {
  const unsaved = [...drafts.values()].filter((draft) => draft.mark !== '').length;
  drafts.clear();
  submitted = [];
  setFormStatus(
    KEY,
    unsaved === 0
      ? idleForm
      : {
          busy: false,
          ok: false,
          message: `${plural(unsaved, 'mark')} chosen for ${formatDate(dayBefore)} ${unsaved === 1 ? 'was' : 'were'} not saved, and the register is now today's. Record them on the Attendance sheet if they are still needed.`,
          fieldErrors: {},
        },
  );
}
