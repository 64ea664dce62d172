// The Overview: counts and lists of what needs a person; each line opens the row it names.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { Overview, OverviewList, SidebarState } from '../../../src/shared/sidebar-api';
import { pounds } from '../../../src/shared/money';
import { reportsPanel } from '../forms/reports';
import { formatDate } from '../format';
import { openRow } from '../selection';
import { store } from '../state';

/**
 * Most pressing first (issue 11, item 4): concerns awaiting review, what is late, then what is due,
 * then what is coming.
 */
const lists: readonly (keyof Omit<Overview, 'today' | 'thisYear'>)[] = [
  'concernsAwaitingReview',
  'reviewsOverdue',
  'absencesNotFollowedUp',
  'attendanceMissingToday',
  'providerChecksExpiring',
  'reviewsDue',
  'startingSoon',
  'endingSoon',
  'activePlacements',
];

function listView(key: string, list: OverviewList): TemplateResult {
  const busy = store.selection.busy;
  const more = list.count - list.items.length;
  return html`<section class="block overview-list" aria-labelledby="overview-${key}">
    <h3 id="overview-${key}">
      ${list.title} <span class="count ${list.count > 0 ? 'some' : ''}">${list.count}</span>
    </h3>
    ${
      list.items.length === 0
        ? html`<p class="secondary">None.</p>`
        : html`<ul class="items">
            ${list.items.map(
              (item) =>
                html`<li>
                  <button
                    type="button"
                    class="item"
                    ?disabled=${busy}
                    aria-busy=${busy ? 'true' : 'false'}
                    @click=${() => void openRow(item.link)}
                  >
                    <span class="label">${item.label}</span>
                    <span class="detail">${item.detail}</span>
                  </button>
                </li>`,
            )}
          </ul>`
    }
    ${more > 0 ? html`<p class="secondary">and ${more} more in the sheet.</p>` : nothing}
  </section>`;
}

/** What an open-row call is doing, or why it failed (the Overview's and the Today view's lines). */
export function selectionBar(): TemplateResult {
  const { selection } = store;
  return html`<p class="gray" role="status">${selection.busy ? selection.message : ''}</p>
    ${
      selection.ok === false
        ? html`<p class="error" role="alert">${selection.message}</p>`
        : nothing
    }`;
}

export function overviewPanel(state: SidebarState): TemplateResult {
  const overview = state.overview;
  const bar = selectionBar();
  if (!overview) {
    return html`<p>The overview appears once the workbook is set up.</p>`;
  }
  return html`<h2>Overview on ${formatDate(overview.today)}</h2>
    ${bar}
    <section class="block" aria-labelledby="overview-statuses">
      <h3 id="overview-statuses">Placements: ${state.placements.total}</h3>
      <ul class="statuses">
        ${state.placements.byStatus.map(
          ({ status, count }) =>
            html`<li><span>${status || 'No status'}</span> <strong>${count}</strong></li>`,
        )}
      </ul>
    </section>
    ${lists.map((key) => listView(key, overview[key]))} ${yearView(overview.thisYear)}
    ${reportsPanel()}`;
}

/** The evaluation's headline (policy P9); the whole evaluation is Reports ▸ Evaluation. */
function yearView(year: Overview['thisYear']): TemplateResult {
  const held = year.reviewsOnTime + year.reviewsLate;
  return html`<section class="block" aria-labelledby="overview-year">
    <h3 id="overview-year">This school year</h3>
    <ul class="statuses">
      <li>
        <span>Reviews held on time</span>
        <strong>${held === 0 ? 'none held yet' : `${year.reviewsOnTime} of ${held}`}</strong>
      </li>
      <li><span>Cost to date</span> <strong>${pounds(year.costToDate)}</strong></li>
    </ul>
    <p class="secondary">The full evaluation: Evaluation with charts, under Reports below.</p>
  </section>`;
}
