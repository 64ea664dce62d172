// The rows a person selected before choosing a menu item: the active range's sheet and rows.
import type { RowIdentity } from './row-keys';
import { openWorkbook, usedValues, type Sheet, type Spreadsheet } from './spreadsheet';

export interface SelectedRows {
  readonly sheetName: string;
  /** Sheet row numbers, header included when selected. */
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * The active range (Spreadsheet.getActiveRange: "the selected range in the active sheet").
 * A selection of several ranges (Ctrl-click) gives only the last one; a whole-column selection
 * covers every row, which the caller narrows to rows that hold something.
 */
export function selectedRows(spreadsheet: Spreadsheet = openWorkbook()): SelectedRows | undefined {
  const range = spreadsheet.getActiveRange();
  if (!range) return undefined;
  const firstRow = range.getRow();
  return {
    sheetName: range.getSheet().getName(),
    firstRow,
    lastRow: firstRow + range.getNumRows() - 1,
  };
}

/**
 * Selects a row's first cell, which also shows its sheet (Range.activate: "Sets the specified range
 * as the active range ... the top left cell in the range as the current cell",
 * https://developers.google.com/apps-script/reference/spreadsheet/range#activate). Returns false
 * when there is no such sheet or the row is beyond its end.
 */
export function selectRow(sheetName: string, row: number): boolean {
  const sheet = openWorkbook().getSheetByName(sheetName);
  if (!sheet || row > sheet.getMaxRows()) return false;
  sheet.getRange(row, 1).activate();
  return true;
}

/**
 * Selects one cell of the row that carries `key` now (rows may have been sorted since the checks
 * read them: never a remembered row number, see PLATFORM.md). The row where the key was read is
 * looked at first, alone (`readAt`: its number and the sheet's width then); the whole sheet is read
 * only when that row carries another key now. Returns the row, or undefined when no row carries
 * the key any more.
 */
export function selectCellOfRow(
  sheetName: string,
  identify: RowIdentity,
  key: string,
  column: number,
  readAt?: { readonly row: number; readonly columns: number },
): number | undefined {
  const sheet = openWorkbook().getSheetByName(sheetName);
  if (!sheet) return undefined;
  const row = stillAt(sheet, identify, key, readAt) ?? rowWithKey(sheet, identify, key);
  if (row === undefined) return undefined;
  sheet.getRange(row, column + 1).activate();
  return row;
}

function stillAt(
  sheet: Sheet,
  identify: RowIdentity,
  key: string,
  readAt: { readonly row: number; readonly columns: number } | undefined,
): number | undefined {
  if (!readAt || readAt.row < 2 || readAt.row > sheet.getLastRow()) return undefined;
  const [cells = []] = sheet.getRange(readAt.row, 1, 1, Math.max(1, readAt.columns)).getValues();
  return identify(cells) === key ? readAt.row : undefined;
}

function rowWithKey(sheet: Sheet, identify: RowIdentity, key: string): number | undefined {
  const rows = usedValues(sheet);
  const at = rows.findIndex((cells, r) => r > 0 && identify(cells) === key);
  return at < 0 ? undefined : at + 1;
}
