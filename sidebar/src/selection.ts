// Follows the sheet's selection without polling: one getSelectedPlacement when the sidebar regains
// focus (or on "Show selected row"), and openRow for an overview line. One such call at a time; an
// answer from a new day brings the whole sidebar to it (day.ts).
import type { RowLink, SelectedPlacement } from '../../src/shared/sidebar-api';
import { keepToToday } from './day';
import { failureMessage } from './forms/submit';
import { callServer } from './server';
import { changed, idleForm, setTab, store } from './state';

/**
 * Shows the answer's placement. On a focus refresh (`keep`), a selection with no placement (a
 * header, another sheet's tab) leaves the placement staff were working on in view rather than
 * taking it away mid-task; "Show selected row" always shows what the selection is.
 */
function takeSelection(answer: SelectedPlacement, keep: boolean): void {
  if (!store.state) return;
  const current = store.state.selected;
  if (keep && !answer.selected && current) return;
  store.state = {
    ...store.state,
    selected: answer.selected,
    selectionHint: answer.selectionHint,
  };
}

async function selectionCall(
  call: () => Promise<SelectedPlacement>,
  busyText: string,
  keep = false,
): Promise<SelectedPlacement | null> {
  if (store.phase !== 'ready' || store.selection.busy) return null;
  store.selection = { ...idleForm, busy: true, message: busyText };
  changed();
  try {
    const answer = await call();
    takeSelection(answer, keep);
    store.selection = idleForm;
    void keepToToday(answer.today);
    return answer;
  } catch (error) {
    store.selection = { busy: false, ok: false, message: failureMessage(error), fieldErrors: {} };
    return null;
  } finally {
    changed();
  }
}

/** The placement of the row selected in the sheet now. */
export function showSelectedRow(): Promise<SelectedPlacement | null> {
  return selectionCall(() => callServer('getSelectedPlacement'), 'Reading the selected row…');
}

/** Selects an overview line's row in the sheet and shows its placement, if it is about one. */
export async function openRow(link: RowLink): Promise<void> {
  const answer = await selectionCall(() => callServer('openRow', link), 'Opening the row…');
  if (answer?.selected) setTab('placement');
}

let awayFromSidebar = false;
let pending: number | undefined;

/** Focus and visibilitychange often fire together: wait a moment so they make one call. */
function regained(): void {
  if (!awayFromSidebar) return;
  window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    awayFromSidebar = false;
    void selectionCall(() => callServer('getSelectedPlacement'), 'Reading the selected row…', true);
  }, 150);
}

/** Staff move to another row in the sheet, then come back: that return is when to look again. */
export function followSelection(): void {
  window.addEventListener('blur', () => {
    awayFromSidebar = true;
  });
  window.addEventListener('focus', regained);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') awayFromSidebar = true;
    else regained();
  });
}
