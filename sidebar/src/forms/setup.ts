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

type TextSetting = Exclude<keyof SetupForm, 'termDates' | 'remindersOn' | 'requestId'>;

interface TermRow {
  term: string;
  start: string;
  end: string;
}

interface SetupDraft {
  text: Record<TextSetting, string>;
  /**
   * The rows the form edits. While Term dates holds setup's untouched example, every row (saving
   * replaces the example); once the school has its own dates, only rows to ADD: the school's rows
   * are shown read-only and changed or deleted on the Term dates sheet, never by the add-on.
   */
  termDates: TermRow[];
  /** Whether `termDates` was drafted over the example (redrafted when that changes). */
  overExample: boolean;
  /** Undefined until the person changes the checkbox: until then it shows the reminders as they are. */
  remindersOn: boolean | undefined;
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

/** The school's own rows are the sheet's; an empty sheet or setup's example is the form's. */
function editsAllRows(state: SidebarState): boolean {
  return state.setup.exampleTermDates || state.setup.termDates.length === 0;
}

function termRowsFrom(state: SidebarState): TermRow[] {
  return editsAllRows(state) ? state.setup.termDates.map((row) => ({ ...row })) : [];
}

function draftFrom(state: SidebarState): SetupDraft {
  const { setup } = state;
  const text = {} as Record<TextSetting, string>;
  for (const [name] of [...school, ...staff]) text[name] = setup[name];
  return {
    text,
    termDates: termRowsFrom(state),
    overExample: editsAllRows(state),
    remindersOn: undefined,
  };
}

function remindersChecked(values: SetupDraft, state: SidebarState): boolean {
  return values.remindersOn ?? state.reminders.on;
}

function submit(values: SetupDraft, state: SidebarState): void {
  const text = {} as Record<TextSetting, string>;
  for (const [name, value] of Object.entries(values.text)) text[name as TextSetting] = value.trim();
  const typed = values.termDates.map((row) => ({ ...row, term: row.term.trim() }));
  // The school's rows go as they are, so the server knows none was removed; the new ones follow.
  const kept = values.overExample ? [] : state.setup.termDates.map((row) => ({ ...row }));
  void submitForm(
    KEY,
    (requestId) =>
      callServer('saveSetup', {
        ...text,
        termDates: [...kept, ...typed],
        remindersOn: remindersChecked(values, state),
        requestId,
      }),
    () => {
      draft = null;
    },
  );
}

/** The school's own rows, read-only: the add-on never changes or deletes a person's row. */
function schoolRows(state: SidebarState): TemplateResult | typeof nothing {
  const rows = state.setup.termDates;
  if (editsAllRows(state)) return nothing;
  return html`<p class="secondary" id="term-dates-own">
      Your term dates, as on the Term dates sheet. To change or delete one, do it on the Term dates
      sheet; below, you can only add new rows.
    </p>
    <table class="term-dates" aria-describedby="term-dates-own">
      <thead>
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Start</th>
          <th scope="col">End</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <td>${row.term}</td>
              <td>${row.start}</td>
              <td>${row.end}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function termRow(values: SetupDraft, row: TermRow, index: number, offset: number): TemplateResult {
  const status = formStatus(KEY);
  // The server numbers the rows it was sent: the school's own rows come first.
  const at = index + offset;
  const error = (field: keyof TermRow) =>
    errorFor(status, `termDates.${at}.${field}`, `termDates[${at}].${field}`);
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
  if (values.overExample !== editsAllRows(state)) {
    // The sheet changed under the draft (the example replaced, or cleared): start its rows afresh.
    values.termDates = termRowsFrom(state);
    values.overExample = editsAllRows(state);
  }
  const offset = values.overExample ? 0 : state.setup.termDates.length;
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
    () => submit(values, state),
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
      ${schoolRows(state)}
      ${values.termDates.map((row, index) => termRow(values, row, index, offset))}
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
        hint: state.reminders.on
          ? 'One digest email per person each school day, and safeguarding alerts within the hour. They are on now: untick and save to turn them off.'
          : 'One digest email per person each school day, and safeguarding alerts within the hour.',
        checked: remindersChecked(values, state),
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
