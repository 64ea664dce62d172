// The sidebar always shows the workbook's today (issue 11, item 4): an answer from the server saying
// another day (the sidebar left open overnight) brings the whole state, register and overview, to it.
import { formatDate } from './format';
import { callServer } from './server';
import { changed, shownDay, store, takeState } from './state';

let fetching = false;

/**
 * After an answer that says the workbook's day: when it is not the day shown, one getSidebarState
 * call fetches today's state. If that fails, the sidebar says which day it still shows.
 */
export async function keepToToday(today: string | undefined): Promise<void> {
  const shown = shownDay();
  if (fetching || store.phase !== 'ready' || !today || !shown || today === shown) return;
  fetching = true;
  try {
    takeState(await callServer('getSidebarState'));
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    store.selection = {
      busy: false,
      ok: false,
      message: `It is ${formatDate(today)} now, but the register and overview still show ${formatDate(shown)}: the add-on did not answer (${cause || 'no reason given'}). Come back to the sidebar to try again.`,
      fieldErrors: {},
    };
  } finally {
    fetching = false;
    changed();
  }
}
