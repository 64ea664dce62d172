// The sidebar: one getSidebarState call on opening, then every view redrawn from the store by lit-html.
import { render } from 'lit-html';
import { callServer } from './server';
import { followSelection } from './selection';
import { forgetMarksOf } from './forms/register';
import { changed, onChange, onNewDay, store, takeState } from './state';
import { app } from './views/app';

async function load(): Promise<void> {
  store.phase = 'loading';
  changed();
  try {
    const state = await callServer('getSidebarState');
    takeState(state);
    store.phase = 'ready';
    // First run: the setup form is what there is to do.
    if (!state.setUp) store.tab = 'settings';
  } catch (error) {
    store.phase = 'failed';
    store.loadError = error instanceof Error ? error.message : String(error);
  }
  changed();
}

const root = document.getElementById('app');
if (root) {
  onChange(() =>
    render(
      app(() => void load()),
      root,
    ),
  );
  followSelection();
  // Marks chosen for a day gone by are never saved as today's.
  onNewDay(forgetMarksOf);
  void load();
}
