// The fields an absent session adds to the register: reason, code, and a follow-up already made (P13).
import { html, type TemplateResult } from 'lit-html';
import { suggestCode } from '../../../src/domain/sidebar/suggest-code';
import { changed } from '../state';
import { inputField, selectField, type Option } from './fields';
import type { SessionDraft } from './register';

/** DOMAIN.md §3.1: the absence codes that fit an AP session the pupil missed. */
const absenceCodes: readonly Option[] = [
  { value: 'I', label: 'I: illness' },
  { value: 'M', label: 'M: medical or dental appointment' },
  { value: 'C', label: 'C: leave in exceptional circumstances' },
  { value: 'R', label: 'R: religious observance' },
  { value: 'E', label: 'E: suspended or excluded, no AP' },
  { value: 'G', label: 'G: holiday not granted' },
  { value: 'O', label: 'O: unauthorised, other' },
  { value: 'N', label: 'N: reason not yet known' },
];

/** The blank choice, saying the very code the server will save for it (the same suggestCode). */
function suggestedCode(draft: SessionDraft): Option {
  const code = suggestCode('Absent', draft.absenceReason, '');
  const meaning = absenceCodes.find((option) => option.value === code)?.label ?? code;
  return {
    value: '',
    label: draft.absenceReason.trim()
      ? `Suggested from the reason: ${meaning}`
      : `Suggested: ${meaning}`,
  };
}

/** The fields under an Absent mark; `error` gives the server's message for a field of this mark. */
export function absenceFields(
  id: string,
  draft: SessionDraft,
  error: (field: string) => string | undefined,
): TemplateResult {
  return html`${inputField({
    id: `${id}-reason`,
    label: 'Absence reason',
    hint: 'What the provider or family said, if known.',
    value: draft.absenceReason,
    error: error('absenceReason'),
    onInput: (value) => {
      draft.absenceReason = value;
      changed();
    },
  })}
  ${selectField({
    id: `${id}-code`,
    label: 'Absence code',
    value: draft.code,
    options: [suggestedCode(draft), ...absenceCodes],
    error: error('code'),
    onChange: (value) => {
      draft.code = value;
      changed();
    },
  })}
  ${inputField({
    id: `${id}-followed-by`,
    label: 'Followed up by',
    hint: 'If someone has already spoken to the provider or family (policy point 13: every absence is followed up). Leave blank and the follow-up reminder will ask.',
    value: draft.followedUpBy,
    error: error('followedUpBy'),
    onInput: (value) => {
      draft.followedUpBy = value;
      changed();
    },
  })}
  ${inputField({
    id: `${id}-follow-up-note`,
    label: 'What they found',
    value: draft.followUpNote,
    error: error('followUpNote'),
    onInput: (value) => {
      draft.followUpNote = value;
      changed();
    },
  })}`;
}
