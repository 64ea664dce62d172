// The rows a person selected before choosing a menu item: the active range's sheet and rows.
import type { RowIdentity } from './row-keys';
import { openWorkbook, usedValues, type Spreadsheet } from './spreadsheet';

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
 * read them: never a remembered row number, see PLATFORM.md). Returns the row, or undefined when
 * no row carries the key any more.
 */
export function selectCellOfRow(
  sheetName: string,
  identify: RowIdentity,
  key: string,
  column: number,
): number | undefined {
  const sheet = openWorkbook().getSheetByName(sheetName);
  if (!sheet) return undefined;
  const rows = usedValues(sheet);
  const at = rows.findIndex((cells, r) => r > 0 && identify(cells) === key);
  if (at < 0) return undefined;
  sheet.getRange(at + 1, column + 1).activate();
  return at + 1;
}
