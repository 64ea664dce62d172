// Generate document: one button per kind; the new Google Doc's link shows when it is made.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { DocumentKind, PlacementView } from '../../../src/shared/sidebar-api';
import { safeLink } from '../format';
import { callServer } from '../server';
import { formStatus, idleForm, setFormStatus } from '../state';
import { errorSummary, statusLine } from './fields';
import { failureMessage, submitForm } from './submit';

export const documentKinds: readonly DocumentKind[] = [
  'Parent/carer agreement',
  'Provider agreement',
  'Personalised plan',
  'Local authority notification',
  'Safeguarding confirmation request',
];

/** The last document made for each placement, so its link survives a redraw. */
const made = new Map<string, { readonly kind: DocumentKind; readonly link: string }>();

function generate(view: PlacementView, kind: DocumentKind): void {
  void submitForm(
    `generate:${view.placementId}`,
    (requestId) =>
      callServer('generateDocument', {
        kind,
        placementId: view.placementId,
        // The safeguarding request is the provider's document, the rest the placement's.
        provider: view.provider,
        requestId,
      }),
    (value) => made.set(view.placementId, { kind, link: value.link }),
    // Each kind is its own request: after a failed Provider agreement, a Personalised plan is new.
    `generate:${view.placementId}:${kind}`,
  );
}

/** Opens the "Connect templates" dialog over the sheet (the server shows it; issue 12). */
export function connectButton(): TemplateResult {
  const status = formStatus('connect-templates');
  return html`<p>
    <button
      type="button"
      class="action"
      ?disabled=${status.busy}
      @click=${() => {
        setFormStatus('connect-templates', { ...idleForm, busy: true });
        callServer('showConnectTemplates')
          .then(() => setFormStatus('connect-templates', idleForm))
          .catch((error: unknown) =>
            setFormStatus('connect-templates', {
              ...idleForm,
              ok: false,
              message: failureMessage(error, false),
            }),
          );
      }}
    >
      Connect templates
    </button>
    ${status.ok === false ? html`<span class="error">${status.message}</span>` : nothing}
  </p>`;
}

export function generateButtons(view: PlacementView): TemplateResult {
  const status = formStatus(`generate:${view.placementId}`);
  const last = status.ok ? made.get(view.placementId) : undefined;
  const href = last ? safeLink(last.link) : null;
  return html`<div class="generate" aria-busy=${status.busy ? 'true' : 'false'}>
    <p class="secondary">Each document is made from the school's template as a new Google Doc.</p>
    ${errorSummary(status)}
    ${status.ok === false && status.action === 'connect templates' ? connectButton() : nothing}
    <ul class="button-list">
      ${documentKinds.map(
        (kind) =>
          html`<li>
            <button
              type="button"
              ?disabled=${status.busy}
              aria-busy=${status.busy ? 'true' : 'false'}
              @click=${() => generate(view, kind)}
            >
              ${kind}
            </button>
          </li>`,
      )}
    </ul>
    ${statusLine(status, 'Making the document…')}
    ${
      last && href
        ? html`<p>
            <a href=${href} target="_blank" rel="noopener">Open the ${last.kind}</a>
          </p>`
        : nothing
    }
  </div>`;
}
