// Chooses, at run time, how this run reaches the workbook: the one place that decides (docs/platform.md).
import { errorText } from '../../shared/error-text';
import { openWorkbook, type Spreadsheet } from '../spreadsheet';
import type { WorkbookAccess, WorkbookPath } from './access';
import { workbookOfTrigger } from '../returns-trigger';
import { connectionFor, type RemindersConnection } from './reminders-connection';
import { SheetsApiAccess } from './sheets-api-access';
import { SpreadsheetAccess } from './spreadsheet-access';

const FULL_SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';

/** The spreadsheet open in the editor: every sidebar, menu and edit run, and a bound script's clock run. */
export function activeWorkbook(spreadsheet: Spreadsheet = openWorkbook()): SpreadsheetAccess {
  return new SpreadsheetAccess(spreadsheet, 'active spreadsheet');
}

/**
 * Whether this deployment's manifest asks for the full `spreadsheets` scope and the person granted
 * it (ScriptApp.getAuthorizationInfo with a scope list, "returns the authorized scopes in the
 * specified list": https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()).
 */
function hasFullSpreadsheetsScope(): boolean {
  const scriptApp = ScriptApp as unknown as ScriptAppWithScopes;
  const info = scriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [FULL_SPREADSHEETS]);
  return (info.getAuthorizedScopes() ?? []).includes(FULL_SPREADSHEETS);
}

/** The scope-list overload and getAuthorizedScopes, newer than @types/google-apps-script. */
interface ScriptAppWithScopes {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: readonly string[],
  ): { getAuthorizedScopes(): string[] | null };
}

/**
 * How a run with no spreadsheet open reaches the workbook: SpreadsheetApp.openById where the
 * deployment chose the full `spreadsheets` scope; otherwise the Sheets advanced service, which
 * reaches a file under `drive.file` once this person picked it in the Google Picker.
 */
export function backgroundPath(): Exclude<WorkbookPath, 'active spreadsheet'> {
  return hasFullSpreadsheetsScope() ? 'opened by id' : 'Sheets API';
}

/** The workbook by its id, by the path `backgroundPath` chose. */
export function openConnectedWorkbook(
  spreadsheetId: string,
  path: Exclude<WorkbookPath, 'active spreadsheet'> = backgroundPath(),
): WorkbookAccess {
  return path === 'opened by id'
    ? new SpreadsheetAccess(SpreadsheetApp.openById(spreadsheetId), 'opened by id')
    : new SheetsApiAccess(spreadsheetId);
}

/**
 * Whether this run could have been a bound script's: Google says how the add-on was installed,
 * NONE for a script bound to the sheet (https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource()).
 */
export function installedAsAddOn(): boolean {
  return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
}

export type BackgroundWorkbook =
  | {
      readonly ok: true;
      readonly access: WorkbookAccess;
      readonly connection?: RemindersConnection;
    }
  | {
      readonly ok: false;
      /** The workbook this trigger runs for, when known: its people are told. */
      readonly connection?: RemindersConnection;
      readonly problem: string;
    };

/**
 * The clock run's workbook: the active spreadsheet when there is one (a bound script), otherwise
 * the one recorded for this trigger when its owner turned reminders on, opened and asked for its
 * zone and sheets (one call), so a workbook out of reach is known before anything is read.
 */
export function openForClockRun(triggerId: string | undefined): BackgroundWorkbook {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return { ok: true, access: new SpreadsheetAccess(active, 'active spreadsheet') };
  const connection = connectionFor(triggerId);
  if (!connection) {
    return {
      ok: false,
      problem:
        'this hourly trigger has no workbook recorded; turn reminders on again from the workbook',
    };
  }
  try {
    const access = openConnectedWorkbook(connection.spreadsheetId);
    void access.dates;
    return { ok: true, access, connection };
  } catch (error) {
    return { ok: false, connection, problem: errorText(error) };
  }
}

/**
 * A form-submit run's workbook: the spreadsheet the trigger belongs to when Google gives it as the
 * active one, else the trigger's own source, opened by id (whether an add-on's form-submit run has
 * an active spreadsheet is [open]). Undefined when neither is there.
 */
export function openForSubmitRun(triggerUid: string | undefined): WorkbookAccess | undefined {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return new SpreadsheetAccess(active, 'active spreadsheet');
  const id = workbookOfTrigger(triggerUid);
  return id ? openConnectedWorkbook(id) : undefined;
}
