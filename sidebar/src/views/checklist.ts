// What a placement still needs before its next status, shown only when that change is near (issue 11, item 3).
import { html, nothing, type TemplateResult } from 'lit-html';
import type { ChecklistEntry, PlacementView } from '../../../src/shared/sidebar-api';

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

/** Nothing unless the next status is near (a start or an end within 10 school days). */
export function checklistSection(view: PlacementView): TemplateResult | typeof nothing {
  if (!view.nextStatus || !view.statusChangeNear) return nothing;
  const todo = view.checklist.filter((entry) => !entry.done && entry.required !== false).length;
  return html`<section class="block" aria-labelledby="checklist-title">
    <h2 id="checklist-title">Before ${view.nextStatus}</h2>
    <p class="secondary">${todo === 0 ? 'Everything required is done.' : `${todo} still to do.`}</p>
    <ul class="checklist">
      ${view.checklist.map(checklistEntry)}
    </ul>
  </section>`;
}
