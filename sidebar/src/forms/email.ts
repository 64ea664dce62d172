// Emails the LA notification (P11) or the safeguarding confirmation request (P12): preview, confirm, send.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { EmailForm, EmailPreview, PlacementView } from '../../../src/shared/sidebar-api';
import { callServer } from '../server';
import { changed, formStatus } from '../state';
import { errorSummary, statusLine } from './fields';
import { submitForm, submitQuery } from './submit';

type EmailKind = EmailForm['kind'];

const emails: readonly { readonly kind: EmailKind; readonly label: string }[] = [
  { kind: 'Local authority notification', label: 'Email LA notification' },
  { kind: 'Safeguarding confirmation request', label: 'Email safeguarding confirmation request' },
];

/** The preview waiting for "Confirm send", per placement. */
const previews = new Map<string, { readonly form: EmailForm; readonly preview: EmailPreview }>();

const key = (view: PlacementView) => `email:${view.placementId}`;

function emailForm(view: PlacementView, kind: EmailKind): EmailForm {
  return { kind, placementId: view.placementId, provider: view.provider };
}

function showPreview(view: PlacementView, kind: EmailKind): void {
  const form = emailForm(view, kind);
  previews.delete(view.placementId);
  void submitQuery(
    key(view),
    () => callServer('previewEmail', form),
    (preview) => previews.set(view.placementId, { form, preview }),
  ).then((ok) => {
    if (ok) document.getElementById('email-preview')?.focus();
  });
}

/**
 * Sends the previewed email. Each kind keeps its own request id, so after a failed send, previewing
 * the same kind again and confirming is the same request (never a second email), while the other
 * kind is a new one.
 */
function send(view: PlacementView, form: EmailForm): void {
  void submitForm(
    key(view),
    (requestId) => callServer('sendEmail', { ...form, requestId }),
    () => previews.delete(view.placementId),
    `${key(view)}:${form.kind}`,
  );
}

function previewPanel(view: PlacementView, busy: boolean): TemplateResult | typeof nothing {
  const waiting = previews.get(view.placementId);
  if (!waiting) return nothing;
  const { form, preview } = waiting;
  return html`<section
    class="email-preview"
    id="email-preview"
    tabindex="-1"
    aria-labelledby="email-preview-title"
  >
    <h3 id="email-preview-title">Check before sending: ${form.kind}</h3>
    <dl>
      <dt>To</dt>
      <dd>${preview.to}</dd>
      <dt>Subject</dt>
      <dd>${preview.subject}</dd>
    </dl>
    <div class="email-body" aria-label="Message">${preview.body}</div>
    <p class="secondary">${preview.records}</p>
    <div class="buttons">
      <button
        type="button"
        class="action"
        ?disabled=${busy}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${() => send(view, form)}
      >
        Confirm send
      </button>
      <button
        type="button"
        ?disabled=${busy}
        @click=${() => {
          previews.delete(view.placementId);
          changed();
        }}
      >
        Cancel
      </button>
    </div>
  </section>`;
}

export function emailActions(view: PlacementView): TemplateResult {
  const status = formStatus(key(view));
  return html`<div class="emails">
    ${errorSummary(status)}
    <ul class="button-list">
      ${emails.map(
        ({ kind, label }) =>
          html`<li>
            <button
              type="button"
              ?disabled=${status.busy}
              aria-busy=${status.busy ? 'true' : 'false'}
              @click=${() => showPreview(view, kind)}
            >
              ${label}
            </button>
          </li>`,
      )}
    </ul>
    ${previewPanel(view, status.busy)} ${statusLine(status, 'Working…')}
  </div>`;
}
