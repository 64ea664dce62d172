// values.update and values.batchUpdate: blocks of values written at their ranges, all or nothing.
import type { Execution } from '../core/execution';
import { openSpreadsheet } from './access';
import { inputOption, type Json } from './errors';
import { parseRange } from './ranges';
import { majorDimension } from './render';
import { applyBlock, inputRows, planBlock, updateResponse, type Block } from './writes';

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/update, as Apps
 * Script calls it: `Sheets.Spreadsheets.Values.update(resource, spreadsheetId, range,
 * { valueInputOption })`.
 */
export function updateValues(
  exec: Execution,
  resource: Json,
  spreadsheetId: unknown,
  range: unknown,
  args: Json,
): Json {
  const call = 'sheets.spreadsheets.values.update';
  const option = inputOption(call, args.valueInputOption);
  const state = openSpreadsheet(exec, call, spreadsheetId, 'write');
  const r = resource ?? {};
  const rows = inputRows(call, '', r.values, majorDimension(call, r.majorDimension));
  const block = planBlock(
    state,
    call,
    '',
    parseRange(state, call, range),
    rows,
    exec.effectiveUser,
  );
  applyBlock(state, block, option);
  return updateResponse(state.id, block);
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate:
 * `resource = { valueInputOption, data: [{ range, values, majorDimension? }] }`; a missing
 * valueInputOption is 400 [reported wording]. Every block is checked (range, fit, protections)
 * before any is written, so one bad block writes nothing; messages name the block
 * ("Invalid data[1]: Unable to parse range: Nope!A1" [reported]).
 */
export function batchUpdateValues(exec: Execution, resource: Json, spreadsheetId: unknown): Json {
  const call = 'sheets.spreadsheets.values.batchUpdate';
  const r = resource ?? {};
  const option = inputOption(call, r.valueInputOption);
  const state = openSpreadsheet(exec, call, spreadsheetId, 'write');
  const data = Array.isArray(r.data) ? (r.data as Json[]) : [];
  const blocks: Block[] = data.map((d, i) => {
    const prefix = `Invalid data[${i}]: `;
    const item = d ?? {};
    const rows = inputRows(call, prefix, item.values, majorDimension(call, item.majorDimension));
    const range = parseRange(state, call, item.range, prefix);
    return planBlock(state, call, prefix, range, rows, exec.effectiveUser);
  });
  for (const block of blocks) applyBlock(state, block, option);
  const responses = blocks.map((b) => updateResponse(state.id, b));
  const total = (key: string): number =>
    responses.reduce((n, res) => n + (typeof res[key] === 'number' ? (res[key] as number) : 0), 0);
  const sheets = new Set(blocks.filter((b) => b.cells.length > 0).map((b) => b.sheet)).size;
  const totals: Json = {
    totalUpdatedRows: total('updatedRows'),
    totalUpdatedColumns: total('updatedColumns'),
    totalUpdatedCells: total('updatedCells'),
    totalUpdatedSheets: sheets,
  };
  return {
    spreadsheetId: state.id,
    ...Object.fromEntries(Object.entries(totals).filter(([, n]) => n !== 0)),
    ...(responses.length > 0 ? { responses } : {}),
  };
}
