// The Settings tab: what setup still lacks, then the setup form (the first-run form, kept for later).
import { html, nothing, type TemplateResult } from 'lit-html';
import type { SidebarState } from '../../../src/shared/sidebar-api';
import { connectButton } from '../forms/generate';
import { setupForm } from '../forms/setup';

export function settingsPanel(state: SidebarState): TemplateResult {
  return html`<h2>${state.setUp ? 'Settings' : 'First-run setup'}</h2>
    ${
      state.setUp
        ? nothing
        : html`<section class="block notice" aria-labelledby="missing-title">
            <h3 id="missing-title">The workbook still needs</h3>
            <ul>
              ${state.missing.map((missing) => html`<li>${missing}</li>`)}
            </ul>
            <p>Fill in the form below and save: setup adds what is missing.</p>
          </section>`
    }
    ${
      state.setupMissing.length > 0
        ? html`<section class="block" aria-labelledby="setup-missing-title">
            <h3 id="setup-missing-title">Reminders need these settings</h3>
            <ul>
              ${state.setupMissing.map((name) => html`<li>${name}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    <p class=${state.setup.templatesReady ? 'secondary' : 'notice'}>
      ${
        state.setup.templatesReady
          ? 'Document templates are ready.'
          : 'The document templates are not made yet: saving setup makes them.'
      }
    </p>
    ${
      state.setup.templatesReady
        ? html`<p class="secondary">
              Set up by a colleague? Google lets the add-on use only the files it made for you or
              that you picked: connect the school's templates once before making documents.
            </p>
            ${connectButton()}`
        : nothing
    }
    ${setupForm(state)}`;
}
