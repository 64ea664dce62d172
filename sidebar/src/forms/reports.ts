// Reports (issue 15): the AP register, its printable Doc, the census return for a day picked, the evaluation.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { ReportKind } from '../../../src/shared/sidebar-api';
import { safeLink } from '../format';
import { callServer } from '../server';
import { changed, formStatus } from '../state';
import { errorFor, errorSummary, inputField, statusLine } from './fields';
import { submitForm } from './submit';

const KEY = 'reports';

/** The census day typed (YYYY-MM-DD from the date field); blank: the next census day. */
let censusDay = '';
/** The last file a report made, so its link survives a redraw. */
let lastFile: { readonly report: ReportKind; readonly link: string } | undefined;

function make(report: ReportKind): void {
  void submitForm(
    KEY,
    (requestId) =>
      callServer('makeReport', {
        report,
        requestId,
        ...(report === 'Census AP return' && censusDay !== '' && { censusDay }),
      }),
    (value) => {
      lastFile = value.link ? { report, link: value.link } : undefined;
    },
    // Each report is its own request: after a failed Doc, the evaluation is new.
    `${KEY}:${report}`,
  );
}

function reportButton(report: ReportKind, label: string, busy: boolean): TemplateResult {
  return html`<li>
    <button
      type="button"
      ?disabled=${busy}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${() => make(report)}
    >
      ${label}
    </button>
  </li>`;
}

/** Under the overview: each report remade on its add-on sheet, a link when a file was made. */
export function reportsPanel(): TemplateResult {
  const status = formStatus(KEY);
  const href = status.ok && lastFile ? safeLink(lastFile.link) : null;
  return html`<section class="block" aria-labelledby="reports-title">
    <h3 id="reports-title">Reports</h3>
    <p class="secondary">
      Each is remade from the sheets on its own sheet (names only with Email detail Full).
    </p>
    ${errorSummary(status)}
    <ul class="button-list">
      ${reportButton('AP register', 'AP register', status.busy)}
      ${reportButton('AP register (printable Doc)', 'AP register as a Doc to print', status.busy)}
      ${reportButton('Evaluation', 'Evaluation with charts', status.busy)}
    </ul>
    ${inputField({
      id: 'census-day',
      label: 'Census day',
      hint: 'Leave blank for the next census day.',
      type: 'date',
      value: censusDay,
      error: errorFor(status, 'censusDay'),
      onInput: (value) => {
        censusDay = value;
        changed();
      },
    })}
    <ul class="button-list">
      ${reportButton('Census AP return', 'Census AP return', status.busy)}
    </ul>
    ${statusLine(status, 'Making the report…')}
    ${
      href && lastFile
        ? html`<p>
            <a href=${href} target="_blank" rel="noopener">Open the ${lastFile.report}</a>
          </p>`
        : nothing
    }
  </section>`;
}
