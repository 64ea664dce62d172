// A respondent submitting or editing a response (host side): Google's refusals, the stored response, the sheet row.
import type { FormsState } from './state';
import { writeResponse } from './destination';
import {
  QUESTION_TYPES,
  type AnswerRecord,
  type FormRecord,
  type ItemRecord,
  type ResponseRecord,
} from './records';

/** Answers by item id (a number, or its digits as a key) or by question title. */
export type FormAnswers = Readonly<Record<string | number, string>>;

export interface SubmitOptions {
  /** The respondent's address: recorded when the form collects addresses, needed when it requires sign-in. */
  readonly respondentEmail?: string;
  /** Edit this response (same id, timestamp now, answers replaced) instead of adding one. */
  readonly editResponseId?: string;
}

export type SubmitRefusal = {
  readonly ok: false;
  /** What the respondent is shown. */
  readonly reason: string;
  readonly code:
    | 'unpublished'
    | 'closed'
    | 'edits-disabled'
    | 'no-such-response'
    | 'sign-in-required'
    | 'already-responded'
    | 'email-required'
    | 'unknown-item'
    | 'invalid-choice'
    | 'required';
};

export type SubmitSuccess = {
  readonly ok: true;
  readonly responseId: string;
  readonly form: FormRecord;
  readonly response: ResponseRecord;
  /** Whether this was an edit of an earlier response. */
  readonly edited: boolean;
  /** Items whose answer changed in an edit (every answered item for a new response). */
  readonly changedItemIds: readonly number[];
  /** The destination row written, when the form has a destination whose sheet still exists. */
  readonly row?: number;
};

export type SubmitOutcome = SubmitRefusal | SubmitSuccess;

const refuse = (code: SubmitRefusal['code'], reason: string): SubmitRefusal => ({
  ok: false,
  code,
  reason,
});

/**
 * What a respondent sees on a closed form: the custom message, else Google's default
 * ("If no message is set, the form uses a default message" [doc]; the default's wording [open]).
 */
export function closedMessage(form: FormRecord): string {
  return (
    form.customClosedFormMessage ||
    `The form ${form.title} is no longer accepting responses.\nTry contacting the owner of the form if you think that this is a mistake.`
  );
}

function itemFor(form: FormRecord, key: string): ItemRecord | undefined {
  const questions = form.items.filter((i) => QUESTION_TYPES.includes(i.type));
  if (/^\d+$/.test(key)) {
    const byId = questions.find((i) => i.id === Number(key));
    if (byId) return byId;
  }
  return questions.find((i) => i.title === key);
}

/** Reads the answers against the form's questions: a refusal, or the answers in form order. */
function readAnswers(form: FormRecord, answers: FormAnswers): SubmitRefusal | AnswerRecord[] {
  const given = new Map<number, string>();
  for (const [key, value] of Object.entries(answers)) {
    const item = itemFor(form, key);
    if (!item) return refuse('unknown-item', `No question "${key}" on this form.`);
    const text = String(value);
    if (
      item.type === 'MULTIPLE_CHOICE' &&
      text !== '' &&
      !item.choices.includes(text) &&
      !item.showOther
    ) {
      return refuse('invalid-choice', `"${text}" is not a choice of "${item.title}".`);
    }
    given.set(item.id, text);
  }
  for (const item of form.items) {
    if (QUESTION_TYPES.includes(item.type) && item.required && !given.get(item.id)) {
      // The form shows "This is a required question" under it [open wording].
      return refuse('required', `"${item.title}": This is a required question`);
    }
  }
  return form.items
    .filter((i) => given.has(i.id))
    .map((i) => ({ itemId: i.id, response: given.get(i.id) ?? '' }));
}

/**
 * Google's rules for a response, in the order a respondent meets them: the form must be
 * published ("Form creators must publish their form to enable responders to view the form or
 * submit a response" [doc: Workspace Updates, Dec 2024]) and accepting responses
 * (Form.setAcceptingResponses); an edit needs setAllowResponseEdits(true) ("the link leads to a
 * page that explains that editing form responses is disabled" [doc: FormResponse.getEditResponseUrl]);
 * sign-in for requireLogin/limitOneResponsePerUser; a collected address; answers to the form's
 * questions, a multiple-choice answer among the choices unless "Other" is shown, every required
 * question answered. Refusal wordings other than the closed form's custom message are [open].
 */
export function submitResponse(
  forms: FormsState,
  formId: string,
  answers: FormAnswers,
  options: SubmitOptions = {},
): SubmitOutcome {
  const form = forms.form(formId);
  if (!form.published) return refuse('unpublished', `The form ${form.title} is not published.`);
  if (!form.acceptingResponses) return refuse('closed', closedMessage(form));
  const email = options.respondentEmail ?? '';
  const previous =
    options.editResponseId === undefined
      ? undefined
      : form.responses.find((r) => r.id === options.editResponseId);
  if (options.editResponseId !== undefined) {
    if (!form.allowResponseEdits)
      return refuse('edits-disabled', 'Editing responses to this form is disabled.');
    if (!previous) return refuse('no-such-response', 'This response no longer exists.');
  }
  if ((form.requireLogin || form.limitOneResponsePerUser) && email === '') {
    return refuse('sign-in-required', 'You need permission. Sign in to continue.');
  }
  if (
    form.limitOneResponsePerUser &&
    !previous &&
    form.responses.some((r) => r.respondentEmail === email)
  ) {
    return refuse(
      'already-responded',
      "You've already responded. You can fill out this form only once.",
    );
  }
  if (form.collectEmail && email === '')
    return refuse('email-required', 'Email address: This is a required question');
  const read = readAnswers(form, answers);
  if (!Array.isArray(read)) return read;
  const now = forms.clock.now();
  const recordedEmail = form.collectEmail || form.limitOneResponsePerUser ? email : '';
  let response: ResponseRecord;
  let changedItemIds: number[];
  if (previous) {
    const onForm = new Set(form.items.map((i) => i.id));
    const kept = previous.answers.filter((a) => !onForm.has(a.itemId));
    changedItemIds = form.items
      .map((i) => i.id)
      .filter((id) => {
        const before = previous.answers.find((a) => a.itemId === id)?.response ?? '';
        const after = read.find((a) => a.itemId === id)?.response ?? '';
        return before !== after;
      });
    previous.answers = [...read, ...kept];
    previous.timestamp = now;
    // "The form records the email address of the user who edited the response" [doc].
    if (form.collectEmail) previous.respondentEmail = email;
    response = previous;
  } else {
    response = {
      id: forms.newResponseId(),
      timestamp: now,
      firstSubmittedAt: now,
      respondentEmail: recordedEmail,
      answers: read,
    };
    form.responses.push(response);
    changedItemIds = read.map((a) => a.itemId);
  }
  const book = form.destination && forms.findSpreadsheet(form.destination.spreadsheetId);
  const row = book ? writeResponse(form, book, response) : undefined;
  return {
    ok: true,
    responseId: response.id,
    form,
    response,
    edited: previous !== undefined,
    changedItemIds,
    ...(row === undefined ? {} : { row }),
  };
}
