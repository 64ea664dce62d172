// Turns the emulated workspace's state into the plain views the page draws (preview/shared/api.ts).
import type { ExecutionRecord } from '../emulator';
import type { SentMail } from '../emulator/services/mail';
import type { MenuEntry, MenuRecord, AlertRecord } from '../emulator/services/ui-state';
import type { SpreadsheetState, Toast } from '../emulator/spreadsheet';
import type {
  AlertView,
  CellView,
  ExecutionView,
  MailView,
  MenuItemView,
  MenuView,
  SheetView,
  ToastView,
} from './shared/api';
import { cellA1 } from './shared/a1';

/** Blank rows and columns drawn past the used range, as Sheets shows empty space to type in. */
const MARGIN_ROWS = 20;
const MARGIN_COLUMNS = 3;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
/** Enough for a school's year of attendance; the page says when a sheet is cut short. */
const MAX_ROWS = 5000;

const HEX = /^#[0-9a-f]{6}$/i;
const ALIGNMENTS = new Set(['left', 'center', 'right']);

export function sheetView(book: SpreadsheetState, name: string): SheetView {
  const sheet = book.sheet(name);
  const rows = Math.min(sheet.maxRows, MAX_ROWS, Math.max(sheet.lastRow() + MARGIN_ROWS, MIN_ROWS));
  const columns = Math.min(
    sheet.maxColumns,
    Math.max(sheet.lastColumn() + MARGIN_COLUMNS, MIN_COLUMNS),
  );
  const lists: string[][] = [];
  const listIndex = new Map<string, number>();
  const listOf = (choices: readonly string[]): number => {
    const key = JSON.stringify(choices);
    let index = listIndex.get(key);
    if (index === undefined) {
      index = lists.push([...choices]) - 1;
      listIndex.set(key, index);
    }
    return index;
  };
  const cells: (CellView | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: (CellView | null)[] = [];
    for (let c = 1; c <= columns; c++) {
      const raw = sheet.at(r, c);
      if (!raw) {
        line.push(null);
        continue;
      }
      const cell = sheet.cell(cellA1(r, c));
      const choices = cell.validation?.criteria === 'VALUE_IN_LIST' ? cell.validation.args[0] : [];
      const view: CellView = {
        v: cell.displayValue,
        ...(cell.formula ? { f: cell.formula } : {}),
        ...(cell.note ? { note: cell.note } : {}),
        ...(HEX.test(cell.background) && cell.background.toLowerCase() !== '#ffffff'
          ? { bg: cell.background }
          : {}),
        ...(raw.fontColor && HEX.test(raw.fontColor) ? { color: raw.fontColor } : {}),
        ...(cell.fontWeight === 'bold' ? { bold: true as const } : {}),
        ...(raw.horizontalAlignment && ALIGNMENTS.has(raw.horizontalAlignment)
          ? { align: raw.horizontalAlignment as CellView['align'] }
          : {}),
        ...(Array.isArray(choices) && choices.length > 0
          ? { list: listOf(choices.map(String)) }
          : {}),
      };
      line.push(view);
    }
    cells.push(line);
  }
  return {
    name: sheet.name,
    rows,
    columns,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    cells,
    lists,
  };
}

function menuItems(entries: readonly MenuEntry[]): MenuItemView[] {
  return entries.map((entry): MenuItemView => {
    if (entry.type === 'submenu') {
      return { type: 'submenu', caption: entry.menu.caption, items: menuItems(entry.menu.items) };
    }
    return entry;
  });
}

export function menuView(menu: MenuRecord): MenuView {
  return { caption: menu.caption, addOn: menu.addOn, items: menuItems(menu.items) };
}

/** Every function a menu item names: the only ones the page may run as a menu click. */
export function menuFunctions(menus: readonly MenuRecord[]): Set<string> {
  const names = new Set<string>();
  const walk = (entries: readonly MenuEntry[]): void => {
    for (const entry of entries) {
      if (entry.type === 'item') names.add(entry.functionName);
      if (entry.type === 'submenu') walk(entry.menu.items);
    }
  };
  for (const menu of menus) walk(menu.items);
  return names;
}

export function mailView(mail: SentMail, index: number): MailView {
  return {
    index,
    to: mail.to,
    cc: mail.cc,
    bcc: mail.bcc,
    from: mail.from,
    subject: mail.subject,
    body: mail.body,
    hasHtmlBody: mail.htmlBody !== undefined,
    sentAt: mail.sentAt,
  };
}

export function executionView(
  record: ExecutionRecord,
  seq: number,
  logs: readonly string[],
): ExecutionView {
  return {
    seq,
    functionName: record.functionName,
    kind: record.kind,
    authMode: record.authMode,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    calls: record.calls,
    ...(record.error === undefined ? {} : { error: record.error }),
    logs: [...logs],
  };
}

export function alertView(alert: AlertRecord): AlertView {
  return { title: alert.title, prompt: alert.prompt, answer: alert.answer.button };
}

export function toastView(toast: Toast): ToastView {
  return { title: toast.title, message: toast.message, timeoutSeconds: toast.timeoutSeconds };
}
