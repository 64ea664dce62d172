// Who is at the keyboard: one of the sample school's staff, chosen on the page; every run is theirs.
import type { PreviewState } from '../shared/api';
import { byId, el } from './dom';

/** Redrawn only when the person or the staff change, so an open choice is never pulled away. */
let drawn = '';

export function renderUserSwitch(state: PreviewState, onSwitch: (email: string) => void): void {
  const key = JSON.stringify([state.user, state.staff]);
  if (key === drawn) return;
  drawn = key;
  const select = el('select', { attrs: { name: 'user' } });
  for (const person of state.staff) {
    const option = el('option', { text: `${person.role} (${person.email})` });
    option.value = person.email;
    option.selected = person.email === state.user;
    select.append(option);
  }
  select.addEventListener('change', () => {
    // Drawn afresh after the switch, whether the server took it or not.
    drawn = '';
    onSwitch(select.value);
  });
  byId('user').replaceChildren(el('label', {}, 'At the keyboard: ', select));
}
