// What staff can do for the placement shown: record a review or a concern, make documents, send emails.
import { html, type TemplateResult } from 'lit-html';
import type { PlacementView } from '../../../src/shared/sidebar-api';
import { concernForm } from '../forms/concern';
import { emailActions } from '../forms/email';
import { generateButtons } from '../forms/generate';
import { placementRecordButton } from '../forms/record';
import { reviewForm } from '../forms/review';
import { disclosure } from './disclosure';

export function actions(view: PlacementView): TemplateResult {
  return html`<section class="block actions" aria-labelledby="actions-title">
    <h2 id="actions-title">Actions</h2>
    ${disclosure('review', 'Record a review', () => reviewForm(view))}
    ${disclosure('concern', 'Record a safeguarding concern', () => concernForm(view))}
    ${disclosure('documents', 'Generate a document', () => generateButtons(view))}
    ${disclosure('emails', 'Email the LA or the provider', () => emailActions(view))}
    ${disclosure('record', 'Placement record', () => placementRecordButton(view))}
  </section>`;
}
