// Which spreadsheet a Sheets API call reaches: any with `spreadsheets` or `drive`, under `drive.file` only the picked.
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
 * The spreadsheet `spreadsheetId` names, when this execution may reach it. The workspace holds one
 * spreadsheet (the bound one), which is also a Drive file (DriveState.linkWorkbook). Each method's
 * "Authorization scopes" list `spreadsheets`, `drive` and `drive.file` (reads also the two
 * `.readonly` ones; https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get);
 * the runtime refuses a call granted none of them (runtime/permissions.ts). With `spreadsheets`
 * or `drive` every spreadsheet is reached; with only `drive.file`, one the app made or this user
 * picked (drive/access.ts `reaches`: per user). Anything else, and an id that is not there, is
 * 404 "Requested entity was not found." [reported]. File sharing is not modelled (drive/README.md).
 */
export function openSpreadsheet(
  exec: Execution,
  call: SheetsCall,
  spreadsheetId: unknown,
  mode: 'read' | 'write',
): SpreadsheetState {
  const state = exec.workspace.spreadsheet;
  const id = String(spreadsheetId ?? '');
  const file = exec.workspace.drive.get(id);
  if (id !== state.id || !file || file.mimeType !== SPREADSHEET) throw notFound(call);
  if (BROAD[mode].some((s) => hasScope(exec, s))) return state;
  if (hasScope(exec, 'drive.file') && reaches(exec, file)) return state;
  throw notFound(call);
}
