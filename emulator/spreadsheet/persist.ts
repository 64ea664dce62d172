// Plain-JSON snapshots of a workbook (Dates tagged as {$date: iso}) so the preview survives restarts.
import type { ChartModel } from './chart';
import type { VirtualClock } from '../core/clock';
import type { Rect } from './a1';
import { isDate, type Cell } from './cell';
import type { MetadataRecord } from './metadata-store';
import { SheetModel, type ProtectionModel } from './sheet-model';
import type { SpreadsheetState, Toast } from './state';

export interface SheetJSON {
  name: string;
  id: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  cells: Array<[row: number, column: number, cell: unknown]>;
  protections: unknown[];
  /** Absent in files saved before charts were modelled. */
  charts?: unknown[];
  columnWidths: Array<[number, number]>;
  rowHeights: Array<[number, number]>;
}

export interface WorkbookJSON {
  version: 1;
  id: string;
  name: string;
  timeZone: string;
  owner: string;
  editors: string[];
  activeInTimeTrigger: 'document' | 'null';
  sheets: SheetJSON[];
  active: string | null;
  selection: { sheet: string; range: Rect } | null;
  toasts: unknown[];
  nextSheetId: number;
  nextProtectionId: number;
  /** Spreadsheet-level developer metadata (absent in snapshots made before it was modelled). */
  developerMetadata?: { records: MetadataRecord[]; next: number };
}

/** Dates become {$date: iso}; everything else must already be plain data. */
export function encode(v: unknown): unknown {
  if (isDate(v)) return { $date: v.toISOString() };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[k, encode(x)]])),
    );
  }
  return v;
}

export function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$date === 'string' && Object.keys(o).length === 1) return new Date(o.$date);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

function sheetJSON(sheet: SheetModel): SheetJSON {
  const cells: SheetJSON['cells'] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) cells.push([r + 1, c + 1, encode(cell)]);
    }),
  );
  return {
    name: sheet.name,
    id: sheet.id,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    cells,
    protections: sheet.protections.map(encode),
    charts: sheet.charts.map(encode),
    columnWidths: [...sheet.columnWidths],
    rowHeights: [...sheet.rowHeights],
  };
}

export function toJSON(state: SpreadsheetState): WorkbookJSON {
  const selection = state.sheets.length > 0 ? state.selection() : undefined;
  return {
    version: 1,
    id: state.id,
    name: state.name,
    timeZone: state.timeZone,
    owner: state.owner,
    editors: [...state.editors],
    activeInTimeTrigger: state.activeInTimeTrigger,
    sheets: state.sheets.map(sheetJSON),
    active: state.sheets.length > 0 ? state.activeSheet().name : null,
    selection: selection ? { sheet: selection.sheet.name, range: { ...selection.range } } : null,
    toasts: state.toasts.map(encode),
    ...state.counters(),
    developerMetadata: state.developerMetadata.snapshot(),
  };
}

/** Replaces `state`'s document content (not its id or clock) with the snapshot's. */
export function restore(state: SpreadsheetState, json: WorkbookJSON): void {
  state.name = json.name;
  state.timeZone = json.timeZone;
  state.owner = json.owner;
  state.editors = [...json.editors];
  state.activeInTimeTrigger = json.activeInTimeTrigger;
  state.sheets = json.sheets.map((s) => {
    const sheet = new SheetModel(state, s.name, s.id, s.maxRows, s.maxColumns);
    sheet.frozenRows = s.frozenRows;
    sheet.frozenColumns = s.frozenColumns;
    sheet.hidden = s.hidden;
    sheet.tabColor = s.tabColor;
    for (const [r, c, cell] of s.cells) Object.assign(sheet.ensure(r, c), decode(cell) as Cell);
    sheet.protections = s.protections.map((p) => decode(p) as ProtectionModel);
    sheet.charts = (s.charts ?? []).map((c) => decode(c) as ChartModel);
    sheet.columnWidths = new Map(s.columnWidths);
    sheet.rowHeights = new Map(s.rowHeights);
    return sheet;
  });
  state.toasts.splice(0, state.toasts.length, ...json.toasts.map((t) => decode(t) as Toast));
  state.restoreCounters(json.nextSheetId, json.nextProtectionId);
  state.developerMetadata.restore(json.developerMetadata ?? { records: [], next: 1 });
  const active = json.active === null ? undefined : state.findSheet(json.active);
  if (active) state.setActiveSheet(active);
  if (json.selection) {
    const sheet = state.findSheet(json.selection.sheet);
    if (sheet) state.setSelection(sheet, json.selection.range);
  }
}

export function fromJSON(
  json: WorkbookJSON,
  clock: VirtualClock,
  ctor: typeof SpreadsheetState,
): SpreadsheetState {
  const state = new ctor({ name: json.name, timeZone: json.timeZone, clock, id: json.id });
  restore(state, json);
  return state;
}
