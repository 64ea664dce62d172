// Writing a value into a cell as Sheets does: formulas, typed-string parsing, dates, plain text.
import { cellA1 } from './a1';
import { DEFAULT_NUMBER_FORMAT, isDate, PLAIN_TEXT, type CellValue } from './cell';
import { autoDateFormat, isDateFormat } from './format';
import type { SheetModel } from './sheet-model';
import { parseTyped } from './typed';

/** Formula results a test registered, keyed `${sheetId}!A1`, so a formula written later gets one. */
export type FormulaResults = Map<string, { formula: string; value: CellValue }>;

export interface WriteContext {
  readonly timeZone: string;
  readonly now: number;
  readonly formulaResults: FormulaResults;
}

function keepFormat(current: string | undefined, typed: string | undefined): boolean {
  if (typed === undefined) return true;
  if (current === undefined || current === DEFAULT_NUMBER_FORMAT) return false;
  return isDateFormat(current) === isDateFormat(typed);
}

/**
 * Writes `input` to (row, column). Strings go through `parseTyped` unless the cell is formatted as
 * plain text '@'; a string starting with '=' becomes a formula whose value is the registered result
 * or '' (formulas are not evaluated); null, undefined and '' empty the cell's content.
 */
export function writeValue(
  ctx: WriteContext,
  sheet: SheetModel,
  row: number,
  column: number,
  input: unknown,
): void {
  const cell = sheet.ensure(row, column);
  delete cell.formula;
  delete cell.value;
  if (input === null || input === undefined || input === '') {
    sheet.tidy(row, column);
    return;
  }
  if (isDate(input)) {
    if (Number.isNaN(input.getTime())) return sheet.tidy(row, column);
    cell.value = new Date(input.getTime());
    if (cell.numberFormat === undefined) cell.numberFormat = autoDateFormat(input, ctx.timeZone);
    return;
  }
  if (typeof input === 'number') {
    cell.value = Number.isFinite(input) ? input : String(input);
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = typeof input === 'string' ? input : String(input);
  if (cell.numberFormat === PLAIN_TEXT) {
    cell.value = text;
    return;
  }
  const typed = parseTyped(text, ctx.timeZone, ctx.now);
  if (typed.formula !== undefined) {
    cell.formula = typed.formula;
    const known = ctx.formulaResults.get(`${sheet.id}!${cellA1(row, column)}`);
    if (known && known.formula === typed.formula) cell.value = known.value;
    return;
  }
  if (typed.value !== undefined) cell.value = typed.value;
  if (!keepFormat(cell.numberFormat, typed.numberFormat)) cell.numberFormat = typed.numberFormat;
  sheet.tidy(row, column);
}

/**
 * The Sheets API's RAW input: "The values the user has entered will not be parsed and will be
 * stored as-is" (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): a
 * string is text verbatim (a leading '=' or apostrophe stays text), a number a number, a boolean
 * a boolean; '' empties the cell's content. Formats, notes and validation stay.
 */
export function writeRaw(
  sheet: SheetModel,
  row: number,
  column: number,
  input: string | number | boolean,
): void {
  const cell = sheet.ensure(row, column);
  delete cell.formula;
  delete cell.value;
  if (input === '') return sheet.tidy(row, column);
  cell.value = typeof input === 'number' && !Number.isFinite(input) ? String(input) : input;
}
