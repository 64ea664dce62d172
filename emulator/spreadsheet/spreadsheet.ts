// Spreadsheet (the bound document) and Selection (what the person has selected in it).
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { checkTimeZone } from '../core/zone';
import { User } from '../services/session';
import { parseA1, splitSheetName } from './a1';
import {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  isVisibility,
  withinLimit,
} from './developer-metadata';
import {
  asGoogle,
  rangeHandle,
  sheetHandle,
  signatureError,
  type Doc,
  type GProtection,
  type GProtectionType,
  type GRange,
  type GSelection,
  type GSheet,
  type GSpreadsheet,
  type GUser,
} from './handles';
import { Range } from './range';
import { checkRect } from './range-ops';
import { Sheet } from './sheet';

type Methods =
  | 'getId'
  | 'getUrl'
  | 'getName'
  | 'rename'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getFormUrl'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'getActiveCell'
  | 'getCurrentCell'
  | 'getSelection'
  | 'setActiveRange'
  | 'getRange'
  | 'getRangeByName'
  | 'getProtections'
  | 'toast'
  | 'getOwner'
  | 'getEditors'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getDataRange'
  | 'appendRow'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder';

type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet */
export class Spreadsheet extends Emulated implements Pick<GSpreadsheet, Methods> {
  readonly [KIND] = 'Spreadsheet';
  readonly #doc: Doc;

  constructor(doc: Doc) {
    super();
    this.#doc = { exec: doc.exec, state: doc.state };
  }

