// The header on every view: the add-on, the school, whether reminders run and what setup still needs.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { SidebarState } from '../../../src/shared/sidebar-api';
import { setTab } from '../state';

export function header(state: SidebarState): TemplateResult {
  const school = state.setup.schoolName;
  return html`<header class="block header">
    <h1>AP Placements</h1>
    ${school ? html`<div class="secondary school">${school}</div>` : nothing}
    <p
      class="reminders ${
        state.reminders.stopped ? 'notice stopped' : state.reminders.on ? 'on' : 'gray'
      }"
    >
      ${state.reminders.text}
    </p>
    ${
      !state.setUp
        ? html`<p class="notice">
            This workbook is not set up yet.
            <button type="button" class="link-button" @click=${() => setTab('settings')}>
              Set it up
            </button>
          </p>`
        : state.setupMissing.length > 0
          ? html`<p class="notice">
              Settings still needed: ${state.setupMissing.join(', ')}.
              <button type="button" class="link-button" @click=${() => setTab('settings')}>
                Open Settings
              </button>
            </p>`
          : nothing
    }
  </header>`;
}
