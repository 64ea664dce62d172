// The view switcher: an ARIA tab list (arrow keys, Home and End move between tabs, as WAI-ARIA advises).
import { html, nothing, type TemplateResult } from 'lit-html';
import { setTab, store, type Tab } from '../state';

const tabs: readonly { readonly tab: Tab; readonly label: string }[] = [
  { tab: 'placement', label: 'Placement' },
  { tab: 'today', label: 'Today' },
  { tab: 'overview', label: 'Overview' },
  { tab: 'register', label: 'Register' },
  { tab: 'settings', label: 'Settings' },
];

export const tabId = (tab: Tab) => `tab-${tab}`;
export const panelId = (tab: Tab) => `panel-${tab}`;

function onKeydown(event: KeyboardEvent): void {
  const at = tabs.findIndex(({ tab }) => tab === store.tab);
  const next =
    event.key === 'ArrowRight'
      ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft'
        ? (at - 1 + tabs.length) % tabs.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? tabs.length - 1
            : -1;
  const target = tabs[next];
  if (!target) return;
  event.preventDefault();
  setTab(target.tab);
  document.getElementById(tabId(target.tab))?.focus();
}

export function tabList(): TemplateResult {
  return html`<div class="tabs" role="tablist" aria-label="Views" @keydown=${onKeydown}>
    ${tabs.map(({ tab, label }) => {
      const selected = store.tab === tab;
      return html`<button
        type="button"
        role="tab"
        id=${tabId(tab)}
        class=${selected ? 'current' : ''}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls=${selected ? panelId(tab) : nothing}
        tabindex=${selected ? 0 : -1}
        @click=${() => setTab(tab)}
      >
        ${label}
      </button>`;
    })}
  </div>`;
}