  get #state() {
    return this.#doc.state;
  }
  #sheet(model = this.#state.activeSheet()): GSheet {
    return asGoogle(new Sheet(this.#doc, model));
  }
  #active(): GSheet {
    return this.#sheet();
  }

  getId(): string {
    return this.#state.id;
  }
  getUrl(): string {
    return this.#state.url;
  }
  getName(): string {
    return this.#state.name;
  }
  rename(newName: string): void {
    this.#state.name = String(newName);
  }
  getSpreadsheetTimeZone(): string {
    return this.#state.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      checkTimeZone(timezone);
    } catch {
      throw new AppsScriptError(`Invalid argument: ${timezone}`); // [open] wording unconfirmed
    }
    this.#state.changeTimeZone(timezone);
  }
  /**
   * "The URL for the form that sends its responses to this spreadsheet, or null"; with several
   * forms "the form URL returned is indeterminate" (here the first linked).
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getFormUrl()
   */
  getFormUrl(): string | null {
    return this.#doc.exec.workspace.forms.formUrlOfSpreadsheet(this.#state.id);
  }
  getSpreadsheetLocale(): string {
    return 'en_GB';
  }
  getSheets(): GSheet[] {
    this.#state.ensureSheet();
    return this.#state.sheets.map((s) => this.#sheet(s));
  }
  getNumSheets(): number {
    return this.#state.sheets.length || 1;
  }
  getSheetByName(name: string): GSheet | null {
    const s = this.#state.findSheet(String(name));
    return s ? this.#sheet(s) : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this.#state.sheetById(id);
    return s ? this.#sheet(s) : null;
  }
  /**
   * insertSheet(), (index), (name), (name, index): the new sheet becomes the active one; a taken
   * name fails with Google's message. `index` is 0-based. Templates are not supported.
   */
  insertSheet(a?: string | number | object, b?: number | object): GSheet {
    const state = this.#state;
    state.ensureSheet();
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : state.sheets.length;
    if (name !== undefined && state.findSheet(name)) {
      throw new AppsScriptError(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    for (let n = state.sheets.length + 1; name === undefined; n++) {
      if (!state.findSheet(`Sheet${n}`)) name = `Sheet${n}`;
    }
    const model = state.addSheet(name, [], {
      index: Math.max(0, Math.min(index, state.sheets.length)),
    });
    state.setActiveSheet(model);
    return this.#sheet(model);
  }
  /** Removing the only sheet fails: "You can't remove all the sheets in a document." [reported] */
  deleteSheet(sheet: GSheet): void {
    const h = sheetHandle(sheet, 'Spreadsheet.deleteSheet');
    if (this.#state.sheets.length <= 1) {
      throw new AppsScriptError("You can't remove all the sheets in a document.");
    }
    this.#state.removeSheet(h.sheet);
  }
  getActiveSheet(): GSheet {
    return this.#active();
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.#state.setActiveSheet(sheetHandle(sheet, 'Spreadsheet.setActiveSheet').sheet);
    return sheet;
  }
  getActiveRange(): GRange | null {
    const sel = this.#state.selection();
    return asGoogle(new Range(this.#doc, sel.sheet, sel.range));
  }
  getActiveCell(): GRange {
    const sel = this.#state.selection();
    return asGoogle(new Range(this.#doc, sel.sheet, { ...sel.current, numRows: 1, numColumns: 1 }));
  }
  getCurrentCell(): GRange | null {
    return this.getActiveCell();
  }
  getSelection(): GSelection {
    return asGoogle(new Selection(this.#doc));
  }
  setActiveRange(range: GRange): GRange {
    const h = rangeHandle(range, 'Spreadsheet.setActiveRange');
    this.#state.setSelection(h.sheet, h.rect);
    return range;
  }
  /** 'Sheet1!A1:B2', "'My sheet'!A1", or plain A1 on the active sheet; else "Range not found". */
  getRange(a1Notation: string): GRange {
    const { sheetName, a1 } = splitSheetName(String(a1Notation));
    const model =
      sheetName === undefined ? this.#state.activeSheet() : this.#state.findSheet(sheetName);
    const rect = model && parseA1(a1, model.maxRows, model.maxColumns);
    if (!model || !rect) throw new AppsScriptError('Range not found');
    return asGoogle(new Range(this.#doc, model, checkRect(model, rect)));
  }
  /** Named ranges are not modelled: none exist. */
  getRangeByName(_name: string): GRange | null {
    return null;
  }
  getProtections(type: GProtectionType | 'RANGE' | 'SHEET'): GProtection[] {
    return this.#state.sheets.flatMap((s) =>
      this.#sheet(s).getProtections(type as GProtectionType),
    );
  }
  /**
   * Recorded in `state.toasts`. "If null, the toast defaults to 5 seconds; if negative, the toast
   * remains until dismissed." (Spreadsheet.toast docs)
   */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.#state.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : timeoutSeconds,
      at: this.#state.now,
    });
  }
  getOwner(): GUser | null {
    return asGoogle(new User(this.#state.owner));
  }
  getEditors(): GUser[] {
    const all = [this.#state.owner, ...this.#state.editors];
    return all.map((e) => asGoogle<GUser>(new User(e)));
  }
  getLastRow(): number {
    return this.#active().getLastRow();
  }
  getLastColumn(): number {
    return this.#active().getLastColumn();
  }
  getDataRange(): GRange {
    return this.#active().getDataRange();
  }
  appendRow(rowContents: unknown[]): GSheet {
    return this.#active().appendRow(rowContents);
  }

  // ---- developer metadata (the spreadsheet location only) ----

  /**
   * (key), (key, visibility), (key, value), (key, value, visibility): default visibility DOCUMENT,
   * value null. Enum values are their names here, so a two-argument call whose second argument is
   * 'DOCUMENT' or 'PROJECT' is read as the visibility.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)
   */
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GSpreadsheet {
    const args = [key, a, b].filter((x) => x !== undefined);
    const visibility = b !== undefined ? b : isVisibility(a) ? a : 'DOCUMENT';
    const value = b !== undefined || !isVisibility(a) ? a : undefined;
    if (
      typeof key !== 'string' ||
      (value !== undefined && typeof value !== 'string') ||
      !isVisibility(visibility)
    ) {
      throw signatureError('Spreadsheet.addDeveloperMetadata', args);
    }
    withinLimit(() => this.#state.developerMetadata.add({ key, value: value ?? null, visibility }));
    return asGoogle(this);
  }
  /** The spreadsheet's metadata this project may see (DOCUMENT, and its own PROJECT ones). */
  getDeveloperMetadata(): GMetadata[] {
    return this.#state.developerMetadata
      .visible()
      .map((r) => asGoogle<GMetadata>(new DeveloperMetadata(this.#doc, r.id)));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return asGoogle(new DeveloperMetadataFinder(this.#doc));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/selection */
export class Selection
  extends Emulated
  implements Pick<GSelection, 'getActiveRange' | 'getActiveSheet' | 'getCurrentCell'>
{
  readonly [KIND] = 'Selection';
  readonly #doc: Doc;

  constructor(doc: Doc) {
    super();
    this.#doc = { exec: doc.exec, state: doc.state };
  }

  getActiveRange(): GRange | null {
    const sel = this.#doc.state.selection();
    return asGoogle(new Range(this.#doc, sel.sheet, sel.range));
  }
  getActiveSheet(): GSheet {
    return asGoogle(new Sheet(this.#doc, this.#doc.state.activeSheet()));
  }
  getCurrentCell(): GRange | null {
    const sel = this.#doc.state.selection();
    return asGoogle(new Range(this.#doc, sel.sheet, { ...sel.current, numRows: 1, numColumns: 1 }));
  }
}
