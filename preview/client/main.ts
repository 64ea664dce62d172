// The preview page: loads the workbook from the server, draws it, and sends each action back.
import type { ActionResult, ClockShortcutId, PreviewState } from '../shared/api';
import { linkTarget, LINKS_IN_TEXT } from '../shared/links';
import { api } from './api';
import { DialogFrame } from './dialog-frame';
import { byId, el } from './dom';
import type { BridgeHandlers } from './frame-bridge';
import { Grid } from './grid';
import { addMessage, renderPanels, showResult, type PanelHandlers } from './panels';
import { SidebarFrame } from './sidebar-frame';
import { renderUserSwitch } from './user-switch';
import { Viewer } from './viewer';

let state: PreviewState | undefined;

function failed(e: unknown): ActionResult {
  const error = e instanceof Error ? e.message : String(e);
  return { ok: false, error, alerts: [], toasts: [], executions: [] };
}

function note(text: string, className = ''): void {
  if (state) addMessage(state, [text], className);
}

/**
 * A link from a cell, a message, a mail or the sidebar: a Google Doc opens rendered in the viewer,
 * a row link selects that row, and anything else stays unopened (nothing leaves this machine).
 */
function openLink(url: string): void {
  const target = linkTarget(url);
  if (target.kind === 'document') {
    openDocument(target.id);
  } else if (target.kind === 'sheet') {
    const sheet = state?.sheets.find((s) => s.id === target.gid);
    if (sheet) void api.select(sheet.name, target.a1).then(() => refresh());
    else note(`No sheet with gid ${target.gid} in this workbook: ${url}`, 'error');
  } else {
    note(`Not opened: the preview never loads pages from outside this machine (${url}).`);
  }
}

const viewer = new Viewer({
  openLink,
  onClose: () => {
    if (state) renderPanels(state, handlers, viewer.viewing);
    grid.focus();
  },
});

function openDocument(id: string): void {
  api.document(id).then(
    (doc) => {
      if (!state) return;
      viewer.showDocument(doc, state.timeZone);
      renderPanels(state, handlers, viewer.viewing);
    },
    (e: Error) => note(e.message, 'error'),
  );
}

function openMail(index: number): void {
  const mail = state?.outbox.find((m) => m.index === index);
  if (!mail) return;
  api.mail(index).then(
    (rendered) => {
      if (!state) return;
      viewer.showMail(mail, rendered, state.timeZone);
      renderPanels(state, handlers, viewer.viewing);
    },
    (e: Error) => note(e.message, 'error'),
  );
}

/** Sheets shows a card for a cell holding a link; here a button opens what the link names. */
function showCellLink(value: string | undefined): void {
  const holder = byId('cell-link');
  const url = value?.match(LINKS_IN_TEXT)?.[0];
  const target = url ? linkTarget(url) : undefined;
  if (!url || !target || target.kind === 'outside') {
    holder.replaceChildren();
    return;
  }
  const doc =
    target.kind === 'document' ? state?.documents.find((d) => d.id === target.id) : undefined;
  const label =
    target.kind === 'document'
      ? `Open “${doc?.name ?? 'the document'}” here`
      : `Go to ${state?.sheets.find((s) => s.id === target.gid)?.name ?? 'the sheet'}!${target.a1}`;
  const button = el('button', { className: 'link', text: label, attrs: { type: 'button' } });
  button.addEventListener('click', () => openLink(url));
  holder.replaceChildren(button);
}

const grid = new Grid(byId('grid'), {
  onSelect(a1, cell, moved) {
    byId('cell-name').textContent = a1;
    byId('cell-content').textContent = cell?.f ?? cell?.v ?? '';
    byId('cell-content').title = cell?.note ?? '';
    showCellLink(cell?.v);
    const sheet = grid.sheetName;
    if (sheet && moved) void api.select(sheet, a1);
  },
  async onEdit(a1, value, next) {
    const sheet = grid.sheetName;
    if (!sheet) return;
    // As in Sheets, Enter moves the cursor on once the edit (and onEdit) is done.
    const edited = api.edit(sheet, a1, value).then(async (result) => {
      if (next !== a1) await api.select(sheet, next);
      return result;
    });
    await act(`Edited ${sheet}!${a1}`, edited);
  },
});

/** What the sidebar's or a dialog's frame did, recorded on the page. */
function frameHandlers(frame: 'Sidebar' | 'Dialog'): BridgeHandlers {
  return {
    onResult(functionName, result) {
      if (!state) return;
      // The frame shows its own failures; the page only records them.
      showResult(`${frame} called ${functionName}`, { ...result, ok: true }, state, openLink);
      void refresh();
    },
    onOpenLink: openLink,
    onPicked(answer) {
      const names = answer.files.map((f) => f.name).join(', ') || 'nothing';
      note(`Google Picker (the preview's stand-in): ${answer.user} picked ${names}.`);
      void refresh();
    },
  };
}

const sidebar = new SidebarFrame(frameHandlers('Sidebar'));
const dialog = new DialogFrame(frameHandlers('Dialog'));

function switchUser(email: string): void {
  void act(`At the keyboard: ${email}`, api.switchUser(email));
}

const handlers: PanelHandlers = {
  runMenuItem: (functionName: string) => void act(`Menu: ${functionName}`, api.menu(functionName)),
  advance: (ms: number) => void act(`Clock +${ms / 3_600_000} h`, api.advance(ms)),
  jump: (shortcut: ClockShortcutId) => {
    const label = state?.shortcuts.find((s) => s.id === shortcut)?.label ?? shortcut;
    void act(`Clock: ${label}`, api.clock(shortcut));
  },
  showSheet: (name: string) => void api.select(name, 'A1').then(() => refresh()),
  openMail,
  openDocument,
  openLink,
};

async function refresh(): Promise<void> {
  // The new state is kept only with its sheet, so the active tab is always the sheet the grid shows.
  const next = await api.state();
  const sheet = await api.sheet(next.activeSheet);
  state = next;
  renderPanels(state, handlers, viewer.viewing);
  renderUserSwitch(state, switchUser);
  grid.render(sheet, state.selection);
  sidebar.render(state.sidebar);
  dialog.render(state.dialog);
}

async function act(what: string, pending: Promise<ActionResult>): Promise<void> {
  document.body.classList.add('busy');
  try {
    const result = await pending;
    await refresh();
    if (state) showResult(what, result, state, openLink);
  } catch (e) {
    if (state) showResult(what, failed(e), state, openLink);
  } finally {
    document.body.classList.remove('busy');
    grid.focus();
  }
}

void refresh().then(() => grid.focus());
