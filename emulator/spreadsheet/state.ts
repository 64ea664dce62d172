// The bound spreadsheet's document model: sheets, selection, toasts, and the host-side test API.
import type { VirtualClock } from '../core/clock';
import { checkTimeZone, instantOfSerial, serialOf } from '../core/zone';
import { cellA1, parseA1, type Rect } from './a1';
import { isDate, type CellValue } from './cell';
import { DeveloperMetadataStore } from './metadata-store';
import { fromJSON, restore, toJSON, type WorkbookJSON } from './persist';
import {
  personDeleteRows,
  personInsertRows,
  personSort,
  type PersonOptions,
  type PersonSortOptions,
} from './person-rows';
import type { ProtectionWarning } from './protection-rules';
import { SheetModel, type ProtectionModel, type ProtectionTypeName } from './sheet-model';
import { userEdit, type UserEditOptions, type UserEditResult } from './user-edit';
import { writeValue, type FormulaResults, type WriteContext } from './write';

export interface SpreadsheetStateOptions {
  readonly name: string;
  readonly timeZone: string;
  readonly clock: VirtualClock;
  /** Drive file id (default: a fixed 44-character id). */
  readonly id?: string;
  /** The file's owner: can always edit protected ranges (default owner@example.sch.uk). */
  readonly owner?: string;
  /** Everyone else the file is shared with for editing. */
  readonly editors?: readonly string[];
}

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number | null;
  readonly at: number;
}

export interface SelectionModel {
  readonly sheet: SheetModel;
  readonly range: Rect;
  readonly current: { readonly row: number; readonly column: number };
}

export const DEFAULT_SPREADSHEET_ID = '1EmuLatedSpreadsheetIdForTheBoundDocument000';

export class SpreadsheetState implements WriteContext {
  readonly id: string;
  readonly clock: VirtualClock;
  name: string;
  #timeZone: string;
  owner: string;
  editors: string[];
  /**
   * Whether a time-driven run has this document active ('null': none, as in an editor add-on's
   * clock run; see core/document.ts and Workspace.runAs). Default 'document', as a bound script.
   */
  activeInTimeTrigger: 'document' | 'null' = 'document';
  /**
   * Developer metadata on the spreadsheet itself, shared by SpreadsheetApp
   * (Spreadsheet.addDeveloperMetadata...) and the Sheets API (developerMetadata, batchUpdate).
   * Host view: `developerMetadata.list()`; `developerMetadata.add({ key, value })`.
   */
  readonly developerMetadata = new DeveloperMetadataStore();
  sheets: SheetModel[] = [];
  readonly toasts: Toast[] = [];
  /** Warning-only protections people clicked through (userEdit). */
  readonly warnings: ProtectionWarning[] = [];
  readonly formulaResults: FormulaResults = new Map();
  /** Column widths and other calls the emulator accepts and records but does not model. */
  readonly recorded: Array<{ readonly call: string; readonly args: readonly unknown[] }> = [];
  #active: SheetModel | undefined;
  #selection: SelectionModel | undefined;
  #nextSheetId = 0;
  #nextProtectionId = 1;

  constructor(options: SpreadsheetStateOptions) {
    checkTimeZone(options.timeZone);
    this.id = options.id ?? DEFAULT_SPREADSHEET_ID;
    this.name = options.name;
    this.#timeZone = options.timeZone;
    this.clock = options.clock;
    this.owner = options.owner ?? 'owner@example.sch.uk';
    this.editors = [...(options.editors ?? [])];
  }

  get timeZone(): string {
    return this.#timeZone;
  }

  /** Sets the zone without touching cells (fixtures, restore). See `changeTimeZone`. */
  set timeZone(zone: string) {
    checkTimeZone(zone);
    this.#timeZone = zone;
  }

  /**
   * File > Settings > Time zone: Sheets stores dates as serial numbers (wall-clock days,
   * https://developers.google.com/sheets/api/guides/formats#about_date_time_values), so every date
   * keeps its wall-clock reading and therefore stands for a different instant afterwards.
   */
  changeTimeZone(zone: string): void {
    const from = this.timeZone;
    this.timeZone = zone;
    const move = (d: Date): Date => new Date(instantOfSerial(serialOf(d.getTime(), from), zone));
    for (const sheet of this.sheets) {
      for (const row of sheet.rows) {
        for (const cell of row ?? []) {
          if (cell && isDate(cell.value)) cell.value = move(cell.value);
          if (cell?.validation) {
            const args = cell.validation.args.map((a) => (isDate(a) ? move(a) : a));
            cell.validation = { ...cell.validation, args };
          }
        }
      }
    }
  }

