// The whole sidebar: loading, a failed first call, or the header, the tabs and the open view.
import { html, type TemplateResult } from 'lit-html';
import type { SidebarState } from '../../../src/shared/sidebar-api';
import { registerForm } from '../forms/register';
import { store, type Tab } from '../state';
import { header } from './header';
import { overviewPanel } from './overview';
import { placementPanel } from './placement';
import { settingsPanel } from './settings';
import { panelId, tabId, tabList } from './tabs';
import { todayPanel } from './today';

const panels: Readonly<Record<Tab, (state: SidebarState) => TemplateResult>> = {
  placement: placementPanel,
  today: todayPanel,
  overview: overviewPanel,
  register: (state) => registerForm(state.register),
  settings: settingsPanel,
};

function loading(): TemplateResult {
  return html`<div class="loading" role="status">
    <progress aria-label="Loading the workbook"></progress>
    <p>Loading…</p>
  </div>`;
}

function failed(retry: () => void): TemplateResult {
  return html`<h1>AP Placements</h1>
    <div role="alert">
      <p class="error">The add-on could not read the workbook: ${store.loadError}</p>
    </div>
    <button type="button" class="action" @click=${retry}>Try again</button>`;
}

export function app(retry: () => void): TemplateResult {
  if (store.phase === 'loading') return loading();
  if (store.phase === 'failed' || !store.state) return failed(retry);
  const state = store.state;
  return html`${header(state)} ${tabList()}
    <div
      class="panel"
      role="tabpanel"
      id=${panelId(store.tab)}
      aria-labelledby=${tabId(store.tab)}
      tabindex="0"
    >
      ${panels[store.tab](state)}
    </div>`;
}
