// The page around the grid: menus, clock, sheet tabs, messages, executions and the outbox.
import type {
  ActionResult,
  ClockShortcutId,
  DocumentView,
  ExecutionView,
  MailView,
  MenuItemView,
  MenuView,
  PreviewState,
} from '../shared/api';
import { byId, el, formatTime, linkedText } from './dom';
import type { Viewing } from './viewer';

const HOUR = 60 * 60 * 1000;

export interface PanelHandlers {
  runMenuItem(functionName: string): void;
  advance(ms: number): void;
  /** A clock shortcut: "Next 07:00", "Next school day 07:00". */
  jump(shortcut: ClockShortcutId): void;
  showSheet(name: string): void;
  openMail(index: number): void;
  openDocument(id: string): void;
  /** A link in a message or a mail: the page opens documents and rows, nothing remote. */
  openLink(url: string): void;
}

function menuList(
  items: readonly MenuItemView[],
  handlers: PanelHandlers,
  close: () => void,
): HTMLElement {
  const list = el('ul', { className: 'menu-list', attrs: { role: 'menu' } });
  for (const item of items) {
    if (item.type === 'separator') {
      list.append(el('li', { className: 'separator', attrs: { role: 'separator' } }));
    } else if (item.type === 'submenu') {
      list.append(
        el('li', { className: 'submenu-caption', text: item.caption }),
        el('li', {}, menuList(item.items, handlers, close)),
      );
    } else {
      const button = el('button', {
        text: item.caption,
        attrs: { role: 'menuitem', type: 'button' },
      });
      button.addEventListener('click', () => {
        close();
        handlers.runMenuItem(item.functionName);
      });
      list.append(el('li', {}, button));
    }
  }
  return list;
}

/** Add-on menus sit under Extensions, as in Sheets; a script's own menus sit in the bar. */
function renderMenus(menus: readonly MenuView[], handlers: PanelHandlers): void {
  const bar = byId('menubar');
  const entries = menus.map((menu) => ({
    label: menu.addOn ? `Extensions › ${menu.caption}` : menu.caption,
    menu,
  }));
  bar.replaceChildren(
    ...entries.map(({ label, menu }) => {
      const wrapper = el('div', { className: 'menu' });
      const toggle = el('button', {
        className: 'menu-toggle',
        text: label,
        attrs: { type: 'button', 'aria-haspopup': 'true', 'aria-expanded': 'false' },
      });
      const close = (): void => {
        wrapper.classList.remove('open');
        toggle.setAttribute('aria-expanded', 'false');
      };
      const list = menuList(menu.items, handlers, close);
      toggle.addEventListener('click', () => {
        const open = wrapper.classList.toggle('open');
        toggle.setAttribute('aria-expanded', String(open));
        if (open) list.querySelector('button')?.focus();
      });
      wrapper.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          close();
          toggle.focus();
        }
      });
      wrapper.append(toggle, list);
      return wrapper;
    }),
  );
  if (menus.length === 0)
    bar.append(el('span', { className: 'muted', text: 'No add-on menu (onOpen built none).' }));
}

function renderClock(state: PreviewState, handlers: PanelHandlers): void {
  const button = (text: string, click: () => void, title?: string): HTMLButtonElement => {
    const b = el('button', { text, ...(title ? { title } : {}), attrs: { type: 'button' } });
    b.addEventListener('click', click);
    return b;
  };
  byId('clock').replaceChildren(
    el('span', { className: 'now', text: formatTime(state.now, state.timeZone, true) }),
    el('span', { className: 'muted', text: ` ${state.timeZone}` }),
    button('+1 hour', () => handlers.advance(HOUR)),
    button('+1 day', () => handlers.advance(24 * HOUR)),
    ...state.shortcuts.map((s) => button(s.label, () => handlers.jump(s.id), s.title)),
  );
}

