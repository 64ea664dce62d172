// Range: a block of cells on a sheet; values, formulas, notes, formats, validation, protection.
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { rectA1, type Rect } from './a1';
import {
  DEFAULT_BACKGROUND,
  DEFAULT_NUMBER_FORMAT,
  hasContent,
  normaliseColor,
  readValue,
  type Cell,
} from './cell';
import { displayValue } from './format';
import {
  asGoogle,
  linkRange,
  signatureError,
  type Doc,
  type GDataValidation,
  type GProtection,
  type GRange,
  type GSheet,
  type RangeHandle,
} from './handles';
import { Protection } from './protection';
import { checkRect, checkShape, readFirst, readGrid, setAttr, writeGrid } from './range-ops';
import { Sheet } from './sheet';
import type { SheetModel } from './sheet-model';
import { DataValidation, ruleOf } from './validation';
import { writeValue } from './write';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type Alignment = 'left' | 'center' | 'normal' | 'right' | null;

const text = (v: unknown): string | undefined =>
  v === null || v === undefined || v === '' ? undefined : String(v);
const color = (v: unknown): string | undefined => {
  const t = text(v);
  return t === undefined ? undefined : normaliseColor(t);
};
const weight = (v: unknown): 'bold' | undefined => (v === 'bold' ? 'bold' : undefined);
const format = (v: unknown): string | undefined => {
  const t = text(v);
  return t === undefined || t === DEFAULT_NUMBER_FORMAT ? undefined : t;
};

