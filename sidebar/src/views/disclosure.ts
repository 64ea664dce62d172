// A <details> section that stays open or closed across redraws and tab switches, built only when open.
import { html, nothing, type TemplateResult } from 'lit-html';
import { changed, store } from '../state';

export function disclosure(
  key: string,
  summary: string,
  body: () => TemplateResult,
  className = '',
): TemplateResult {
  const open = store.open.has(key);
  return html`<details
    class="disclosure ${className}"
    ?open=${open}
    @toggle=${(event: Event) => {
      const isOpen = (event.target as HTMLDetailsElement).open;
      if (isOpen === store.open.has(key)) return;
      if (isOpen) store.open.add(key);
      else store.open.delete(key);
      changed();
    }}
  >
    <summary>${summary}</summary>
    ${open ? html`<div class="disclosure-body">${body()}</div>` : nothing}
  </details>`;
}
