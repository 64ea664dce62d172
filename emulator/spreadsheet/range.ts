// Range: notes, formats, data validation and protection on top of RangeBase's values.
import { KIND } from '../core/emulated';
import { DEFAULT_BACKGROUND, DEFAULT_NUMBER_FORMAT, normaliseColor, type Cell } from './cell';
import {
  asGoogle,
  signatureError,
  type Doc,
  type GDataValidation,
  type GProtection,
  type GRange,
  type GSheet,
} from './handles';
import { Protection } from './protection';
import { handleOf, RangeBase } from './range-base';
import { checkShape, readFirst, readGrid, setAttr, writeGrid } from './range-ops';
import { Sheet } from './sheet';
import type { SheetModel } from './sheet-model';
import type { Rect } from './a1';
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

type Methods =
  | 'getSheet'
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
  | 'clearFormat'
  | 'setWrap'
  | 'setWraps'
  | 'setHorizontalAlignment';

/** https://developers.google.com/apps-script/reference/spreadsheet/range */
export class Range extends RangeBase implements Pick<GRange, Methods> {
  readonly [KIND] = 'Range';

  constructor(doc: Doc, sheet: SheetModel, rect: Rect) {
    super(doc, sheet, rect);
  }

  get #h() {
    return handleOf(this);
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

  getSheet(): GSheet {
    return asGoogle(new Sheet(this.#h, this.#h.sheet));
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
