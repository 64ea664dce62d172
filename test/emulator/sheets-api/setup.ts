// Shared set-up for the Sheets API tests: a workspace with the add-on's workbook, the Sheets service for a user and scopes.
import { directExecution } from '../../../emulator/core/direct';
import { Drive } from '../../../emulator/drive/files';
import { SPREADSHEET } from '../../../emulator/drive/state';
import { Sheets } from '../../../emulator/sheets-api/sheets';
import { Workspace, type WorkspaceOptions } from '../../../emulator/workspace';

export const SCOPE = 'https://www.googleapis.com/auth/';
export const DSL = 'dsl@example.sch.uk';
export const PASTORAL = 'pastoral.lead@example.sch.uk';
export const REST = 'https://developers.google.com/sheets/api/reference/rest/v4';

/** The Sheets global of one execution, run as `user` with only `scopes` granted. */
export function sheetsFor(
  ws: Workspace,
  scopes: readonly string[] = ['spreadsheets'],
  user: string = ws.user,
): Sheets {
  ws.grantedScopes = new Set(scopes.map((s) => SCOPE + s));
  return new Sheets(directExecution(ws, { effectiveUser: user, activeUser: user }));
}

/** The Drive global of one execution, run as `user` with only `scopes` granted. */
export function driveFor(
  ws: Workspace,
  scopes: readonly string[] = ['drive.file'],
  user: string = ws.user,
): Drive {
  ws.grantedScopes = new Set(scopes.map((s) => SCOPE + s));
  return new Drive(directExecution(ws, { effectiveUser: user, activeUser: user }));
}

/**
 * The add-on's yearly archive, made as it will make it: Drive.Files.create of an empty Google
 * Sheet in a folder of its own, tagged with appProperties, under drive.file, as `user`.
 */
export function createArchive(
  ws: Workspace,
  user: string = ws.user,
  year = '2025-26',
): { id: string; folderId: string; reply: Record<string, unknown> } {
  const files = driveFor(ws, ['spreadsheets.currentonly', 'drive.file'], user).Files;
  const folderId = String(
    files.create({ name: 'AP Placements', mimeType: 'application/vnd.google-apps.folder' }).id,
  );
  const reply = files.create(
    {
      name: `AP placements archive ${year}`,
      mimeType: SPREADSHEET,
      parents: [folderId],
      appProperties: { apArchive: year, apWorkbook: ws.spreadsheet.id },
    },
    undefined,
    { fields: 'id,name,webViewLink', supportsAllDrives: true },
  ) as Record<string, unknown>;
  return { id: String(reply.id), folderId, reply };
}

/** A workbook like the add-on's: a Placements sheet with a header and two pupils. */
export function workbook(options: WorkspaceOptions = {}): { ws: Workspace; id: string } {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', user: DSL, ...options });
  ws.spreadsheet.addSheet('Placements', [
    ['Placement ID', 'Pupil name', 'Start date', 'Hours'],
    ['AP-0001', 'Pupil 1 Example', '13/10/2026', 12],
    ['AP-0002', 'Pupil 2 Example', '01/12/2026', 6.5],
  ]);
  return { ws, id: ws.spreadsheet.id };
}

/** What a call threw: the message and, for an API error, its HTTP code. */
export function caught(fn: () => unknown): { message: string; code?: number; name: string } {
  try {
    fn();
  } catch (e) {
    const err = e as Error & { code?: number };
    return { message: err.message, name: err.name, ...(err.code ? { code: err.code } : {}) };
  }
  throw new Error('expected an error');
}

/** Days from 1899-12-30 to a calendar date: the serial number Sheets gives midnight of that day. */
export function serialDay(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
