// The preview page: loads the workbook from the server, draws it, and sends each action back.
import type { ActionResult, PreviewState } from '../shared/api';
import { api } from './api';
import { byId } from './dom';
import { Grid } from './grid';
import { renderPanels, showResult } from './panels';
import { SidebarFrame } from './sidebar-frame';

let state: PreviewState | undefined;

const grid = new Grid(byId('grid'), {
  onSelect(a1, cell, moved) {
    byId('cell-name').textContent = a1;
    byId('cell-content').textContent = cell?.f ?? cell?.v ?? '';
    byId('cell-content').title = cell?.note ?? '';
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

const sidebar = new SidebarFrame({
  onResult(functionName, result) {
    if (!state) return;
    // The sidebar shows its own failures; the page only records them.
    showResult(
      `Sidebar called ${functionName}`,
      { ...result, ok: true },
      state.timeZone,
      state.now,
    );
    void refresh();
  },
});

const handlers = {
  runMenuItem: (functionName: string) => void act(`Menu: ${functionName}`, api.menu(functionName)),
  advance: (ms: number) => void act(`Clock +${ms / 3_600_000} h`, api.advance(ms)),
  showSheet: (name: string) => void api.select(name, 'A1').then(() => refresh()),
};

async function refresh(): Promise<void> {
  state = await api.state();
  const sheet = await api.sheet(state.activeSheet);
  renderPanels(state, handlers);
  grid.render(sheet, state.selection);
  sidebar.render(state.sidebar);
}

async function act(what: string, pending: Promise<ActionResult>): Promise<void> {
  document.body.classList.add('busy');
  try {
    const result = await pending;
    await refresh();
    if (state) showResult(what, result, state.timeZone, state.now);
  } catch (e) {
    if (state) {
      const error = e instanceof Error ? e.message : String(e);
      showResult(
        what,
        { ok: false, error, alerts: [], toasts: [], executions: [] },
        state.timeZone,
        state.now,
      );
    }
  } finally {
    document.body.classList.remove('busy');
    grid.focus();
  }
}

void refresh().then(() => grid.focus());
