// Writing blocks of values through the API: input values, fitting the range, protections, RAW and USER_ENTERED.
import type { Rect } from '../spreadsheet/a1';
import { columnLetters } from '../spreadsheet/a1';
import { isDate } from '../spreadsheet/cell';
import { blocking, PROTECTED_MESSAGE } from '../spreadsheet/protection-rules';
import type { SheetModel } from '../spreadsheet/sheet-model';
import type { SpreadsheetState } from '../spreadsheet/state';
import { writeRaw, writeValue } from '../spreadsheet/write';
import { badRequest, refuseValue, type Json, type SheetsCall } from './errors';
import { assertInGrid, rangeA1, type ApiRange } from './ranges';
import type { MajorDimension } from './render';

export type InputOption = 'RAW' | 'USER_ENTERED';
type Input = string | number | boolean;

/** A block ready to write: where, and each non-null datum. */
export interface Block {
  readonly sheet: SheetModel;
  /** The cells the data covers (anchor to the data's last row and widest row). */
  readonly rect: Rect;
  readonly cells: ReadonlyArray<{ row: number; column: number; value: Input }>;
}

/**
 * A request's values as rows: "For input, supported value types are: bool, string, and double.
 * Null values will be skipped. To set a cell to an empty value, set the string value to an empty
 * string." (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange).
 * A Date reaches the API as its JSON text, the ISO instant [open]. With majorDimension COLUMNS
 * each inner array is a column.
 */
export function inputRows(
  call: SheetsCall,
  prefix: string,
  values: unknown,
  dimension: MajorDimension,
): Array<Array<Input | null>> {
  if (!Array.isArray(values) || !values.every((v) => Array.isArray(v))) {
    return refuseValue(call, prefix, 'values', values);
  }
  const lines = (values as unknown[][]).map((line, i) =>
    line.map((v, j): Input | null => {
      if (v === null || v === undefined) return null;
      if (isDate(v)) return v.toISOString();
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      return refuseValue(call, prefix, `values[${i}][${j}]`, v);
    }),
  );
  if (dimension === 'ROWS') return lines;
  const height = lines.reduce((most, l) => Math.max(most, l.length), 0);
  return Array.from({ length: height }, (_, r) => lines.map((l) => l[r] ?? null));
}

/**
 * Places `rows` at the range's top-left. A bounded range must hold the data ("Requested writing
 * within range [Sheet1!A1:B2], but tried writing to row [3]" / "... to column [C]" [reported]); a
 * range naming one cell spreads as far as the data goes, within the grid. A strict protection that
 * stops the effective user refuses the write with Sheets' protected-cell message [reported] (the
 * API runs as the effective user, like SpreadsheetApp; warning-only protections do not stop it).
 */
export function planBlock(
  state: SpreadsheetState,
  call: SheetsCall,
  prefix: string,
  range: ApiRange,
  rows: ReadonlyArray<ReadonlyArray<Input | null>>,
  user: string,
): Block {
  const { sheet, rect } = range;
  if (!range.single) {
    rows.forEach((line, i) => {
      if (i >= rect.numRows) {
        throw badRequest(
          call,
          `${prefix}Requested writing within range [${range.text}], but tried writing to row [${rect.row + i}]`,
        );
      }
      if (line.length > rect.numColumns) {
        throw badRequest(
          call,
          `${prefix}Requested writing within range [${range.text}], but tried writing to column [${columnLetters(rect.column + rect.numColumns)}]`,
        );
      }
    });
  }
  const width = rows.reduce((most, l) => Math.max(most, l.length), 1);
  const written: Rect =
    rows.length === 0
      ? rect
      : { row: rect.row, column: rect.column, numRows: rows.length, numColumns: width };
  const cells: Array<{ row: number; column: number; value: Input }> = [];
  rows.forEach((line, i) =>
    line.forEach((value, j) => {
      if (value !== null) cells.push({ row: rect.row + i, column: rect.column + j, value });
    }),
  );
  assertInGrid(call, sheet, written, prefix);
  if (cells.length > 0 && blocking(state, sheet, written, user)) {
    throw badRequest(call, PROTECTED_MESSAGE);
  }
  return { sheet, rect: written, cells };
}

/**
 * Writes a planned block through the sheet model SpreadsheetApp writes through.
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption: USER_ENTERED
 * "values will be parsed as if the user typed them into the UI" (formulas, numbers, dates in
 * the spreadsheet's zone, a leading apostrophe forcing text: spreadsheet/write.ts `writeValue`);
 * RAW stores them as they are (`writeRaw`).
 */
export function applyBlock(state: SpreadsheetState, block: Block, option: InputOption): void {
  for (const { row, column, value } of block.cells) {
    if (option === 'RAW') writeRaw(block.sheet, row, column, value);
    else writeValue(state, block.sheet, row, column, value);
  }
}

/**
 * An UpdateValuesResponse: the range the data covers and how many rows, columns and cells got a
 * value (null cells are not written [reported]). Zero counts are left out, as proto3 JSON leaves
 * out default values.
 */
export function updateResponse(spreadsheetId: string, block: Block): Json {
  const rows = new Set(block.cells.map((c) => c.row)).size;
  const columns = new Set(block.cells.map((c) => c.column)).size;
  return {
    spreadsheetId,
    updatedRange: rangeA1(block.sheet, block.rect),
    ...(rows ? { updatedRows: rows } : {}),
    ...(columns ? { updatedColumns: columns } : {}),
    ...(block.cells.length ? { updatedCells: block.cells.length } : {}),
  };
}
