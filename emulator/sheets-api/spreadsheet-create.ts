// spreadsheets.create: a new spreadsheet in the user's My Drive, made by the app (drive.file reaches it for them).
import type { Execution } from '../core/execution';
import { checkTimeZone } from '../core/zone';
import type { SheetSpec } from '../drive/spreadsheets';
import { badRequest, type Json } from './errors';
import { masked, spreadsheetResource } from './spreadsheet-get';

const CALL = 'sheets.spreadsheets.create';

const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;

/** The sheets the request asks for, titled "Sheet<n>" where it names none. */
function sheetSpecs(sheets: unknown): SheetSpec[] {
  if (sheets === undefined) return [];
  if (!Array.isArray(sheets))
    throw badRequest(CALL, 'Invalid JSON payload received. sheets must be a list.'); // [open] wording
  const specs: SheetSpec[] = [];
  const taken = (t: string): boolean =>
    specs.some((s) => s.title.toLowerCase() === t.toLowerCase());
  sheets.forEach((sheet: Json, i) => {
    const p = ((sheet ?? {}) as Json).properties as Json | undefined;
    const props = p ?? {};
    if (props.sheetId !== undefined || (sheet as Json).data !== undefined) {
      throw new Error(
        'Emulator: spreadsheets.create with a chosen sheetId or grid data is not modelled',
      );
    }
    let title = typeof props.title === 'string' ? props.title : undefined;
    if (title !== undefined && taken(title)) {
      // [reported for addSheet] the same wording for a second sheet of one name.
      throw badRequest(
        CALL,
        `A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    }
    for (let n = i + 1; title === undefined; n++) if (!taken(`Sheet${n}`)) title = `Sheet${n}`;
    const grid = (props.gridProperties ?? {}) as Json;
    const rowCount = int(grid.rowCount);
    const columnCount = int(grid.columnCount);
    const frozenRowCount = int(grid.frozenRowCount);
    const frozenColumnCount = int(grid.frozenColumnCount);
    specs.push({
      title,
      ...(rowCount !== undefined ? { rowCount } : {}),
      ...(columnCount !== undefined ? { columnCount } : {}),
      ...(frozenRowCount !== undefined ? { frozenRowCount } : {}),
      ...(frozenColumnCount !== undefined ? { frozenColumnCount } : {}),
      ...(props.hidden === true ? { hidden: true } : {}),
    });
  });
  return specs;
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create, as Apps Script
 * calls it: `Sheets.Spreadsheets.create({ properties: { title, timeZone }, sheets: [...] })`.
 * Its "Authorization scopes" include `drive.file`: the new spreadsheet is the app's own file,
 * reached under drive.file by the creating user only. It lands at the top of the user's My
 * Drive (no parent can be given; moving it takes the Drive API [reported]) and the reply has
 * `spreadsheetId`, `properties`, `sheets` and `spreadsheetUrl`
 * (https://developers.google.com/sheets/api/guides/create).
 * With no title it is "Untitled spreadsheet" [reported]; with no sheets, one
 * "Sheet1" of 1000 x 26; a 0 rowCount or columnCount takes that default [reported:
 * tidyverse/googlesheets4#70]. The zone is properties.timeZone, else
 * Workspace.timeZoneForNewSpreadsheet [open]. The locale stays en_GB (not modelled); developer
 * metadata, grid data and chosen sheet ids in the request are refused by the emulator.
 */
export function createSpreadsheet(exec: Execution, resource: Json, args: Json): Json {
  const ws = exec.workspace;
  const props = (resource.properties ?? {}) as Json;
  if (resource.developerMetadata !== undefined) {
    throw new Error('Emulator: spreadsheets.create with developerMetadata is not modelled');
  }
  const timeZone =
    typeof props.timeZone === 'string' ? props.timeZone : ws.timeZoneForNewSpreadsheet();
  try {
    checkTimeZone(timeZone);
  } catch {
    // [open] wording for a zone the API does not know.
    throw badRequest(CALL, `Invalid properties.timeZone: ${timeZone}`);
  }
  const sheets = sheetSpecs(resource.sheets);
  ws.drive.countSpreadsheetCreated();
  const record = ws.drive.addSpreadsheet(
    {
      name: typeof props.title === 'string' ? props.title : 'Untitled spreadsheet',
      parents: [ws.drive.rootId],
      owner: exec.effectiveUser,
    },
    { timeZone, sheets },
  );
  const state = ws.spreadsheetById(record.id);
  return masked(CALL, spreadsheetResource(state, state.sheets), args.fields);
}