function renderTabs(state: PreviewState, handlers: PanelHandlers): void {
  byId('tabs').replaceChildren(
    ...state.sheets
      .filter((s) => !s.hidden)
      .map((s) => {
        const active = s.name === state.activeSheet;
        const tab = el('button', {
          className: active ? 'tab active' : 'tab',
          text: s.name,
          attrs: { type: 'button', 'aria-pressed': String(active) },
        });
        if (s.tabColor && /^#[0-9a-f]{6}$/i.test(s.tabColor))
          tab.style.borderBottomColor = s.tabColor;
        tab.addEventListener('click', () => handlers.showSheet(s.name));
        return tab;
      }),
  );
}

function executionItem(run: ExecutionView, timeZone: string): HTMLElement {
  const item = el(
    'li',
    { className: run.error ? 'failed' : '' },
    el('span', { className: 'fn', text: run.functionName }),
    el('span', {
      className: 'muted',
      text: ` ${run.kind} · ${run.authMode} · ${run.calls} calls · ${formatTime(run.startedAt, timeZone)}`,
    }),
  );
  if (run.error) item.append(el('div', { className: 'error', text: run.error }));
  for (const line of run.logs) item.append(el('div', { className: 'log', text: line }));
  return item;
}

/** One line per mail, newest first: subject, to, when; a click shows it in the viewer. */
function mailItem(
  mail: MailView,
  timeZone: string,
  handlers: PanelHandlers,
  current: boolean,
): HTMLElement {
  const open = el(
    'button',
    { className: 'entry', attrs: { type: 'button', 'aria-pressed': String(current) } },
    el('strong', { text: mail.subject || '(no subject)' }),
    el('span', {
      className: 'muted',
      text: `to ${mail.to} · ${formatTime(mail.sentAt, timeZone, true)}`,
    }),
  );
  open.addEventListener('click', () => handlers.openMail(mail.index));
  return el('li', { className: current ? 'current' : '' }, open);
}

/** One line per Google Doc, newest first: name, when and where, its link; a click renders it. */
function documentItem(
  doc: DocumentView,
  timeZone: string,
  handlers: PanelHandlers,
  current: boolean,
): HTMLElement {
  const open = el(
    'button',
    { className: 'entry', attrs: { type: 'button', 'aria-pressed': String(current) } },
    el('strong', { text: doc.name }),
    el('span', {
      className: 'muted',
      text: `${formatTime(doc.createdAt, timeZone, true)} · ${doc.folder}`,
    }),
    el('span', { className: 'url', text: doc.url }),
  );
  open.addEventListener('click', () => handlers.openDocument(doc.id));
  return el('li', { className: current ? 'current' : '' }, open);
}

function renderOutbox(state: PreviewState, handlers: PanelHandlers, viewing?: Viewing): void {
  const outbox = byId('outbox');
  const shown = viewing?.kind === 'mail' ? viewing.index : undefined;
  outbox.replaceChildren(
    el('li', { className: 'muted', text: `${state.mailRemaining} recipients left today.` }),
    ...state.outbox.map((m) => mailItem(m, state.timeZone, handlers, m.index === shown)),
  );
  if (state.outbox.length === 0) {
    const next = state.shortcuts.find((s) => s.id === 'school-day');
    const hint = next ? ` “${next.label}” moves the clock on to that morning’s digest.` : '';
    outbox.append(el('li', { className: 'muted', text: `No mail sent yet.${hint}` }));
  }
}

function renderDocuments(state: PreviewState, handlers: PanelHandlers, viewing?: Viewing): void {
  const list = byId('documents');
  const shown = viewing?.kind === 'document' ? viewing.id : undefined;
  list.replaceChildren(
    ...state.documents.map((d) => documentItem(d, state.timeZone, handlers, d.id === shown)),
  );
  if (state.documents.length === 0)
    list.append(el('li', { className: 'muted', text: 'No Google Docs yet.' }));
}

export function renderPanels(
  state: PreviewState,
  handlers: PanelHandlers,
  viewing?: Viewing,
): void {
  renderMenus(state.menus, handlers);
  renderClock(state, handlers);
  renderTabs(state, handlers);
  const runs = byId('executions');
  runs.replaceChildren(...state.executions.map((r) => executionItem(r, state.timeZone)));
  renderOutbox(state, handlers, viewing);
  renderDocuments(state, handlers, viewing);
}

/** A dialog the add-on showed (an alert), or an error, on top of the sheet until OK is pressed. */
function showDialog(
  title: string,
  message: string,
  kind: 'alert' | 'error',
  openLink: (url: string) => void,
): void {
  const ok = el('button', { text: 'OK', attrs: { type: 'button' } });
  const box = el('div', {
    className: `dialog ${kind}`,
    attrs: { role: 'alertdialog', 'aria-label': title || 'Message from the add-on' },
  });
  // Ui.alert(prompt) has no title bar text; only alert(title, prompt, buttons) shows one.
  if (title) box.append(el('h2', { text: title }));
  const follow = (url: string): void => {
    box.remove();
    openLink(url);
  };
  box.append(el('p', {}, ...linkedText(message, follow)), ok);
  ok.addEventListener('click', () => box.remove());
  byId('dialogs').append(box);
  ok.focus();
}

function showToast(title: string, message: string, seconds: number | null): void {
  const toast = el(
    'div',
    { className: 'toast', attrs: { role: 'status' } },
    el('strong', { text: title }),
    el('div', { text: message }),
  );
  byId('toasts').append(toast);
  window.setTimeout(() => toast.remove(), Math.max(3, seconds ?? 5) * 1000);
}

/** A line at the top of the Messages list, stamped with the virtual time. */
export function addMessage(
  state: Pick<PreviewState, 'timeZone' | 'now'>,
  content: readonly (Node | string)[],
  className = '',
): void {
  byId('messages').prepend(
    el(
      'li',
      { className },
      el('span', { className: 'muted', text: `${formatTime(state.now, state.timeZone)} ` }),
      ...content,
    ),
  );
}

/** What one action did, shown as Sheets would (dialogs, toasts) and kept in the Messages list. */
export function showResult(
  what: string,
  result: ActionResult,
  state: Pick<PreviewState, 'timeZone' | 'now'>,
  openLink: (url: string) => void,
): void {
  const note = (text: string, className = ''): void =>
    addMessage(state, linkedText(text, openLink), className);
  const ran = result.executions.map((r) =>
    r.error ? `${r.functionName} (failed)` : r.functionName,
  );
  note(`${what}: ${ran.length ? `ran ${ran.join(', ')}` : 'nothing ran'}`);
  for (const alert of result.alerts) {
    note(`Alert: ${alert.prompt}`);
    showDialog(alert.title, alert.prompt, 'alert', openLink);
  }
  for (const toast of result.toasts) {
    note(`Toast: ${toast.title ? `${toast.title}: ` : ''}${toast.message}`);
    showToast(toast.title, toast.message, toast.timeoutSeconds);
  }
  if (!result.ok && result.error) {
    note(`Error: ${result.error}`, 'error');
    showDialog('Error', result.error, 'error', openLink);
  }
}
