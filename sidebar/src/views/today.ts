// The Today view (issue 17): where every pupil placed off site is this school day. Absences nobody
// has followed up first, then sessions no one has returned yet (with the provider's phone), then
// the sessions returned, with the mark and who reported it.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { SidebarState, TodaySession, TodayView } from '../../../src/shared/sidebar-api';
import { formatDate, plural } from '../format';
import { openRow } from '../selection';
import { errorSummary, statusLine } from '../forms/fields';
import { submitForm } from '../forms/submit';
import { callServer } from '../server';
import { formStatus, store } from '../state';
import { selectionBar } from './overview';

type State = TodaySession['state'];

const groups: readonly { readonly state: State; readonly title: string; readonly key: string }[] = [
  { state: 'absent, not followed up', title: 'Absent, not followed up', key: 'absent' },
  { state: 'not returned', title: 'Not returned yet', key: 'not-returned' },
  { state: 'returned', title: 'Returned', key: 'returned' },
];

const MENU_PATH = 'Extensions > AP Placements > Provider returns';

/**
 * A tel: address from a Contact phone as typed ("01632 960 123", "+44 1632 960123"): digits and a
 * leading plus only. Anything else in the cell (markup, a formula, a note) gives no link at all.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  const dial = trimmed.replace(/[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(dial) ? `tel:${dial}` : null;
}

/** "3 not returned yet · 1 absent, not followed up · 5 returned": the states there are, urgent first. */
function counts(sessions: readonly TodaySession[]): string {
  const parts: string[] = [];
  const of = (state: State) => sessions.filter((s) => s.state === state).length;
  const absent = of('absent, not followed up');
  const notReturned = of('not returned');
  const returned = of('returned');
  if (notReturned > 0) parts.push(`${notReturned} not returned yet`);
  if (absent > 0) parts.push(`${absent} absent, not followed up`);
  if (returned > 0) parts.push(`${returned} returned`);
  return parts.join(' · ');
}

/** "Present — reported by Oakfield Centre"; a mark with nobody named is just the mark. */
function markLine(session: TodaySession): string {
  const mark = session.mark || 'Marked';
  return session.reportedBy ? `${mark} — reported by ${session.reportedBy}` : mark;
}

function who(session: TodaySession): TemplateResult {
  return html`<span class="label"
    ><span class="session">${session.session}</span> ${session.label}</span
  >`;
}

/** A session with its Attendance row: a button that selects the row (and shows the placement). */
function rowButton(session: TodaySession, detail: TemplateResult): TemplateResult {
  const busy = store.selection.busy;
  const row = session.row;
  if (row === undefined) {
    return html`<div class="item">${who(session)} <span class="detail">${detail}</span></div>`;
  }
  return html`<button
    type="button"
    class="item"
    ?disabled=${busy}
    aria-busy=${busy ? 'true' : 'false'}
    @click=${() => void openRow({ sheet: 'Attendance', row })}
  >
    ${who(session)} <span class="detail">${detail}</span>
  </button>`;
}

function absentItem(session: TodaySession): TemplateResult {
  const at = session.reportedBy === session.provider ? '' : ` At ${session.provider}.`;
  return html`<li class="check-error urgent">
    ${rowButton(
      session,
      html`<span class="badge">Urgent</span> ${markLine(session)}.${at} Find out why, then record
        the follow-up on the placement.`,
    )}
  </li>`;
}

function notReturnedItem(session: TodaySession): TemplateResult {
  const phone = session.providerPhone ?? '';
  const href = phone ? telHref(phone) : null;
  return html`<li>
    <div class="item">
      ${who(session)}
      <span class="detail"
        >${session.provider}${
          !phone
            ? html` · no Contact phone on Providers`
            : href
              ? html` ·
                  <a href=${href} aria-label="Ring ${session.provider} on ${phone}">${phone}</a>`
              : html` · ${phone}`
        }</span
      >
    </div>
  </li>`;
}

function returnedItem(session: TodaySession): TemplateResult {
  return html`<li>${rowButton(session, html`${markLine(session)}`)}</li>`;
}

const items: Readonly<Record<State, (session: TodaySession) => TemplateResult>> = {
  'absent, not followed up': absentItem,
  'not returned': notReturnedItem,
  returned: returnedItem,
};

function group(
  { state, title, key }: (typeof groups)[number],
  sessions: readonly TodaySession[],
): TemplateResult | typeof nothing {
  const these = sessions.filter((s) => s.state === state);
  if (these.length === 0) return nothing;
  const urgent = state !== 'returned';
  return html`<section class="block today-group today-${key}" aria-labelledby="today-${key}">
    <h3 id="today-${key}">
      ${title} <span class="count ${urgent ? 'some' : ''}">${these.length}</span>
    </h3>
    <ul class="items today-items">
      ${these.map((session) => items[state](session))}
    </ul>
  </section>`;
}

const SWITCH = 'provider-returns';

/** Sets provider returns on or off (the server sets, never toggles: safe to send twice). */
function switchButton(on: boolean, caption: string): TemplateResult {
  const status = formStatus(SWITCH);
  return html`<button
    type="button"
    class=${on ? 'action' : 'link-button'}
    ?disabled=${status.busy}
    aria-busy=${status.busy ? 'true' : 'false'}
    @click=${() =>
      void submitForm(SWITCH, (requestId) => callServer('setProviderReturns', { on, requestId }))}
  >
    ${caption}
  </button>`;
}

function returnsLine(view: TodayView): TemplateResult {
  const status = formStatus(SWITCH);
  return html`${
    view.returnsOn
      ? html`<p class="returns on">
          Providers report through their forms. ${switchButton(false, 'Turn provider returns off')}
        </p>`
      : html`<p class="returns notice">
            Provider returns are off: providers' sessions are typed in by staff. Each provider can
            instead answer a Google Form the add-on keeps (also in the menu ${MENU_PATH}).
          </p>
          ${switchButton(true, 'Turn provider returns on')}`
  }
  ${errorSummary(status)} ${statusLine(status, 'Saving…')}`;
}

export function todayPanel(state: SidebarState): TemplateResult {
  const view = state.today;
  if (!view) {
    return html`<h2>Today</h2>
      <p>Today's sessions off site appear once the workbook is set up.</p>`;
  }
  const day = formatDate(view.date);
  const body = !view.isSchoolDay
    ? html`<p>${day} is not a school day: no pupil is expected off site.</p>`
    : view.sessions.length === 0
      ? html`<p>No pupil is expected off site today.</p>`
      : html`<p class="today-counts">
            <strong>${counts(view.sessions)}</strong>
            <span class="secondary">(${plural(view.sessions.length, 'session')} off site)</span>
          </p>
          ${groups.map((g) => group(g, view.sessions))}`;
  return html`<h2>Off site on ${day}</h2>
    ${selectionBar()} ${returnsLine(view)} ${body}`;
}
