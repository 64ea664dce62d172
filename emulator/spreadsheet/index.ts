// The SpreadsheetApp service for one execution, plus the objects the runtime puts in event objects.
import { Charts } from './chart';
import type { Execution } from '../core/execution';
import { AppsScriptError } from '../core/emulated';
import { SpreadsheetApp } from './app';
import { Range } from './range';
import { checkRect } from './range-ops';
import { Spreadsheet } from './spreadsheet';
import type { SpreadsheetState } from './state';

export { SpreadsheetApp } from './app';
export { Range } from './range';
export { Sheet } from './sheet';
export { Selection, Spreadsheet } from './spreadsheet';
export { Protection } from './protection';
export { DataValidation, DataValidationBuilder } from './validation';
export { SpreadsheetState, type SpreadsheetStateOptions, type Toast } from './state';
export { UserEditRejected, type UserEditResult, type UserEditOptions } from './user-edit';
export type { WorkbookJSON } from './persist';

export function spreadsheetGlobals(exec: Execution): {
  SpreadsheetApp: SpreadsheetApp;
  Charts: Charts;
} {
  return { SpreadsheetApp: new SpreadsheetApp(exec), Charts: new Charts() };
}

/** e.source in event objects: the bound spreadsheet. */
export function activeSpreadsheetObject(exec: Execution): Spreadsheet {
  return new Spreadsheet({ exec, state: exec.workspace.spreadsheet });
}

/** e.range in an onEdit event (or, given `state`, a form-submit event on another spreadsheet). */
export function rangeObject(
  exec: Execution,
  sheetName: string,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  state: SpreadsheetState = exec.workspace.spreadsheet,
): Range {
  const sheet = state.findSheet(sheetName);
  if (!sheet) throw new AppsScriptError(`Sheet not found: ${sheetName}`);
  return new Range({ exec, state }, sheet, checkRect(sheet, { row, column, numRows, numColumns }));
}
