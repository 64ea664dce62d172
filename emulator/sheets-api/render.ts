// Cell values as the Sheets API returns them: the three value renders, dates as serials or text, trailing empties trimmed.
import { serialOf } from '../core/zone';
import type { Rect } from '../spreadsheet/a1';
import { isDate, type Cell } from '../spreadsheet/cell';
import { displayValue, isDateFormat } from '../spreadsheet/format';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { enumValue, type SheetsCall } from './errors';

export type ValueRender = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateRender = 'SERIAL_NUMBER' | 'FORMATTED_STRING';
export type MajorDimension = 'ROWS' | 'COLUMNS';
export type ApiValue = string | number | boolean;

export interface RenderOptions {
  readonly valueRender: ValueRender;
  readonly dateRender: DateRender;
  readonly majorDimension: MajorDimension;
}

/** Reads the read options of values.get/batchGet, with the API's defaults. */
export function renderOptions(call: SheetsCall, args: Record<string, unknown>): RenderOptions {
  return {
    valueRender: enumValue(
      call,
      args.valueRenderOption,
      ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'] as const,
      'FORMATTED_VALUE',
      'value_render_option',
      'ValueRenderOption',
    ) as ValueRender,
    dateRender: enumValue(
      call,
      args.dateTimeRenderOption,
      ['SERIAL_NUMBER', 'FORMATTED_STRING'] as const,
      'SERIAL_NUMBER',
      'date_time_render_option',
      'DateTimeRenderOption',
    ) as DateRender,
    majorDimension: majorDimension(call, args.majorDimension),
  };
}

export function majorDimension(call: SheetsCall, value: unknown): MajorDimension {
  return enumValue(
    call,
    value,
    ['ROWS', 'COLUMNS'] as const,
    'ROWS',
    'major_dimension',
    'Dimension',
  ) as MajorDimension;
}

/**
 * One cell as https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption says:
 * FORMATTED_VALUE is the text Sheets shows (as Range.getDisplayValues); UNFORMATTED_VALUE is the
 * number, boolean or string itself; FORMULA gives a formula cell's formula and any other cell
 * unformatted. Outside FORMATTED_VALUE, dates follow DateTimeRenderOption: SERIAL_NUMBER (the
 * default) is days since 1899-12-30 on the spreadsheet zone's wall clock, the time of day as the
 * fraction (https://developers.google.com/sheets/api/guides/formats#about_date_time_values);
 * FORMATTED_STRING is the date as its number format shows it. '' for an empty cell. Formulas
 * are not evaluated: a formula shows the result a test registered, or nothing.
 */
export function renderCell(cell: Cell | undefined, tz: string, o: RenderOptions): ApiValue {
  if (o.valueRender === 'FORMULA' && cell?.formula !== undefined) return cell.formula;
  const value = cell?.value;
  if (value === undefined || value === '') return '';
  if (o.valueRender === 'FORMATTED_VALUE') return displayValue(value, cell?.numberFormat, tz);
  const dated =
    isDate(value) || (typeof value === 'number' && isDateFormat(cell?.numberFormat ?? ''));
  if (dated && o.dateRender === 'FORMATTED_STRING') {
    return displayValue(value, cell?.numberFormat, tz);
  }
  return isDate(value) ? serialOf(value.getTime(), tz) : value;
}

/** Drops a line's trailing '' cells. */
function trimLine(line: ApiValue[]): ApiValue[] {
  let end = line.length;
  while (end > 0 && line[end - 1] === '') end -= 1;
  return line.slice(0, end);
}

/**
 * The values of `rect`: "For output, empty trailing rows and columns will not be included"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange), so
 * each row (or column, with majorDimension COLUMNS) stops at its last non-empty cell, an empty one
 * inside the block is [] [reported], and the block stops at its last non-empty line.
 */
export function gridValues(
  sheet: SheetModel,
  rect: Rect,
  tz: string,
  o: RenderOptions,
): ApiValue[][] {
  const lastRow = Math.min(rect.row + rect.numRows - 1, sheet.lastRow(), sheet.rows.length);
  const lastColumn = Math.min(rect.column + rect.numColumns - 1, sheet.lastColumn());
  const rows: ApiValue[][] = [];
  for (let r = rect.row; r <= lastRow; r++) {
    const line: ApiValue[] = [];
    for (let c = rect.column; c <= lastColumn; c++) line.push(renderCell(sheet.at(r, c), tz, o));
    rows.push(line);
  }
  const lines =
    o.majorDimension === 'ROWS'
      ? rows
      : Array.from({ length: Math.max(0, lastColumn - rect.column + 1) }, (_, c) =>
          rows.map((row) => row[c] ?? ''),
        );
  const trimmed = lines.map(trimLine);
  while (trimmed.length > 0 && (trimmed[trimmed.length - 1] as ApiValue[]).length === 0) {
    trimmed.pop();
  }
  return trimmed;
}
