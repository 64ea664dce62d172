// What a placement needs doing, leading its view (issue 11, item 3): urgent items and errors, then warnings.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { CheckEntry, NeedsDoing, PlacementView } from '../../../src/shared/sidebar-api';

/** "Urgent" for what the reminders chase today (a concern, an overdue review, attendance). */
function badge(entry: NeedsDoing): string {
  return entry.kind === 'error' ? 'Error' : 'Urgent';
}

/** The column once, in front of what to do about it. */
function line(column: string, message: string): TemplateResult {
  return html`<strong>${column}</strong>: ${message}`;
}

function needsDoingList(view: PlacementView): TemplateResult {
  return html`<section class="block" aria-labelledby="needs-doing-title">
    <h2 id="needs-doing-title">Needs doing</h2>
    <ul class="checks needs-doing">
      ${view.needsDoing.map(
        (entry) =>
          html`<li class="check-error ${entry.kind === 'error' ? '' : 'urgent'}">
            <span class="badge">${badge(entry)}</span> ${line(entry.column, entry.message)}
          </li>`,
      )}
    </ul>
  </section>`;
}

function warningList(warnings: readonly CheckEntry[]): TemplateResult {
  return html`<section class="block" aria-labelledby="warnings-title">
    <h2 id="warnings-title">Warnings</h2>
    <ul class="checks">
      ${warnings.map(
        (check) =>
          html`<li class="check-warning">
            <span class="badge">Warning</span> ${line(check.column, check.message)}
          </li>`,
      )}
    </ul>
  </section>`;
}

/** Needs doing, then warnings; one line when there is neither. */
export function needsDoingSections(view: PlacementView): TemplateResult {
  if (view.needsDoing.length === 0 && view.warnings.length === 0) {
    return html`<section class="block" aria-labelledby="needs-doing-title">
      <h2 id="needs-doing-title">Needs doing</h2>
      <p class="ok">Nothing urgent, and no problems found.</p>
    </section>`;
  }
  return html`${view.needsDoing.length > 0 ? needsDoingList(view) : nothing}
  ${view.warnings.length > 0 ? warningList(view.warnings) : nothing}`;
}
