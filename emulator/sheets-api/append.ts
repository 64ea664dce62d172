// values.append: find the table in a range, write the rows after it (overwriting or inserting rows), in one step.
import type { Execution } from '../core/execution';
import type { Rect } from '../spreadsheet/a1';
import { hasContent } from '../spreadsheet/cell';
import { blocking, PROTECTED_MESSAGE } from '../spreadsheet/protection-rules';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { openSpreadsheet } from './access';
import { badRequest, enumValue, inputOption, type Json } from './errors';
import { parseRange, rangeA1 } from './ranges';
import { majorDimension } from './render';
import { applyBlock, inputRows, planBlock, updateResponse } from './writes';

const CALL = 'sheets.spreadsheets.values.append';

/**
 * The "table" values.append looks for in `rect`: from the first row (within the range's columns)
 * holding content, down to the row before the first empty one [reported: a blank row ends the
 * table, and OVERWRITE then writes into that gap]; its columns are those holding content in
 * those rows. Undefined when the range holds nothing.
 */
export function findTable(sheet: SheetModel, rect: Rect): Rect | undefined {
  const lastColumn = Math.min(rect.column + rect.numColumns - 1, sheet.lastColumn());
  const lastRow = Math.min(rect.row + rect.numRows - 1, sheet.lastRow());
  const filled = (r: number): number[] => {
    const out: number[] = [];
    for (let c = rect.column; c <= lastColumn; c++) if (hasContent(sheet.at(r, c))) out.push(c);
    return out;
  };
  let start = rect.row;
  while (start <= lastRow && filled(start).length === 0) start += 1;
  if (start > lastRow) return undefined;
  let end = start;
  const columns = new Set(filled(start));
  while (end + 1 <= lastRow) {
    const next = filled(end + 1);
    if (next.length === 0) break;
    next.forEach((c) => columns.add(c));
    end += 1;
  }
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  return { row: start, column: first, numRows: end - start + 1, numColumns: last - first + 1 };
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/append, as Apps
 * Script calls it: `Sheets.Spreadsheets.Values.append(resource, spreadsheetId, range,
 * { valueInputOption, insertDataOption })`. "Values will be appended to the next row of the
 * table, starting with the first column of the table"; with no table, at the range's top-left.
 * The table is found when the call runs, so rows a person added just before are never written
 * over. OVERWRITE (the default) writes into the rows after the table, adding rows or columns at
 * the sheet's end if needed ("adding data to the end of the sheet will still insert new rows or
 * columns so the data can be written"); INSERT_ROWS inserts the rows first, moving everything
 * below down. All rows land, or none. `tableRange` is left out when there was no table.
 */
export function appendValues(
  exec: Execution,
  resource: Json,
  spreadsheetId: unknown,
  range: unknown,
  args: Json,
): Json {
  const option = inputOption(CALL, args.valueInputOption);
  const insert = enumValue(
    CALL,
    args.insertDataOption,
    ['OVERWRITE', 'INSERT_ROWS'] as const,
    'OVERWRITE',
    'insert_data_option',
    'InsertDataOption',
  );
  const state = openSpreadsheet(exec, CALL, spreadsheetId, 'write');
  const r = resource ?? {};
  const rows = inputRows(CALL, '', r.values, majorDimension(CALL, r.majorDimension));
  const target = parseRange(state, CALL, range);
  const { sheet } = target;
  const table = findTable(sheet, target.rect);
  const at = table
    ? { row: table.row + table.numRows, column: table.column }
    : { row: target.rect.row, column: target.rect.column };
  const height = rows.length;
  const width = rows.reduce((most, l) => Math.max(most, l.length), 1);
  const user = exec.effectiveUser;
  const grow = { rows: sheet.maxRows, columns: sheet.maxColumns };
  if (insert === 'INSERT_ROWS' && height > 0) {
    const whole = { row: at.row, column: 1, numRows: height, numColumns: sheet.maxColumns };
    sheet.insertRows(at.row, height);
    if (blocking(state, sheet, whole, user)) {
      sheet.deleteRows(at.row, height); // the exact inverse: nothing happened
      throw badRequest(CALL, PROTECTED_MESSAGE);
    }
  } else {
    sheet.maxRows = Math.max(sheet.maxRows, at.row + height - 1);
  }
  sheet.maxColumns = Math.max(sheet.maxColumns, at.column + width - 1);
  const anchor = { ...target, rect: { ...at, numRows: 1, numColumns: 1 }, single: true };
  let block;
  try {
    block = planBlock(state, CALL, '', anchor, rows, user);
  } catch (e) {
    if (insert === 'INSERT_ROWS' && height > 0) sheet.deleteRows(at.row, height);
    sheet.maxRows = Math.min(sheet.maxRows, grow.rows);
    sheet.maxColumns = grow.columns;
    throw e;
  }
  applyBlock(state, block, option);
  return {
    spreadsheetId: state.id,
    ...(table ? { tableRange: rangeA1(sheet, table) } : {}),
    updates: updateResponse(state.id, block),
  };
}
