// The bound spreadsheet is a Drive file: same id, a spreadsheet, the owner's, not the app's; renames follow both ways.
import { directExecution } from '../../../emulator/core/direct';
import { Drive } from '../../../emulator/drive/files';
import { SPREADSHEET } from '../../../emulator/drive/state';
import { spreadsheetGlobals } from '../../../emulator/spreadsheet';
import { DEFAULT_SPREADSHEET_ID } from '../../../emulator/spreadsheet/state';
import { Workspace } from '../../../emulator/workspace';

const SCOPE = 'https://www.googleapis.com/auth/';
const AUTH = 'https://developers.google.com/drive/api/guides/api-specific-auth#drive-file';
const DSL = 'dsl@example.sch.uk';
const PASTORAL = 'pastoral.lead@example.sch.uk';

function files(ws: Workspace, scopes: string[], user = ws.user) {
  ws.grantedScopes = new Set(scopes.map((s) => SCOPE + s));
  return new Drive(directExecution(ws, { effectiveUser: user })).Files;
}

describe('the workbook in Drive', () => {
  it("has the spreadsheet's id, a spreadsheet mimeType, the spreadsheet's owner and name, in My Drive, not made by the app", () => {
    const ws = new Workspace({ user: DSL, spreadsheetName: 'AP placements' });
    expect(ws.drive.get(DEFAULT_SPREADSHEET_ID)).toMatchObject({
      id: ws.spreadsheet.id,
      name: 'AP placements',
      mimeType: SPREADSHEET,
      owner: DSL,
      parents: [ws.drive.rootId],
      createdByApp: false,
      appUsers: [],
      trashed: false,
    });
    expect(ws.drive.workbook()?.id).toBe(DEFAULT_SPREADSHEET_ID);
  });

  it(`under drive.file no one reaches it until they pick it, each for themselves (${AUTH})`, () => {
    const ws = new Workspace({ user: DSL });
    const id = ws.spreadsheet.id;
    expect(() => files(ws, ['drive.file']).get(id)).toThrow(`File not found: ${id}.`);
    expect(files(ws, ['drive.file']).list({}).files).toEqual([]);
    ws.drive.pick([id], DSL);
    expect(files(ws, ['drive.file']).get(id)).toMatchObject({ id, mimeType: SPREADSHEET });
    expect(files(ws, ['drive.file']).list({}).files).toEqual([
      { kind: 'drive#file', id, name: 'AP placements', mimeType: SPREADSHEET },
    ]);
    expect(() => files(ws, ['drive.file'], PASTORAL).get(id)).toThrow('File not found');
    expect(files(ws, ['drive']).get(id).name).toBe('AP placements');
  });

  it('a rename shows on both sides: Spreadsheet.rename in Drive, Drive.Files.update in the spreadsheet', () => {
    const ws = new Workspace({ user: DSL });
    const id = ws.spreadsheet.id;
    spreadsheetGlobals(directExecution(ws))
      .SpreadsheetApp.getActiveSpreadsheet()
      .rename('AP 2026-27');
    expect(ws.drive.get(id)?.name).toBe('AP 2026-27');
    files(ws, ['drive']).update({ name: 'AP archive' }, id);
    expect(ws.spreadsheet.name).toBe('AP archive');
  });

  it('host listings that count what the add-on made leave it out; Drive.Files.list and toJSON keep it', () => {
    const ws = new Workspace({ user: DSL });
    expect(ws.drive.all().map((f) => f.id)).toEqual([ws.drive.rootId]);
    expect(ws.drive.all({ includeWorkbook: true }).map((f) => f.id)).toEqual([
      ws.drive.rootId,
      ws.spreadsheet.id,
    ]);
    expect(ws.drive.children('root')).toEqual([]);
    expect(ws.drive.toJSON().files.map((f) => f.id)).toContain(ws.spreadsheet.id);
  });

  it('is kept with the Drive snapshot (who picked it), follows the spreadsheet loaded with it, and an old snapshot gains it', () => {
    const ws = new Workspace({ user: DSL });
    const id = ws.spreadsheet.id;
    ws.drive.pick([id], PASTORAL);
    const drive = JSON.parse(JSON.stringify(ws.drive.toJSON()));
    const workbook = { ...ws.spreadsheet.toJSON(), name: 'Restored' };
    const copy = new Workspace({ user: DSL });
    copy.spreadsheet.load(workbook);
    copy.drive.load(drive);
    expect(copy.drive.get(id)).toMatchObject({
      name: 'Restored',
      pickedBy: [PASTORAL],
      appUsers: [PASTORAL],
    });
    copy.spreadsheet.name = 'Renamed after loading';
    expect(copy.drive.get(id)?.name).toBe('Renamed after loading');
    const old = { ...drive, files: drive.files.filter((f: { id: string }) => f.id !== id) };
    copy.drive.load(old);
    expect(copy.drive.get(id)).toMatchObject({ name: 'Renamed after loading', appUsers: [] });
  });
});
