// A1 ranges as the Sheets API reads and writes them: sheet names (quoted or not), whole sheets, grid limits.
import { parseA1, rectA1, splitSheetName, type Rect } from '../spreadsheet/a1';
import type { SheetModel } from '../spreadsheet/sheet-model';
import type { SpreadsheetState } from '../spreadsheet/state';
import { badRequest, type SheetsCall } from './errors';

export interface ApiRange {
  readonly sheet: SheetModel;
  /** The cells the range covers, resolved against the sheet's grid (a bare sheet name is the grid). */
  readonly rect: Rect;
  /** It named one cell ('Sheet1!B2'): a write spreads from it as far as the data goes. */
  readonly single: boolean;
  /** As the request spelt it (messages echo it). */
  readonly text: string;
}

/**
 * [reported] The API writes a sheet name bare when it is a plain word and quotes it otherwise,
 * doubling quotes inside: `Placements!A1`, `'Term dates'!A1:Z1000`, `'Owner''s Notes'!A1`. A name
 * that reads as a cell (`A1`, `CRM26`) or R1C1 (`R1C1`) is quoted too.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!A1:B2` (or `Sheet!A1` for one cell). */
export function rangeA1(sheet: SheetModel, rect: Rect): string {
  return `${quoteSheetName(sheet.name)}!${rectA1(rect)}`;
}

function unparseable(call: SheetsCall, prefix: string, text: unknown): never {
  // [reported] "Unable to parse range: Shet1!A1"; values.batchUpdate prefixes "Invalid data[0]: ".
  throw badRequest(call, `${prefix}Unable to parse range: ${String(text)}`);
}

/** A range with no sheet names the first visible sheet (https://developers.google.com/sheets/api/guides/concepts#cell). */
function firstVisible(state: SpreadsheetState): SheetModel {
  state.ensureSheet();
  return state.sheets.find((s) => !s.hidden) ?? state.ensureSheet();
}

/**
 * Reads a request's A1 range: `Sheet!A1:C5`, `Sheet!A2:C` (to the grid's last row), `Sheet!A:C`,
 * `Sheet!2:4`, `Sheet!B2`, a bare sheet name `Placements` or `'Term dates'` (the whole grid), or
 * A1 without a sheet (the first visible sheet). A token that reads as A1 is A1, otherwise it is a
 * sheet name [reported]. A sheet that does not exist, or text that is not A1, is 400 "Unable to
 * parse range: <range>"; a range past the grid is 400 "Range (<range>) exceeds grid limits. Max
 * rows: 1000, max columns: 26" [reported]. Sheet names match exactly [open: case].
 */
export function parseRange(
  state: SpreadsheetState,
  call: SheetsCall,
  text: unknown,
  prefix = '',
): ApiRange {
  if (typeof text !== 'string' || text.trim() === '') return unparseable(call, prefix, text);
  const raw = text.trim();
  let sheetName: string | undefined;
  let a1: string | undefined;
  if (raw.includes('!')) {
    const split = splitSheetName(raw);
    sheetName = split.sheetName;
    a1 = split.a1;
    if (a1 === '' || sheetName === undefined || sheetName === '') {
      return unparseable(call, prefix, text);
    }
  } else if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
    sheetName = raw.slice(1, -1).replace(/''/g, "'");
  } else {
    const first = firstVisible(state);
    if (parseA1(raw, first.maxRows, first.maxColumns)) a1 = raw;
    else sheetName = raw;
  }
  const sheet = sheetName === undefined ? firstVisible(state) : state.findSheet(sheetName);
  if (!sheet) return unparseable(call, prefix, text);
  const grid: Rect = { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  const rect = a1 === undefined ? grid : parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!rect) return unparseable(call, prefix, text);
  assertInGrid(call, sheet, rect, prefix);
  return { sheet, rect, single: a1 !== undefined && !a1.includes(':'), text };
}

/** [reported] "Range (Budget!AA1) exceeds grid limits. Max rows: 1000, max columns: 26". */
export function assertInGrid(call: SheetsCall, sheet: SheetModel, rect: Rect, prefix = ''): void {
  if (
    rect.row + rect.numRows - 1 > sheet.maxRows ||
    rect.column + rect.numColumns - 1 > sheet.maxColumns
  ) {
    throw badRequest(
      call,
      `${prefix}Range (${rangeA1(sheet, rect)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
    );
  }
}
