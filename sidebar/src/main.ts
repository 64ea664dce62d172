// The sidebar: shows whether the workbook is set up and how many placements it holds.
import type { SidebarState } from '../../src/shared/sidebar-api';
import { callServer } from './server';

/** Builds an element whose text is set with textContent only: data never becomes markup. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderState(app: HTMLElement, state: SidebarState): void {
  app.replaceChildren(element('h1', 'AP Placements'));
  if (!state.setUp) {
    app.append(element('p', 'This workbook is not set up yet.', 'warning'));
    const list = element('ul');
    for (const missing of state.missing) list.append(element('li', missing));
    app.append(
      list,
      element(
        'p',
        'Choose Extensions > AP Placements > Set up workbook, then reopen this sidebar.',
      ),
    );
  }
  const { total, byStatus } = state.placements;
  app.append(element('p', total === 1 ? '1 placement' : `${total} placements`, 'total'));
  if (byStatus.length > 0) {
    const list = element('ul', undefined, 'statuses');
    for (const { status, count } of byStatus) list.append(element('li', `${status}: ${count}`));
    app.append(list);
  }
  app.append(
    element('h2', 'Reminders'),
    element('p', state.reminders.text, state.reminders.on ? 'reminders-on' : 'reminders-off'),
  );
}

function renderError(app: HTMLElement, error: Error): void {
  app.replaceChildren(
    element('h1', 'AP Placements'),
    element('p', `The add-on could not read the workbook: ${error.message}`, 'warning'),
  );
}

const app = document.getElementById('app');
if (app) {
  app.replaceChildren(element('p', 'Loading…'));
  callServer('getSidebarState').then(
    (state) => renderState(app, state),
    (error: Error) => renderError(app, error),
  );
}
