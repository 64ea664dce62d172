// First-run setup (also the Settings tab): school details, staff emails, term dates, reminders on.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { SetupForm, SidebarState } from '../../../src/shared/sidebar-api';
import { callServer } from '../server';
import { changed, formStatus } from '../state';
import {
  checkboxField,
  errorFor,
  errorSummary,
  form,
  inputField,
  statusLine,
  submitButton,
} from './fields';
import { submitForm } from './submit';

type TextSetting = Exclude<keyof SetupForm, 'termDates' | 'remindersOn'>;

interface TermRow {
  term: string;
  start: string;
  end: string;
}

interface SetupDraft {
  text: Record<TextSetting, string>;
  termDates: TermRow[];
  remindersOn: boolean;
}

const KEY = 'setup';

const school: readonly (readonly [TextSetting, string])[] = [
  ['schoolName', 'School name'],
  ['schoolUrn', 'School URN'],
  ['localAuthority', 'Local authority'],
];

const staff: readonly (readonly [TextSetting, string, 'text' | 'email'])[] = [
  ['headTeacherName', 'Head teacher name', 'text'],
  ['headTeacherEmail', 'Head teacher email', 'email'],
  ['dslName', 'DSL name', 'text'],
  ['dslEmail', 'DSL email', 'email'],
  ['sendcoName', 'SENDCO name', 'text'],
  ['sendcoEmail', 'SENDCO email', 'email'],
  ['headOfPastoralCareName', 'Head of Pastoral Care name', 'text'],
  ['headOfPastoralCareEmail', 'Head of Pastoral Care email', 'email'],
  ['attendanceLeadEmail', 'Attendance lead email', 'email'],
  ['laNotificationEmail', 'LA notification email', 'email'],
];

/** Typing is kept until saved; a new state from the server starts a fresh draft only after a save. */
let draft: SetupDraft | null = null;

function draftFrom(state: SidebarState): SetupDraft {
  const { setup } = state;
  const text = {} as Record<TextSetting, string>;
  for (const [name] of [...school, ...staff]) text[name] = setup[name];
  return {
    text,
    termDates: setup.termDates.map((row) => ({ ...row })),
    remindersOn: state.reminders.on,
  };
}

function submit(values: SetupDraft): void {
  const text = {} as Record<TextSetting, string>;
  for (const [name, value] of Object.entries(values.text)) text[name as TextSetting] = value.trim();
  void submitForm(
    KEY,
    () =>
      callServer('saveSetup', {
        ...text,
        termDates: values.termDates.map((row) => ({ ...row, term: row.term.trim() })),
        remindersOn: values.remindersOn,
      }),
    () => {
      draft = null;
    },
  );
}

function termRow(values: SetupDraft, row: TermRow, index: number): TemplateResult {
  const status = formStatus(KEY);
  const error = (field: keyof TermRow) =>
    errorFor(status, `termDates.${index}.${field}`, `termDates[${index}].${field}`);
  const set = (field: keyof TermRow) => (value: string) => {
    row[field] = value;
    changed();
  };
  const id = `term-${index}`;
  return html`<fieldset class="term-row">
    <legend>Term date row ${index + 1}</legend>
    ${inputField({ id: `${id}-term`, label: 'Term', hint: 'e.g. Autumn 1, or Closure for a non-school day.', value: row.term, error: error('term'), onInput: set('term') })}
    <div class="two-columns">
      ${inputField({ id: `${id}-start`, label: 'Start', type: 'date', value: row.start, error: error('start'), onInput: set('start') })}
      ${inputField({ id: `${id}-end`, label: 'End', type: 'date', value: row.end, error: error('end'), onInput: set('end') })}
    </div>
    <button
      type="button"
      class="link-button"
      aria-label="Remove term date row ${index + 1}"
      @click=${() => {
        values.termDates.splice(index, 1);
        changed();
      }}
    >
      Remove
    </button>
  </fieldset>`;
}

export function setupForm(state: SidebarState): TemplateResult {
  draft ??= draftFrom(state);
  const values = draft;
  const status = formStatus(KEY);
  const textField = ([name, label, type]: readonly [TextSetting, string, ('text' | 'email')?]) =>
    inputField({
      id: `setup-${name}`,
      label,
      type: type ?? 'text',
      value: values.text[name],
      error: errorFor(status, name),
      onInput: (value) => {
        values.text[name] = value;
        changed();
      },
    });
  return form(
    'setup',
    status,
    () => submit(values),
    html`${errorSummary(status)}
      <h3>School</h3>
      ${school.map(textField)}
      <h3>Staff</h3>
      <p class="secondary">Reminders and alerts go to these addresses.</p>
      ${staff.map(textField)}
      <h3>Term dates</h3>
      ${
        state.setup.exampleTermDates
          ? html`<p class="notice">
              These are the example term dates setup wrote. Change them to your school's own.
            </p>`
          : nothing
      }
      ${
        errorFor(status, 'termDates')
          ? html`<p class="error">${errorFor(status, 'termDates')}</p>`
          : nothing
      }
      ${values.termDates.map((row, index) => termRow(values, row, index))}
      <button
        type="button"
        @click=${() => {
          values.termDates.push({ term: '', start: '', end: '' });
          changed();
          document.getElementById(`term-${values.termDates.length - 1}-term`)?.focus();
        }}
      >
        Add a term date row
      </button>
      <h3>Reminders</h3>
      ${checkboxField({
        id: 'setup-reminders',
        label: 'Turn reminders on',
        hint: 'One digest email per person each school day, and safeguarding alerts within the hour.',
        checked: values.remindersOn,
        error: errorFor(status, 'remindersOn'),
        onChange: (checked) => {
          values.remindersOn = checked;
          changed();
        },
      })}
      <div class="form-actions">
        ${submitButton(state.setUp ? 'Save settings' : 'Set up and save', status)}
      </div>
      ${statusLine(status)}`,
    'Setup',
  );
}
