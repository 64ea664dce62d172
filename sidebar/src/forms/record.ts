// "Placement record" (issue 16): one Doc of everything the workbook and its archives hold about the placement shown.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { PlacementView } from '../../../src/shared/sidebar-api';
import { safeLink } from '../format';
import { callServer } from '../server';
import { formStatus } from '../state';
import { errorSummary, statusLine } from './fields';
import { submitForm } from './submit';

const KEY = 'placement-record';

/** The Doc made last, by placement, so its link survives a redraw. */
const made = new Map<string, string>();

function makeRecord(placementId: string): void {
  void submitForm(
    KEY,
    (requestId) => callServer('makeReport', { report: 'Placement record', placementId, requestId }),
    (value) => {
      if (value.link) made.set(placementId, value.link);
    },
    `${KEY}:${placementId}`,
  );
}

export function placementRecordButton(view: PlacementView): TemplateResult {
  const status = formStatus(KEY);
  const link = made.get(view.placementId);
  const href = link ? safeLink(link) : null;
  return html`<p class="secondary">
      Every review, attendance by half-term with each absence and its follow-up, the documents made
      and the Log, from this workbook and its archives: for a parent, the local authority or a new
      school. It names the pupil; the Log records that you made it.
    </p>
    ${errorSummary(status)}
    <button
      type="button"
      ?disabled=${status.busy}
      aria-busy=${status.busy ? 'true' : 'false'}
      @click=${() => makeRecord(view.placementId)}
    >
      Make the placement record (Doc)
    </button>
    ${statusLine(status, 'Making the record…')}
    ${href ? html`<p><a href=${href} target="_blank" rel="noopener">Open the placement record</a></p>` : nothing}`;
}
