// The Placement view: one placement at a glance (issue 6, item 1), what needs doing first (issue 11,
// item 3), and what staff can do about it.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { PlacementView, SidebarState } from '../../../src/shared/sidebar-api';
import { formatDate, safeLink } from '../format';
import { showSelectedRow } from '../selection';
import { store } from '../state';
import { actions } from './actions';
import { attendanceSection } from './attendance';
import { checklistSection } from './checklist';
import { needsDoingSections } from './needs-doing';

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
  // What needs doing leads; the checklist only when its status change is near (issue 11, item 3).
  return html`${selectionBar()} ${summary(view)} ${needsDoingSections(view)}
  ${checklistSection(view)} ${review(view)} ${attendanceSection(view)} ${documents(view)}
  ${actions(view)}`;
}
