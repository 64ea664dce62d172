// Which spreadsheet a Sheets API call reaches: any with `spreadsheets` or `drive`, under `drive.file` the app's or the picked.
import type { Execution } from '../core/execution';
import { hasScope, reaches } from '../drive/access';
import { SPREADSHEET } from '../drive/state';
import type { SpreadsheetState } from '../spreadsheet/state';
import { notFound, type SheetsCall } from './errors';

/** Scopes that reach every spreadsheet the user can open, by the kind of call. */
const BROAD = {
  read: ['spreadsheets', 'spreadsheets.readonly', 'drive', 'drive.readonly'],
  write: ['spreadsheets', 'drive'],
} as const;

/**
 * The spreadsheet `spreadsheetId` names, when this execution may reach it: the bound one or one
 * in Drive (Workspace.findSpreadsheet), each also a Drive file (DriveState.linkWorkbook,
 * addSpreadsheet). Each method's "Authorization scopes" list `spreadsheets`, `drive` and
 * `drive.file` (reads also the two `.readonly` ones;
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get); the runtime
 * refuses a call granted none of them (runtime/permissions.ts). With `spreadsheets` or `drive`
 * every spreadsheet is reached; with only `drive.file`, one the app made for this user or this
 * user picked (drive/access.ts `reaches`: per user). Anything else, and an id that is not there
 * (or deleted from Drive), is 404 "Requested entity was not found." [reported]. A spreadsheet in
 * the bin still opens, as Drive still serves a trashed file to who may reach it [reported:
 * nithinmurali/pygsheets#548 filters trashed spreadsheets out itself; open]. File sharing is
 * not modelled (drive/README.md).
 */
export function openSpreadsheet(
  exec: Execution,
  call: SheetsCall,
  spreadsheetId: unknown,
  mode: 'read' | 'write',
): SpreadsheetState {
  const id = String(spreadsheetId ?? '');
  const state = exec.workspace.findSpreadsheet(id);
  const file = exec.workspace.drive.get(id);
  if (!state || !file || file.id !== state.id || file.mimeType !== SPREADSHEET) {
    throw notFound(call);
  }
  if (BROAD[mode].some((s) => hasScope(exec, s))) return state;
  if (hasScope(exec, 'drive.file') && reaches(exec, file)) return state;
  throw notFound(call);
}