  get now(): number {
    return this.clock.now();
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  // ---- sheets ----

  /**
   * Adds a sheet (1000 x 26, larger if `rows` need it) holding `rows` from A1, written as a person
   * would type them. The first sheet added becomes the active one.
   */
  addSheet(
    name: string,
    rows: readonly (readonly unknown[])[] = [],
    options: { index?: number; maxRows?: number; maxColumns?: number } = {},
  ): SheetModel {
    if (this.findSheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const width = rows.reduce((most, r) => Math.max(most, r.length), 0);
    const sheet = new SheetModel(
      this,
      name,
      this.#nextSheetId,
      Math.max(options.maxRows ?? 1000, rows.length),
      Math.max(options.maxColumns ?? 26, width),
    );
    this.#nextSheetId = this.#nextSheetId === 0 ? 1_000_001 : this.#nextSheetId + 7919;
    const index = options.index ?? this.sheets.length;
    this.sheets.splice(index, 0, sheet);
    rows.forEach((row, r) => row.forEach((v, c) => writeValue(this, sheet, r + 1, c + 1, v)));
    if (!this.#active) this.#active = sheet;
    return sheet;
  }

  /** The sheet called `name`; throws when there is none (a host error, not Google's). */
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet named "${name}" (have: ${this.names().join(', ')})`);
    return sheet;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** A spreadsheet always has a sheet: 'Sheet1' appears if a script looks before any was added. */
  ensureSheet(): SheetModel {
    return this.sheets[0] ?? this.addSheet('Sheet1');
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.#active === sheet) this.#active = this.sheets[0];
    if (this.#selection?.sheet === sheet) this.#selection = undefined;
  }

  // ---- active sheet and selection ----

  activeSheet(): SheetModel {
    if (!this.#active || !this.sheets.includes(this.#active)) this.#active = this.ensureSheet();
    return this.#active;
  }

  setActiveSheet(sheet: SheetModel): void {
    this.#active = sheet;
    if (this.#selection?.sheet !== sheet) this.#selection = undefined;
  }

  /** The active sheet's selection; A1 when nothing was selected. */
  selection(): SelectionModel {
    const sheet = this.activeSheet();
    if (this.#selection?.sheet === sheet) return this.#selection;
    return {
      sheet,
      range: { row: 1, column: 1, numRows: 1, numColumns: 1 },
      current: { row: 1, column: 1 },
    };
  }

  setSelection(sheet: SheetModel, range: Rect): void {
    this.#active = sheet;
    this.#selection = { sheet, range, current: { row: range.row, column: range.column } };
  }

  /** The harness selecting cells in the UI: `select('Placements', 'B2:D4')`. */
  select(sheetName: string, a1: string): void {
    const sheet = this.sheet(sheetName);
    const rect = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    if (!rect) throw new Error(`Not A1 notation: ${a1}`);
    this.setSelection(sheet, rect);
  }

  // ---- protections ----

  newProtection(sheet: SheetModel, type: ProtectionTypeName, rect: Rect | null): ProtectionModel {
    const p: ProtectionModel = {
      id: this.#nextProtectionId++,
      type,
      rect,
      description: '',
      warningOnly: false,
      editors: null,
      domainEdit: true,
      unprotected: [],
      rangeName: null,
    };
    sheet.protections.push(p);
    return p;
  }

  // ---- test helpers ----

  /** Sets a formula and the result Sheets would have computed (formulas are not evaluated). */
  setFormulaResult(sheetName: string, a1: string, formula: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    const rect = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    if (!rect) throw new Error(`Not A1 notation: ${a1}`);
    this.formulaResults.set(`${sheet.id}!${cellA1(rect.row, rect.column)}`, { formula, value });
    const cell = sheet.ensure(rect.row, rect.column);
    cell.formula = formula;
    cell.value = value;
  }

  /** A person typing or pasting `values` at `a1` in the Sheets UI; see user-edit.ts. */
  userEdit(
    user: string,
    sheetName: string,
    a1: string,
    values: readonly (readonly unknown[])[],
    options: UserEditOptions = {},
  ): UserEditResult {
    return userEdit(this, user, sheetName, a1, values, options);
  }

  /** A colleague's Data > Sort sheet by a 1-based column, below the frozen rows; see person-rows.ts. */
  personSort(sheetName: string, column: number, options: PersonSortOptions = {}): void {
    personSort(this, sheetName, column, options);
  }

  /** A colleague inserting rows above `beforeRow` and typing `rows` into them; see person-rows.ts. */
  personInsertRows(
    sheetName: string,
    beforeRow: number,
    rows: readonly (readonly unknown[])[] = [[]],
    options: PersonOptions = {},
  ): void {
    personInsertRows(this, sheetName, beforeRow, rows, options);
  }

  /** A colleague deleting `count` rows from `row`; everything below moves up; see person-rows.ts. */
  personDeleteRows(sheetName: string, row: number, count = 1, options: PersonOptions = {}): void {
    personDeleteRows(this, sheetName, row, count, options);
  }

  toJSON(): WorkbookJSON {
    return toJSON(this);
  }

  /** Replaces this workbook's content with a snapshot (the preview reloading after a restart). */
  load(json: WorkbookJSON): void {
    restore(this, json);
  }

  static fromJSON(json: WorkbookJSON, clock: VirtualClock): SpreadsheetState {
    return fromJSON(json, clock, SpreadsheetState);
  }

  /** Used by persist.ts to restore counters. */
  restoreCounters(nextSheetId: number, nextProtectionId: number): void {
    this.#nextSheetId = nextSheetId;
    this.#nextProtectionId = nextProtectionId;
  }

  counters(): { nextSheetId: number; nextProtectionId: number } {
    return { nextSheetId: this.#nextSheetId, nextProtectionId: this.#nextProtectionId };
  }
}
