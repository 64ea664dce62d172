// Reading and writing a Range's block of cells: dimension checks, protections, per-cell attributes.
import { AppsScriptError } from '../core/emulated';
import type { Rect } from './a1';
import type { Cell } from './cell';
import { assertLive, signatureError, type RangeHandle } from './handles';
import { blocking, PROTECTED_MESSAGE } from './protection-rules';
import type { SheetModel } from './sheet-model';

/** Google's argument checks for a block of cells (Sheet.getRange, Range.offset) [reported wording]. */
export function checkRect(sheet: SheetModel, rect: Rect): Rect {
  if (rect.row < 1) throw new AppsScriptError('The starting row of the range is too small.');
  if (rect.column < 1) throw new AppsScriptError('The starting column of the range is too small.');
  if (rect.numRows < 1)
    throw new AppsScriptError('The number of rows in the range must be at least 1.');
  if (rect.numColumns < 1) {
    throw new AppsScriptError('The number of columns in the range must be at least 1.');
  }
  if (
    rect.row + rect.numRows - 1 > sheet.maxRows ||
    rect.column + rect.numColumns - 1 > sheet.maxColumns
  ) {
    throw new AppsScriptError(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  }
  return rect;
}

/**
 * setValues and its siblings need data exactly the range's shape
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues).
 */
export function checkShape(method: string, rect: Rect, data: unknown): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw signatureError(`Range.${method}`, [data]);
  }
  const rows = data as unknown[][];
  if (rows.length !== rect.numRows) {
    throw new AppsScriptError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== rect.numColumns) {
      throw new AppsScriptError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`,
      );
    }
  }
  return rows;
}

/**
 * A script edits as its effective user: a strict protection that does not list them stops it
 * with Sheets' message [reported]; warning-only protections do not stop scripts [reported].
 */
export function assertMayEdit(h: RangeHandle): void {
  assertLive(h);
  if (blocking(h.state, h.sheet, h.rect, h.exec.effectiveUser)) {
    throw new AppsScriptError(PROTECTED_MESSAGE);
  }
}

export function readGrid<T>(h: RangeHandle, read: (cell: Cell | undefined) => T): T[][] {
  assertLive(h);
  const out: T[][] = [];
  for (let r = 0; r < h.rect.numRows; r++) {
    const line: T[] = [];
    for (let c = 0; c < h.rect.numColumns; c++)
      line.push(read(h.sheet.at(h.rect.row + r, h.rect.column + c)));
    out.push(line);
  }
  return out;
}

export function readFirst<T>(h: RangeHandle, read: (cell: Cell | undefined) => T): T {
  assertLive(h);
  return read(h.sheet.at(h.rect.row, h.rect.column));
}

/** Calls `write(row, column, datum)` for each cell, `datum` from `data` (already shape-checked). */
export function writeGrid(
  h: RangeHandle,
  data: unknown[][] | ((r: number, c: number) => unknown),
  write: (row: number, column: number, datum: unknown) => void,
): void {
  assertMayEdit(h);
  for (let r = 0; r < h.rect.numRows; r++) {
    for (let c = 0; c < h.rect.numColumns; c++) {
      const datum = typeof data === 'function' ? data(r, c) : data[r]?.[c];
      write(h.rect.row + r, h.rect.column + c, datum);
    }
  }
}

/** Sets (or with `undefined`, clears) one attribute of each cell. */
export function setAttr<K extends keyof Cell>(
  h: RangeHandle,
  key: K,
  data: unknown[][] | ((r: number, c: number) => unknown),
  convert: (datum: unknown) => Cell[K] | undefined,
): void {
  writeGrid(h, data, (row, column, datum) => {
    const value = convert(datum);
    if (value === undefined) {
      const cell = h.sheet.at(row, column);
      if (cell) delete cell[key];
      h.sheet.tidy(row, column);
    } else {
      h.sheet.ensure(row, column)[key] = value;
    }
  });
}
