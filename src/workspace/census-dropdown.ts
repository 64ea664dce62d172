// Keeps the Placements "Census reason" dropdown in step with the census reasons a person edits on Settings.
import { censusReasonLabel, censusReasons } from '../domain/sheets/census-reasons';
import { Placements } from '../domain/sheets/placements';
import { SettingsSheet } from '../domain/sheets/settings';
import { indexHeaders } from '../domain/table';
import { headerValues, openWorkbook, usedValues, type Spreadsheet } from './spreadsheet';

/**
 * After an edit of Settings rows `firstRow`..`lastRow`: when one of them is (or was, `oldName`) a
 * "Census reason: …" row, the dropdown on Placements is set again from the codeset as it now
 * stands (warning only, as setup makes it: a value typed that is not listed is kept, and the census
 * return lists it to fix). Any other Settings edit costs one read and changes nothing.
 */
export function refreshCensusReasons(
  firstRow: number,
  lastRow: number,
  oldName: unknown,
  spreadsheet: Spreadsheet = openWorkbook(),
): boolean {
  const settings = spreadsheet.getSheetByName(SettingsSheet.name);
  if (!settings) return false;
  const grid = usedValues(settings);
  const index = indexHeaders(SettingsSheet, grid[0] ?? []);
  const nameColumn = index.columnOf.get('setting');
  const valueColumn = index.columnOf.get('value');
  if (nameColumn === undefined) return false;
  const edited = grid
    .slice(Math.max(1, firstRow - 1), lastRow)
    .some((cells) => censusReasonLabel(cells[nameColumn]) !== undefined);
  if (!edited && censusReasonLabel(oldName) === undefined) return false;
  const labels = censusReasons(
    grid.slice(1).map((cells, r) => ({
      rowNumber: r + 2,
      name: cells[nameColumn],
      value: valueColumn === undefined ? '' : cells[valueColumn],
    })),
  ).map((reason) => reason.label);
  const placements = spreadsheet.getSheetByName(Placements.name);
  if (!placements || labels.length === 0) return false;
  const column = indexHeaders(Placements, headerValues(placements)[0] ?? []).columnOf.get(
    'censusReason',
  );
  if (column === undefined) return false;
  const rule = SpreadsheetApp.newDataValidation()
    .setAllowInvalid(true)
    .requireValueInList(labels, true)
    .setHelpText(`Choose one of: ${labels.join(', ')}`)
    .build();
  placements
    .getRange(2, column + 1, Math.max(1, placements.getMaxRows() - 1), 1)
    .setDataValidation(rule);
  return true;
}
