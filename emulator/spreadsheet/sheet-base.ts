// The tab itself: name, position, size, rows and columns, frozen panes, looks (base of Sheet).
import { AppsScriptError, Emulated } from '../core/emulated';
import {
  asGoogle,
  assertLive,
  linkSheet,
  sheetHandle,
  signatureError,
  type Doc,
  type GSheet,
  type SheetHandle,
} from './handles';
import { blocking, PROTECTED_MESSAGE } from './protection-rules';
import { deleteLines, insertLines } from './sheet-lines';
import type { SheetModel } from './sheet-model';
import { writeValue } from './write';

type Methods =
  | 'activate'
  | 'getName'
  | 'setName'
  | 'getSheetName'
  | 'getSheetId'
  | 'getIndex'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowBefore'
  | 'insertRowAfter'
  | 'insertRowsBefore'
  | 'insertRowsAfter'
  | 'insertRows'
  | 'insertColumnBefore'
  | 'insertColumnAfter'
  | 'insertColumnsBefore'
  | 'insertColumnsAfter'
  | 'insertColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setTabColor'
  | 'getTabColor'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'setRowHeight'
  | 'getRowHeight'
  | 'autoResizeColumn'
  | 'autoResizeColumns';

/** https://developers.google.com/apps-script/reference/spreadsheet/sheet */
export abstract class SheetBase extends Emulated implements Pick<GSheet, Methods> {
  constructor(doc: Doc, sheet: SheetModel) {
    super();
    linkSheet(this, { exec: doc.exec, state: doc.state, sheet });
  }

  get #h(): SheetHandle {
    return sheetHandle(this, 'Sheet');
  }
  get #m(): SheetModel {
    assertLive(this.#h);
    return this.#h.sheet;
  }
  #self(): GSheet {
    return asGoogle(this);
  }

  activate(): GSheet {
    this.#h.state.setActiveSheet(this.#m);
    return this.#self();
  }
  getName(): string {
    return this.#m.name;
  }
  getSheetName(): string {
    return this.#m.name;
  }
  setName(name: string): GSheet {
    const other = this.#h.state.findSheet(String(name));
    if (other && other !== this.#m) {
      throw new AppsScriptError(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    this.#m.name = String(name);
    return this.#self();
  }
  getSheetId(): number {
    return this.#m.id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.#h.state.sheets.indexOf(this.#m) + 1;
  }
  getLastRow(): number {
    return this.#m.lastRow();
  }
  getLastColumn(): number {
    return this.#m.lastColumn();
  }
  getMaxRows(): number {
    return this.#m.maxRows;
  }
  getMaxColumns(): number {
    return this.#m.maxColumns;
  }
  // ---- rows and columns ----
  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    insertLines(this.#m, 'rows', beforePosition, howMany);
    return this.#self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    insertLines(this.#m, 'rows', afterPosition + 1, howMany);
    return this.#self();
  }
  insertRows(rowIndex: number, numRows = 1): void {
    insertLines(this.#m, 'rows', rowIndex, numRows);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    insertLines(this.#m, 'columns', beforePosition, howMany);
    return this.#self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    insertLines(this.#m, 'columns', afterPosition + 1, howMany);
    return this.#self();
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    insertLines(this.#m, 'columns', columnIndex, numColumns);
  }
  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return this.#self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    deleteLines(this.#h, 'rows', rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    this.deleteColumns(columnPosition, 1);
    return this.#self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    deleteLines(this.#h, 'columns', columnPosition, howMany);
  }
  /** Writes after the last row with content, growing the sheet when it is full [doc: appendRow]. */
  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    const m = this.#m;
    const row = m.lastRow() + 1;
    const rect = { row, column: 1, numRows: 1, numColumns: Math.max(1, rowContents.length) };
    if (blocking(this.#h.state, m, rect, this.#h.exec.effectiveUser))
      throw new AppsScriptError(PROTECTED_MESSAGE);
    if (row > m.maxRows) m.maxRows = row;
    if (rowContents.length > m.maxColumns) m.maxColumns = rowContents.length;
    rowContents.forEach((v, i) => writeValue(this.#h.state, m, row, i + 1, v));
    return this.#self();
  }

  // ---- frozen panes ----
  setFrozenRows(rows: number): void {
    this.#m.frozenRows = Math.max(0, Math.floor(rows));
  }
  getFrozenRows(): number {
    return this.#m.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.#m.frozenColumns = Math.max(0, Math.floor(columns));
  }
  getFrozenColumns(): number {
    return this.#m.frozenColumns;
  }

  // ---- appearance (recorded, not rendered) ----
  setTabColor(color: string | null): GSheet {
    this.#m.tabColor = color === null ? null : color.toLowerCase();
    return this.#self();
  }
  getTabColor(): string | null {
    return this.#m.tabColor;
  }
  /** Hiding the last visible sheet fails [open: wording unconfirmed]. */
  hideSheet(): GSheet {
    const visible = this.#h.state.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.#m) {
      throw new AppsScriptError("You can't hide all the sheets in a document.");
    }
    this.#m.hidden = true;
    return this.#self();
  }
  showSheet(): GSheet {
    this.#m.hidden = false;
    return this.#self();
  }
  isSheetHidden(): boolean {
    return this.#m.hidden;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.#m.columnWidths.set(columnPosition, width);
    return this.#self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.#m.columnWidths.set(c, width);
    return this.#self();
  }
  /** 100 pixels unless set [reported default]. */
  getColumnWidth(columnPosition: number): number {
    return this.#m.columnWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    this.#m.rowHeights.set(rowPosition, height);
    return this.#self();
  }
  /** 21 pixels unless set [reported default]. */
  getRowHeight(rowPosition: number): number {
    return this.#m.rowHeights.get(rowPosition) ?? 21;
  }
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    this.#h.state.recorded.push({
      call: 'Sheet.autoResizeColumns',
      args: [this.#m.name, startColumn, numColumns],
    });
    return this.#self();
  }
}
