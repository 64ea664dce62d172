// Labelled fields, the error summary and the status line that every form shares (lit-html escapes text).
import { html, nothing, type TemplateResult } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import { live } from 'lit-html/directives/live.js';
import type { FormStatus } from '../state';

interface FieldBase {
  /** Unique on the page: the label's `for`, and the stem of the hint's and error's ids. */
  readonly id: string;
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  /** The server refuses the form without it: said in the label, and to screen readers. */
  readonly required?: boolean;
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** The server's message for a field: the first of `keys` it names (forms name fields as their type does). */
export function errorFor(status: FormStatus, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const message = status.fieldErrors[key];
    if (message) return message;
  }
  return undefined;
}

function describedBy(field: FieldBase): string | undefined {
  const ids = [field.hint ? `${field.id}-hint` : '', field.error ? `${field.id}-error` : ''];
  return ids.filter(Boolean).join(' ') || undefined;
}

function label(field: FieldBase): TemplateResult {
  return html`<label for=${field.id}
    >${field.label}${field.required ? html` <span class="secondary">(required)</span>` : nothing}</label
  >`;
}

function hint(field: FieldBase): TemplateResult | typeof nothing {
  return field.hint
    ? html`<div id="${field.id}-hint" class="secondary hint">${field.hint}</div>`
    : nothing;
}

function fieldError(field: FieldBase): TemplateResult | typeof nothing {
  return field.error
    ? html`<div id="${field.id}-error" class="error field-error">${field.error}</div>`
    : nothing;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

export function inputField(
  field: FieldBase & {
    readonly value: string;
    readonly type?: 'text' | 'email' | 'date';
    readonly onInput: (value: string) => void;
  },
): TemplateResult {
  return html`<div class="form-group">
    ${label(field)} ${hint(field)}
    <input
      id=${field.id}
      type=${field.type ?? 'text'}
      class="width-100"
      .value=${live(field.value)}
      aria-invalid=${field.error ? 'true' : nothing}
      aria-required=${field.required ? 'true' : nothing}
      aria-describedby=${ifDefined(describedBy(field))}
      @input=${(event: Event) => field.onInput(valueOf(event))}
    />
    ${fieldError(field)}
  </div>`;
}

export function textArea(
  field: FieldBase & { readonly value: string; readonly onInput: (value: string) => void },
): TemplateResult {
  return html`<div class="form-group">
    ${label(field)} ${hint(field)}
    <textarea
      id=${field.id}
      class="width-100"
      rows="3"
      .value=${live(field.value)}
      aria-invalid=${field.error ? 'true' : nothing}
      aria-required=${field.required ? 'true' : nothing}
      aria-describedby=${ifDefined(describedBy(field))}
      @input=${(event: Event) => field.onInput(valueOf(event))}
    ></textarea>
    ${fieldError(field)}
  </div>`;
}

/** Options carry `selected` themselves: a `.value` on <select> would be set before its options exist. */
export function selectField(
  field: FieldBase & {
    readonly value: string;
    readonly options: readonly Option[];
    readonly onChange: (value: string) => void;
  },
): TemplateResult {
  return html`<div class="form-group">
    ${label(field)} ${hint(field)}
    <select
      id=${field.id}
      class="width-100"
      aria-invalid=${field.error ? 'true' : nothing}
      aria-required=${field.required ? 'true' : nothing}
      aria-describedby=${ifDefined(describedBy(field))}
      @change=${(event: Event) => field.onChange(valueOf(event))}
    >
      ${field.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === field.value}>
            ${option.label}
          </option>`,
      )}
    </select>
    ${fieldError(field)}
  </div>`;
}

export function checkboxField(
  field: FieldBase & { readonly checked: boolean; readonly onChange: (checked: boolean) => void },
): TemplateResult {
  return html`<div class="form-group checkbox">
    <input
      id=${field.id}
      type="checkbox"
      .checked=${live(field.checked)}
      aria-invalid=${field.error ? 'true' : nothing}
      aria-describedby=${ifDefined(describedBy(field))}
      @change=${(event: Event) => field.onChange((event.target as HTMLInputElement).checked)}
    />
    ${label(field)} ${hint(field)} ${fieldError(field)}
  </div>`;
}

/** The refusal or failure, and every field error, in one alert at the top of the form. */
export function errorSummary(status: FormStatus): TemplateResult | typeof nothing {
  if (status.ok !== false) return nothing;
  const errors = Object.values(status.fieldErrors);
  return html`<div class="error-summary" role="alert">
    <p class="error">${status.message || 'The form could not be saved.'}</p>
    ${
      errors.length > 0
        ? html`<ul class="error">
            ${errors.map((message) => html`<li>${message}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

/** One live line, always in the page so screen readers hear it change: progress, then the result. */
export function statusLine(status: FormStatus, busyText = 'Saving…'): TemplateResult {
  const text = status.busy ? busyText : status.ok ? status.message : '';
  return html`<p class="status-line ${status.ok ? 'ok' : ''}" role="status">${text}</p>`;
}

/** A submit button that says it is busy and cannot be pressed twice. */
export function submitButton(
  label: string,
  status: FormStatus,
  className = 'action',
): TemplateResult {
  return html`<button
    type="submit"
    class=${className}
    ?disabled=${status.busy}
    aria-busy=${status.busy ? 'true' : 'false'}
  >
    ${label}
  </button>`;
}

/** A <form> that never navigates (the page is the sidebar) and is busy while its call runs. */
export function form(
  id: string,
  status: FormStatus,
  onSubmit: () => void,
  body: TemplateResult,
  label?: string,
): TemplateResult {
  return html`<form
    id=${id}
    novalidate
    aria-label=${ifDefined(label)}
    aria-busy=${status.busy ? 'true' : 'false'}
    @submit=${(event: Event) => {
      event.preventDefault();
      onSubmit();
    }}
  >
    ${body}
  </form>`;
}
