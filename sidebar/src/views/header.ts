// The header on every view: the add-on, the school, whether reminders run and what setup still needs.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { SidebarState } from '../../../src/shared/sidebar-api';
import { errorSummary, statusLine } from '../forms/fields';
import { submitForm } from '../forms/submit';
import { callServer } from '../server';
import { formStatus, setTab } from '../state';

const TAKE_OVER = 'take-over';

/** One click, when the owner's trigger has stopped: reminders sent from this person's account. */
function takeOver(state: SidebarState): TemplateResult | typeof nothing {
  const { reminders } = state;
  const status = formStatus(TAKE_OVER);
  if (!reminders.stopped && !status.busy && status.ok === null) return nothing;
  return html`${
    reminders.stopped && reminders.owner !== ''
      ? html`<button
          type="button"
          class="action"
          ?disabled=${status.busy}
          aria-busy=${status.busy ? 'true' : 'false'}
          @click=${() =>
            void submitForm(TAKE_OVER, (requestId) =>
              callServer('takeOverReminders', { fromOwner: reminders.owner, requestId }),
            )}
        >
          Take reminders over
        </button>`
      : nothing
  }
  ${errorSummary(status)} ${statusLine(status, 'Taking over…')}`;
}

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
    ${takeOver(state)}
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
