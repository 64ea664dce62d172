// values.get and values.batchGet: ranges of cells as the API returns them.
import type { Execution } from '../core/execution';
import { openSpreadsheet } from './access';
import { badRequest, type Json, type SheetsCall } from './errors';
import { parseRange, rangeA1 } from './ranges';
import { gridValues, renderOptions, type RenderOptions } from './render';
import type { SpreadsheetState } from '../spreadsheet/state';

/**
 * A ValueRange (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange):
 * `range` is "the entire requested range, even though the values will exclude trailing rows and
 * columns" — a bare sheet name is its whole grid (`Placements!A1:Z1000`) [reported: measured on
 * a real sheet], sheet-qualified whatever the request said; `values` is left out when the range is
 * empty [reported].
 */
function valueRange(
  state: SpreadsheetState,
  call: SheetsCall,
  range: unknown,
  o: RenderOptions,
): Json {
  const r = parseRange(state, call, range);
  const values = gridValues(r.sheet, r.rect, state.timeZone, o);
  return {
    range: rangeA1(r.sheet, r.rect),
    majorDimension: o.majorDimension,
    ...(values.length > 0 ? { values } : {}),
  };
}

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get */
export function getValues(
  exec: Execution,
  spreadsheetId: unknown,
  range: unknown,
  args: Json,
): Json {
  const call = 'sheets.spreadsheets.values.get';
  const o = renderOptions(call, args);
  const state = openSpreadsheet(exec, call, spreadsheetId, 'read');
  return valueRange(state, call, range, o);
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet:
 * `optionalArgs.ranges` an array (a single string is taken as one range). One range that does not
 * parse fails the whole call. Calling it with no range at all is refused here [open].
 */
export function batchGetValues(exec: Execution, spreadsheetId: unknown, args: Json): Json {
  const call = 'sheets.spreadsheets.values.batchGet';
  const o = renderOptions(call, args);
  const state = openSpreadsheet(exec, call, spreadsheetId, 'read');
  const ranges: unknown[] =
    args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
  if (ranges.length === 0) throw badRequest(call, 'At least one range is required.');
  return {
    spreadsheetId: state.id,
    valueRanges: ranges.map((range) => valueRange(state, call, range, o)),
  };
}
