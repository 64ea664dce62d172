// batchUpdate requests on sheets: deleteDimension (rows or columns) and addSheet, each undoable.
import type { Rect } from '../spreadsheet/a1';
import { blocking, PROTECTED_MESSAGE } from '../spreadsheet/protection-rules';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { badRequest, type Json } from './errors';
import { BATCH_CALL, invalid, isInt, type RequestContext } from './request-context';
import { sheetProperties } from './spreadsheet-get';

/** Everything deleting lines changes on a sheet, put back as it was (the same objects, for live handles). */
function captureSheet(sheet: SheetModel): () => void {
  const rows = sheet.rows.map((r) => (r ? [...r] : r));
  const { maxRows, maxColumns, frozenRows, frozenColumns } = sheet;
  const protections = [...sheet.protections];
  const shapes = protections.map((p) => ({ p, rect: p.rect, unprotected: [...p.unprotected] }));
  const rowHeights = new Map(sheet.rowHeights);
  const columnWidths = new Map(sheet.columnWidths);
  return () => {
    sheet.rows = rows;
    Object.assign(sheet, { maxRows, maxColumns, frozenRows, frozenColumns });
    for (const { p, rect, unprotected } of shapes) {
      p.rect = rect;
      p.unprotected = unprotected;
    }
    sheet.protections = protections;
    sheet.rowHeights = rowHeights;
    sheet.columnWidths = columnWidths;
  };
}

function gridSheet(ctx: RequestContext, sheetId: unknown): SheetModel {
  const sheet = isInt(sheetId) ? ctx.state.sheetById(sheetId) : undefined;
  // [reported] "No grid with id: 123".
  if (!sheet) throw invalid(ctx, `No grid with id: ${String(sheetId)}`);
  return sheet;
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DeleteDimensionRequest:
 * `{ range: { sheetId, dimension: 'ROWS' | 'COLUMNS', startIndex, endIndex } }`, 0-based and
 * half-open; everything below (or right) moves up (or left) with its notes, formats, validation
 * and protected ranges, as SpreadsheetApp's deleteRows. Refused [open: wordings] for indexes
 * outside the grid, for taking every non-frozen line ([reported] "Sorry, it is not possible to
 * delete all non-frozen rows."), and for a strict protection that stops the user.
 */
export function deleteDimension(ctx: RequestContext, body: Json): undefined {
  const range = (body.range ?? {}) as Json;
  const sheet = gridSheet(ctx, range.sheetId);
  const axis =
    range.dimension === 'ROWS' ? 'rows' : range.dimension === 'COLUMNS' ? 'columns' : undefined;
  if (!axis) throw invalid(ctx, `Invalid dimension: ${String(range.dimension)}`);
  const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
  const { startIndex: start, endIndex: end } = range;
  if (!isInt(start) || !isInt(end) || start < 0 || end <= start || end > max) {
    throw invalid(ctx, `Invalid range: [${String(start)}, ${String(end)}) of ${max} ${axis}`);
  }
  const frozen = axis === 'rows' ? sheet.frozenRows : sheet.frozenColumns;
  const count = end - start;
  const nonFrozenDeleted = Math.max(0, end - Math.max(start, frozen));
  if (max - frozen - nonFrozenDeleted <= 0) {
    throw invalid(ctx, `Sorry, it is not possible to delete all non-frozen ${axis}.`);
  }
  const lines: Rect =
    axis === 'rows'
      ? { row: start + 1, column: 1, numRows: count, numColumns: sheet.maxColumns }
      : { row: 1, column: start + 1, numRows: sheet.maxRows, numColumns: count };
  if (blocking(ctx.state, sheet, lines, ctx.user)) throw badRequest(BATCH_CALL, PROTECTED_MESSAGE);
  ctx.onUndo(captureSheet(sheet));
  if (axis === 'rows') sheet.deleteRows(start + 1, count);
  else sheet.deleteColumns(start + 1, count);
  return undefined;
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AddSheetRequest:
 * `{ properties: { title?, index?, gridProperties?: { rowCount, columnCount, frozenRowCount },
 * hidden? } }`; replies `{ addSheet: { properties } }`. A taken title (in any case) is refused
 * [reported: 'A sheet with the name "temp" already exists. Please enter another name.']. With
 * no title the sheet is "Sheet<n>". A chosen sheetId is not modelled.
 */
export function addSheet(ctx: RequestContext, body: Json): Json {
  const state = ctx.state;
  state.ensureSheet();
  const props = (body.properties ?? {}) as Json;
  if (props.sheetId !== undefined) {
    throw new Error('Emulator: addSheet with a chosen sheetId is not modelled');
  }
  const taken = (name: string): boolean =>
    state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  let title = typeof props.title === 'string' ? props.title : undefined;
  if (title !== undefined && taken(title)) {
    throw invalid(
      ctx,
      `A sheet with the name "${title}" already exists. Please enter another name.`,
    );
  }
  for (let n = state.sheets.length + 1; title === undefined; n++) {
    if (!taken(`Sheet${n}`)) title = `Sheet${n}`;
  }
  const index = props.index ?? state.sheets.length;
  if (!isInt(index) || index < 0 || index > state.sheets.length) {
    throw invalid(ctx, `Invalid index: ${String(props.index)}`); // [open] wording
  }
  const grid = (props.gridProperties ?? {}) as Json;
  const size = (v: unknown, fallback: number, what: string): number => {
    if (v === undefined) return fallback;
    if (!isInt(v) || v < 1) throw invalid(ctx, `Invalid ${what}: ${String(v)}`); // [open] wording
    return v;
  };
  const counters = state.counters();
  const sheet = state.addSheet(title, [], {
    index,
    maxRows: size(grid.rowCount, 1000, 'rowCount'),
    maxColumns: size(grid.columnCount, 26, 'columnCount'),
  });
  ctx.onUndo(() => {
    state.removeSheet(sheet);
    state.restoreCounters(counters.nextSheetId, counters.nextProtectionId);
  });
  if (isInt(grid.frozenRowCount)) sheet.frozenRows = Math.max(0, grid.frozenRowCount);
  if (isInt(grid.frozenColumnCount)) sheet.frozenColumns = Math.max(0, grid.frozenColumnCount);
  if (props.hidden === true) sheet.hidden = true;
  return { addSheet: { properties: sheetProperties(state, sheet) } };
}
