// Range's geometry, values and formulas (the base class of Range; imports no other service class).
import { AppsScriptError, Emulated } from '../core/emulated';
import { rectA1, type Rect } from './a1';
import { hasContent, readValue } from './cell';
import { displayValue } from './format';
import {
  asGoogle,
  linkRange,
  rangeHandle,
  signatureError,
  type Doc,
  type GRange,
  type RangeHandle,
} from './handles';
import { checkRect, checkShape, readFirst, readGrid, writeGrid } from './range-ops';
import type { SheetModel } from './sheet-model';
import { writeValue } from './write';

type Methods =
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
  | 'isBlank'
  | 'clearContent';

type RangeClass = new (doc: Doc, sheet: SheetModel, rect: Rect) => Emulated;

/** The document state behind a Range (host side; never reachable from the script). */
export const handleOf = (r: RangeBase): RangeHandle => rangeHandle(r, 'Range');

/** https://developers.google.com/apps-script/reference/spreadsheet/range */
export abstract class RangeBase extends Emulated implements Pick<GRange, Methods> {
  constructor(doc: Doc, sheet: SheetModel, rect: Rect) {
    super();
    linkRange(this, { exec: doc.exec, state: doc.state, sheet, rect });
  }

  #self(): GRange {
    return asGoogle(this);
  }
  #sibling(rect: Rect): GRange {
    const h = handleOf(this);
    return asGoogle(new (this.constructor as RangeClass)(h, h.sheet, rect));
  }
  #write(data: unknown[][] | (() => unknown)): GRange {
    const h = handleOf(this);
    writeGrid(h, data, (row, col, v) => writeValue(h.state, h.sheet, row, col, v));
    return this.#self();
  }

  activate(): GRange {
    const h = handleOf(this);
    h.state.setSelection(h.sheet, h.rect);
    return this.#self();
  }
  getRow(): number {
    return handleOf(this).rect.row;
  }
  getRowIndex(): number {
    return handleOf(this).rect.row;
  }
  getColumn(): number {
    return handleOf(this).rect.column;
  }
  getNumRows(): number {
    return handleOf(this).rect.numRows;
  }
  getNumColumns(): number {
    return handleOf(this).rect.numColumns;
  }
  getHeight(): number {
    return handleOf(this).rect.numRows;
  }
  getWidth(): number {
    return handleOf(this).rect.numColumns;
  }
  /** "Returns the end row position" (not the sheet's last row with content). */
  getLastRow(): number {
    const r = handleOf(this).rect;
    return r.row + r.numRows - 1;
  }
  getLastColumn(): number {
    const r = handleOf(this).rect;
    return r.column + r.numColumns - 1;
  }
  getA1Notation(): string {
    return rectA1(handleOf(this).rect);
  }
  getGridId(): number {
    return handleOf(this).sheet.id;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const { sheet, rect: r } = handleOf(this);
    return this.#sibling(
      checkRect(sheet, {
        row: r.row + rowOffset,
        column: r.column + columnOffset,
        numRows: numRows ?? r.numRows,
        numColumns: numColumns ?? r.numColumns,
      }),
    );
  }
  /** Relative to this range, 1-based; outside it: "Cell reference out of range" [reported]. */
  getCell(row: number, column: number): GRange {
    const r = handleOf(this).rect;
    if (row < 1 || column < 1 || row > r.numRows || column > r.numColumns) {
      throw new AppsScriptError('Cell reference out of range');
    }
    return this.#sibling({
      row: r.row + row - 1,
      column: r.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  getValues(): unknown[][] {
    return readGrid(handleOf(this), readValue);
  }
  getValue(): unknown {
    return readFirst(handleOf(this), readValue);
  }
  /** Data must match the range's shape exactly; strings are read as typed (see write.ts). */
  setValues(values: unknown[][]): GRange {
    return this.#write(checkShape('setValues', handleOf(this).rect, values));
  }
  /** Sets every cell of the range to `value`. */
  setValue(value: unknown): GRange {
    if (Array.isArray(value)) throw signatureError('Range.setValue', [value]);
    return this.#write(() => value);
  }
  getDisplayValues(): string[][] {
    const h = handleOf(this);
    return readGrid(h, (c) => displayValue(c?.value, c?.numberFormat, h.state.timeZone));
  }
  getDisplayValue(): string {
    const h = handleOf(this);
    return readFirst(h, (c) => displayValue(c?.value, c?.numberFormat, h.state.timeZone));
  }
  getFormulas(): string[][] {
    return readGrid(handleOf(this), (c) => c?.formula ?? '');
  }
  getFormula(): string {
    return readFirst(handleOf(this), (c) => c?.formula ?? '');
  }
  setFormulas(formulas: string[][]): GRange {
    return this.#write(checkShape('setFormulas', handleOf(this).rect, formulas));
  }
  setFormula(formula: string): GRange {
    return this.#write(() => formula);
  }
  isBlank(): boolean {
    return readGrid(handleOf(this), hasContent).every((line) => line.every((has) => !has));
  }
  /** Clears values and formulas, keeping formats, notes and validation. */
  clearContent(): GRange {
    return this.#write(() => null);
  }
}