/** https://developers.google.com/apps-script/reference/spreadsheet/range */
export class Range
  extends Emulated
  implements
    Pick<
      GRange,
      | 'activate'
      | 'getRow'
      | 'getRowIndex'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getHeight'
      | 'getWidth'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getGridId'
      | 'getSheet'
      | 'offset'
      | 'getCell'
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormulas'
      | 'setFormula'
      | 'getNotes'
      | 'getNote'
      | 'setNotes'
      | 'setNote'
      | 'clearNote'
      | 'getBackgrounds'
      | 'getBackground'
      | 'setBackgrounds'
      | 'setBackground'
      | 'getFontWeights'
      | 'getFontWeight'
      | 'setFontWeights'
      | 'setFontWeight'
      | 'setFontColor'
      | 'getNumberFormats'
      | 'getNumberFormat'
      | 'setNumberFormats'
      | 'setNumberFormat'
      | 'getDataValidations'
      | 'getDataValidation'
      | 'setDataValidations'
      | 'setDataValidation'
      | 'clearDataValidations'
      | 'insertCheckboxes'
      | 'protect'
      | 'clearContent'
      | 'clearFormat'
      | 'isBlank'
      | 'setWrap'
      | 'setWraps'
      | 'setHorizontalAlignment'
    >
{
  readonly [KIND] = 'Range';
  readonly #h: RangeHandle;

  constructor(doc: Doc, sheet: SheetModel, rect: Rect) {
    super();
    this.#h = { ...doc, sheet, rect };
    linkRange(this, this.#h);
  }

  #self(): GRange {
    return asGoogle(this);
  }
  #setEach<K extends keyof Cell>(
    key: K,
    value: unknown,
    convert: (v: unknown) => Cell[K] | undefined,
  ): GRange {
    setAttr(this.#h, key, () => value, convert);
    return this.#self();
  }
  #setGrid<K extends keyof Cell>(
    method: string,
    key: K,
    data: unknown,
    convert: (v: unknown) => Cell[K] | undefined,
  ): GRange {
    setAttr(this.#h, key, checkShape(method, this.#h.rect, data), convert);
    return this.#self();
  }

  // ---- geometry ----
  activate(): GRange {
    this.#h.state.setSelection(this.#h.sheet, this.#h.rect);
    return this.#self();
  }
  getRow(): number {
    return this.#h.rect.row;
  }
  getRowIndex(): number {
    return this.#h.rect.row;
  }
  getColumn(): number {
    return this.#h.rect.column;
  }
  getNumRows(): number {
    return this.#h.rect.numRows;
  }
  getNumColumns(): number {
    return this.#h.rect.numColumns;
  }
  getHeight(): number {
    return this.#h.rect.numRows;
  }
  getWidth(): number {
    return this.#h.rect.numColumns;
  }
  /** "Returns the end row position" (not the sheet's last row with content). */
  getLastRow(): number {
    return this.#h.rect.row + this.#h.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.#h.rect.column + this.#h.rect.numColumns - 1;
  }
  getA1Notation(): string {
    return rectA1(this.#h.rect);
  }
  getGridId(): number {
    return this.#h.sheet.id;
  }
  getSheet(): GSheet {
    return asGoogle(new Sheet(this.#h, this.#h.sheet));
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const r = this.#h.rect;
    const rect = checkRect(this.#h.sheet, {
      row: r.row + rowOffset,
      column: r.column + columnOffset,
      numRows: numRows ?? r.numRows,
      numColumns: numColumns ?? r.numColumns,
    });
    return asGoogle(new Range(this.#h, this.#h.sheet, rect));
  }
  /** Relative to this range, 1-based; outside it: "Cell reference out of range" [reported]. */
  getCell(row: number, column: number): GRange {
    const r = this.#h.rect;
    if (row < 1 || column < 1 || row > r.numRows || column > r.numColumns) {
      throw new AppsScriptError('Cell reference out of range');
    }
    const rect = { row: r.row + row - 1, column: r.column + column - 1, numRows: 1, numColumns: 1 };
    return asGoogle(new Range(this.#h, this.#h.sheet, rect));
  }

  // ---- values and formulas ----
  getValues(): unknown[][] {
    return readGrid(this.#h, readValue);
  }
  getValue(): unknown {
    return readFirst(this.#h, readValue);
  }
  setValues(values: unknown[][]): GRange {
    const data = checkShape('setValues', this.#h.rect, values);
    writeGrid(this.#h, data, (row, col, v) =>
      writeValue(this.#h.state, this.#h.sheet, row, col, v),
    );
    return this.#self();
  }
  /** Sets every cell of the range to `value`. */
  setValue(value: unknown): GRange {
    if (Array.isArray(value)) throw signatureError('Range.setValue', [value]);
    writeGrid(
      this.#h,
      () => value,
      (row, col, v) => writeValue(this.#h.state, this.#h.sheet, row, col, v),
    );
    return this.#self();
  }
  getDisplayValues(): string[][] {
    const tz = this.#h.state.timeZone;
    return readGrid(this.#h, (c) => displayValue(c?.value, c?.numberFormat, tz));
  }
  getDisplayValue(): string {
    return readFirst(this.#h, (c) =>
      displayValue(c?.value, c?.numberFormat, this.#h.state.timeZone),
    );
  }
  getFormulas(): string[][] {
    return readGrid(this.#h, (c) => c?.formula ?? '');
  }
  getFormula(): string {
    return readFirst(this.#h, (c) => c?.formula ?? '');
  }
  setFormulas(formulas: string[][]): GRange {
    const data = checkShape('setFormulas', this.#h.rect, formulas);
    writeGrid(this.#h, data, (row, col, f) =>
      writeValue(this.#h.state, this.#h.sheet, row, col, f),
    );
    return this.#self();
  }
  setFormula(formula: string): GRange {
    writeGrid(
      this.#h,
      () => formula,
      (row, col, f) => writeValue(this.#h.state, this.#h.sheet, row, col, f),
    );
    return this.#self();
  }
  isBlank(): boolean {
    return readGrid(this.#h, hasContent).every((line) => line.every((has) => !has));
  }
  /** Clears values and formulas, keeping formats, notes and validation. */
  clearContent(): GRange {
    writeGrid(
      this.#h,
      () => null,
      (row, col) => writeValue(this.#h.state, this.#h.sheet, row, col, null),
    );
    return this.#self();
  }

  // ---- notes ----
  getNotes(): string[][] {
    return readGrid(this.#h, (c) => c?.note ?? '');
  }
  getNote(): string {
    return readFirst(this.#h, (c) => c?.note ?? '');
  }
  setNotes(notes: Array<Array<string | null>>): GRange {
    return this.#setGrid('setNotes', 'note', notes, text);
  }
  setNote(note: string | null): GRange {
    return this.#setEach('note', note, text);
  }
  clearNote(): GRange {
    return this.#setEach('note', null, text);
  }

  // ---- formats ----
  getBackgrounds(): string[][] {
    return readGrid(this.#h, (c) => c?.background ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    return readFirst(this.#h, (c) => c?.background ?? DEFAULT_BACKGROUND);
  }
  setBackgrounds(color_: Array<Array<string | null>>): GRange {
    return this.#setGrid('setBackgrounds', 'background', color_, color);
  }
  /** null resets to white (#ffffff). */
  setBackground(color_: string | null): GRange {
    return this.#setEach('background', color_, color);
  }
  getFontWeights(): FontWeight[][] {
    return readGrid(this.#h, (c) => c?.fontWeight ?? 'normal');
  }
  getFontWeight(): FontWeight {
    return readFirst(this.#h, (c) => c?.fontWeight ?? 'normal');
  }
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): GRange {
    return this.#setGrid('setFontWeights', 'fontWeight', fontWeights, weight);
  }
  setFontWeight(fontWeight: FontWeight | null): GRange {
    return this.#setEach('fontWeight', fontWeight, weight);
  }
  setFontColor(color_: string | null): GRange {
    return this.#setEach('fontColor', color_, color);
  }
  getNumberFormats(): string[][] {
    return readGrid(this.#h, (c) => c?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return readFirst(this.#h, (c) => c?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this.#setGrid('setNumberFormats', 'numberFormat', numberFormats, format);
  }
  setNumberFormat(numberFormat: string): GRange {
    return this.#setEach('numberFormat', numberFormat, format);
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this.#setEach('wrap', isWrapEnabled, (v) => (v ? true : undefined));
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this.#setGrid('setWraps', 'wrap', isWrapEnabled, (v) => (v ? true : undefined));
  }
  setHorizontalAlignment(alignment: Alignment): GRange {
    return this.#setEach('horizontalAlignment', alignment, text);
  }
  /** Background, font weight and colour, number format, wrap and alignment go; values stay. */
  clearFormat(): GRange {
    for (const key of [
      'background',
      'fontWeight',
      'fontColor',
      'numberFormat',
      'wrap',
      'horizontalAlignment',
    ] as const) {
      setAttr(
        this.#h,
        key,
        () => undefined,
        () => undefined,
      );
    }
    return this.#self();
  }

  // ---- data validation ----
  getDataValidations(): Array<Array<GDataValidation | null>> {
    return readGrid(this.#h, (c) =>
      c?.validation ? asGoogle<GDataValidation>(new DataValidation(this.#h, c.validation)) : null,
    );
  }
  getDataValidation(): GDataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  setDataValidations(rules: Array<Array<GDataValidation | null>>): GRange {
    return this.#setGrid('setDataValidations', 'validation', rules, (v) =>
      this.#rule(v, 'setDataValidations'),
    );
  }
  /** null removes the rule. */
  setDataValidation(rule: GDataValidation | null): GRange {
    const stored = this.#rule(rule, 'setDataValidation');
    return this.#setEach('validation', stored, (v) => v as Cell['validation']);
  }
  clearDataValidations(): GRange {
    return this.#setEach('validation', undefined, () => undefined);
  }
  #rule(v: unknown, method: string): Cell['validation'] {
    if (v === null || v === undefined) return undefined;
    const rule = ruleOf(v);
    if (!rule) throw signatureError(`Range.${method}`, [v]);
    return rule;
  }
  /** A checkbox rule on each cell, unchecked (FALSE or the unchecked value) [doc: insertCheckboxes]. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRange {
    const args = [checkedValue, uncheckedValue].filter((a) => a !== undefined) as Array<
      string | number | boolean
    >;
    const rule = { criteria: 'CHECKBOX' as const, args, allowInvalid: true, helpText: null };
    this.#setEach('validation', rule, (v) => v as Cell['validation']);
    const off = args.length === 2 ? args[1] : args.length === 1 ? null : false;
    writeGrid(
      this.#h,
      () => off,
      (row, col, v) => writeValue(this.#h.state, this.#h.sheet, row, col, v),
    );
    return this.#self();
  }

  // ---- protection ----
  /** A new range protection mirroring the spreadsheet's permissions until editors change. */
  protect(): GProtection {
    const model = this.#h.state.newProtection(this.#h.sheet, 'RANGE', { ...this.#h.rect });
    return asGoogle(new Protection(this.#h, this.#h.sheet, model));
  }
}
