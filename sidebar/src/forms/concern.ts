// A safeguarding concern: the date only (P15); what happened belongs in the school's safeguarding system.
import { html, type TemplateResult } from 'lit-html';
import type { PlacementView } from '../../../src/shared/sidebar-api';
import { formatDate } from '../format';
import { callServer } from '../server';
import { changed, formStatus, today } from '../state';
import { errorFor, errorSummary, form, inputField, statusLine, submitButton } from './fields';
import { submitForm } from './submit';

const dates = new Map<string, string>();

export function concernForm(view: PlacementView): TemplateResult {
  const key = `concern:${view.placementId}`;
  const status = formStatus(key);
  const date = dates.get(view.placementId) ?? today();
  return form(
    'concern',
    status,
    () =>
      void submitForm(
        key,
        (requestId) =>
          callServer('recordConcern', { placementId: view.placementId, date, requestId }),
        () => dates.delete(view.placementId),
      ),
    html`<p class="notice">
        Record only the date here. Write what happened, who said what and what was done in the
        school's safeguarding system, never in this sheet.
      </p>
      ${
        view.safeguardingConcernDate
          ? html`<p class="error">
              A concern is already recorded on ${formatDate(view.safeguardingConcernDate)}.
            </p>`
          : ''
      }
      ${errorSummary(status)}
      ${inputField({
        id: 'concern-date',
        label: 'Date of the concern',
        type: 'date',
        value: date,
        error: errorFor(status, 'date'),
        onInput: (value) => {
          dates.set(view.placementId, value);
          changed();
        },
      })}
      <p class="secondary">Saving tells the DSL at once, and the placement must be reviewed now.</p>
      ${submitButton('Record concern', status)} ${statusLine(status)}`,
    'Safeguarding concern',
  );
}
