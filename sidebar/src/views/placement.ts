// The Placement view: one placement at a glance (issue 6, item 1) and what staff can do about it.
import { html, nothing, type TemplateResult } from 'lit-html';
import type {
  CheckEntry,
  ChecklistEntry,
  PlacementView,
  SidebarState,
} from '../../../src/shared/sidebar-api';
import { formatDate, safeLink } from '../format';
import { showSelectedRow } from '../selection';
import { store } from '../state';
import { actions } from './actions';
import { attendanceSection } from './attendance';

const statusClasses: Readonly<Record<string, string>> = {
  Proposed: 'status-proposed',
  Agreed: 'status-agreed',
  Active: 'status-active',
  Paused: 'status-paused',
  Ended: 'status-ended',
  Terminated: 'status-terminated',
};

function selectionBar(): TemplateResult {
  const { selection } = store;
  return html`<div class="selection-bar">
      <button
        type="button"
        ?disabled=${selection.busy}
        aria-busy=${selection.busy ? 'true' : 'false'}
        @click=${() => void showSelectedRow()}
      >
        Show selected row
      </button>
      <span class="gray" role="status">${selection.busy ? selection.message : ''}</span>
    </div>
    ${
      selection.ok === false
        ? html`<p class="error" role="alert">${selection.message}</p>`
        : nothing
    }`;
}

function summary(view: PlacementView): TemplateResult {
  const dates =
    view.startDate || view.plannedEndDate
      ? `${view.startDate ? formatDate(view.startDate) : 'no start date'} to ${
          view.plannedEndDate ? formatDate(view.plannedEndDate) : 'no planned end date'
        }`
      : 'No dates yet';
  return html`<section class="block" aria-labelledby="placement-title">
    <h2 id="placement-title">
      <span class="placement-id">${view.placementId}</span> ${view.pupilName}
    </h2>
    <dl class="facts">
      <dt>Status</dt>
      <dd>
        <span class="status ${statusClasses[view.status] ?? 'status-none'}"
          >${view.status || 'No status'}</span
        >
      </dd>
      <dt>Provider</dt>
      <dd>${view.provider || 'None named'}</dd>
      <dt>Sessions</dt>
      <dd>${view.sessions || 'None listed'}</dd>
      <dt>Dates</dt>
      <dd>${dates}</dd>
      <dt>LA notified</dt>
      <dd>${view.laNotified ? formatDate(view.laNotified) : 'Not yet'}</dd>
    </dl>
  </section>`;
}

function checklistEntry(entry: ChecklistEntry): TemplateResult {
  const recommended = entry.required === false;
  return html`<li class="${entry.done ? 'done' : 'todo'} ${recommended ? 'recommended' : ''}">
    <span class="mark" aria-hidden="true">${entry.done ? '✓' : '○'}</span>
    <span class="visually-hidden">${entry.done ? 'Done:' : 'Not done:'}</span>
    ${entry.label} ${recommended ? html`<span class="secondary">(recommended)</span>` : nothing}
    ${
      !entry.done && entry.todo && entry.todo.length > 0
        ? html`<ul class="todo-lines">
            ${entry.todo.map((line) => html`<li>${line}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}

function checklist(view: PlacementView): TemplateResult | typeof nothing {
  if (!view.nextStatus) return nothing;
  const todo = view.checklist.filter((entry) => !entry.done && entry.required !== false).length;
  return html`<section class="block" aria-labelledby="checklist-title">
    <h2 id="checklist-title">Before ${view.nextStatus}</h2>
    <p class="secondary">${todo === 0 ? 'Everything required is done.' : `${todo} still to do.`}</p>
    <ul class="checklist">
      ${view.checklist.map(checklistEntry)}
    </ul>
  </section>`;
}

/** Errors before warnings, whatever order they came in. */
function errorsFirst(checks: readonly CheckEntry[]): CheckEntry[] {
  return [
    ...checks.filter((c) => c.severity === 'error'),
    ...checks.filter((c) => c.severity !== 'error'),
  ];
}

function checks(view: PlacementView): TemplateResult {
  return html`<section class="block" aria-labelledby="checks-title">
    <h2 id="checks-title">Checks</h2>
    ${
      view.checks.length === 0
        ? html`<p class="ok">No problems found.</p>`
        : html`<ul class="checks">
            ${errorsFirst(view.checks).map(
              (check) =>
                html`<li class="check-${check.severity === 'error' ? 'error' : 'warning'}">
                  <span class="badge">${check.severity === 'error' ? 'Error' : 'Warning'}</span>
                  <strong>${check.column}</strong>: ${check.message}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function review(view: PlacementView): TemplateResult {
  const words = {
    'not due': 'not due yet',
    due: 'due soon',
    overdue: 'overdue',
    unknown: 'cannot be worked out yet',
  }[view.review];
  return html`<section class="block" aria-labelledby="review-title">
    <h2 id="review-title">Reviews</h2>
    <p class="review review-${view.review.replace(' ', '-')}">
      Next review:
      <strong>${view.nextReviewDue ? formatDate(view.nextReviewDue) : 'no date yet'}</strong>
      (${words})
    </p>
    <p class="secondary">
      Last review: ${view.lastReview ? formatDate(view.lastReview) : 'none yet'}
    </p>
    ${
      view.safeguardingConcernDate
        ? html`<p class="error">
            Safeguarding concern recorded on ${formatDate(view.safeguardingConcernDate)}.
          </p>`
        : nothing
    }
  </section>`;
}

function documents(view: PlacementView): TemplateResult {
  return html`<section class="block" aria-labelledby="documents-title">
    <h2 id="documents-title">Documents</h2>
    ${
      view.documents.length === 0
        ? html`<p class="secondary">None made yet.</p>`
        : html`<ul class="documents">
            ${view.documents.map((doc) => {
              const href = safeLink(doc.link);
              return html`<li>
                ${
                  href
                    ? html`<a href=${href} target="_blank" rel="noopener">${doc.document}</a>`
                    : html`<span>${doc.document}</span>`
                }
                <span class="secondary">${doc.created}</span>
              </li>`;
            })}
          </ul>`
    }
  </section>`;
}

export function placementPanel(state: SidebarState): TemplateResult {
  const view = state.selected;
  if (!view) {
    return html`${selectionBar()}
      <p class="hint">${state.selectionHint || 'Select a row on Placements to see it here.'}</p>`;
  }
  return html`${selectionBar()} ${summary(view)} ${checklist(view)} ${checks(view)} ${review(view)}
  ${attendanceSection(view)} ${documents(view)} ${actions(view)}`;
}
