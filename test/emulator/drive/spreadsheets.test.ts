// A Google Sheet the app creates is a Drive file: found by appProperties, renamed both ways, trashed, copied, kept in snapshots, counted.
import { spreadsheetGlobals } from '../../../emulator/spreadsheet';
import { directExecution } from '../../../emulator/core/direct';
import { DAILY_SPREADSHEETS, SPREADSHEET, type DriveJSON } from '../../../emulator/drive/state';
import { Workspace } from '../../../emulator/workspace';
import { DSL, PASTORAL, createArchive, driveFor, sheetsFor } from '../sheets-api/setup';

const SEARCH = 'https://developers.google.com/drive/api/guides/search-files#custom';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas#current_quotas';
const COPY = 'https://developers.google.com/drive/api/reference/rest/v3/files/copy';
const QUERY = "appProperties has { key='apArchive' and value='2025-26' } and trashed = false";

const newWorkspace = () => new Workspace({ now: '2026-11-30T08:00:00Z', user: DSL });

describe(`files.list finds the archive by its appProperties (${SEARCH})`, () => {
  it('for the user the app made it for; not for a colleague under drive.file; not once it is in the bin (trashed = false)', () => {
    const ws = newWorkspace();
    createArchive(ws, DSL, '2024-25');
    const { id } = createArchive(ws);
    const list = (user: string) =>
      driveFor(ws, ['drive.file'], user).Files.list({
        q: QUERY,
        fields: 'files(id,name,mimeType,webViewLink)',
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
      }).files;
    expect(list(DSL)).toEqual([
      {
        id,
        name: 'AP placements archive 2025-26',
        mimeType: SPREADSHEET,
        webViewLink: `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`,
      },
    ]);
    expect(list(PASTORAL)).toEqual([]);
    driveFor(ws).Files.update({ trashed: true }, id);
    expect(list(DSL)).toEqual([]);
    expect(driveFor(ws).Files.get(id, { fields: 'trashed' })).toEqual({ trashed: true });
    expect(ws.spreadsheetById(id).names()).toEqual(['Sheet1']);
  });
});

describe('the archive is one file seen two ways: Drive and the spreadsheet', () => {
  it('a rename shows on both sides: Drive.Files.update({name}) and Spreadsheet.rename', () => {
    const ws = newWorkspace();
    const { id } = createArchive(ws);
    driveFor(ws).Files.update({ name: 'AP archive 2025-26 (closed)' }, id);
    expect(ws.spreadsheetById(id).name).toBe('AP archive 2025-26 (closed)');
    expect(
      sheetsFor(ws, ['drive.file']).Spreadsheets.get(id, { fields: 'properties.title' }),
    ).toEqual({ properties: { title: 'AP archive 2025-26 (closed)' } });
    ws.grantedScopes.add('https://www.googleapis.com/auth/spreadsheets');
    spreadsheetGlobals(directExecution(ws)).SpreadsheetApp.openById(id).rename('Renamed in Sheets');
    expect(driveFor(ws).Files.get(id).name).toBe('Renamed in Sheets');
    // The bound workbook keeps its own name.
    expect(ws.spreadsheet.name).toBe('AP placements');
  });

  it(`a copy of a Google Sheet is a spreadsheet with the same sheets and cells (${COPY})`, () => {
    const ws = newWorkspace();
    const { id } = createArchive(ws);
    ws.spreadsheetById(id).userEdit(DSL, 'Sheet1', 'A1', [['AP-0001', 12]]);
    const copy = driveFor(ws).Files.copy({ name: 'Archive copy' }, id, { fields: 'id,parents' });
    const book = ws.spreadsheetById(String(copy.id));
    expect(book.name).toBe('Archive copy');
    expect(book.sheet('Sheet1').values()).toEqual([['AP-0001', 12]]);
    expect(ws.drive.get(String(copy.id))?.parents).toEqual(ws.drive.get(id)?.parents);
    // Copying the bound workbook (it must be picked first under drive.file) makes a spreadsheet too.
    ws.drive.pick([ws.spreadsheet.id], DSL);
    const wb = driveFor(ws).Files.copy({ name: 'Workbook copy' }, ws.spreadsheet.id);
    expect(ws.spreadsheetById(String(wb.id)).names()).toEqual(ws.spreadsheet.names());
  });
});

describe('snapshots keep the extra spreadsheets (the preview saves ws.drive.toJSON())', () => {
  it('sheets, values, metadata and the live name come back; an older snapshot without them loads', () => {
    const ws = newWorkspace();
    const { id } = createArchive(ws);
    const archive = ws.spreadsheetById(id);
    archive.userEdit(DSL, 'Sheet1', 'A1', [
      ['Placement ID', 'Start date'],
      ['AP-0001', '13/10/2025'],
    ]);
    archive.developerMetadata.add({ key: 'schema', value: '1', visibility: 'PROJECT' });
    const saved = JSON.parse(JSON.stringify(ws.drive.toJSON())) as DriveJSON;

    const restored = newWorkspace();
    restored.drive.load(saved);
    const back = restored.spreadsheetById(id);
    expect(restored.spreadsheets.map((s) => s.id)).toEqual([id]);
    expect(back.sheet('Sheet1').values()).toEqual(archive.sheet('Sheet1').values());
    expect(back.developerMetadata.list()).toEqual(archive.developerMetadata.list());
    expect(back.timeZone).toBe('Europe/London');
    // Still the app's for the DSL only, and still one file with its Drive record.
    expect(sheetsFor(restored, ['drive.file']).Spreadsheets.get(id).spreadsheetId).toBe(id);
    expect(() => sheetsFor(restored, ['drive.file'], PASTORAL).Spreadsheets.get(id)).toThrow(
      'Requested entity was not found.',
    );
    back.name = 'Renamed after loading';
    expect(restored.drive.get(id)?.name).toBe('Renamed after loading');

    const older: DriveJSON = { ...saved };
    delete older.spreadsheets;
    delete older.spreadsheetsCreated;
    const old = newWorkspace();
    old.drive.load(older);
    expect(old.spreadsheets).toEqual([]);
    expect(old.drive.spreadsheetsCreatedToday()).toBe(0);
  });
});

describe(`"Spreadsheets created" quota: 250 a day consumer, 3,200 Workspace (${QUOTAS})`, () => {
  it('each spreadsheet the app makes counts; when spent, creation throws [open: wording, and whether the API counts]', () => {
    expect(DAILY_SPREADSHEETS).toEqual({ consumer: 250, workspace: 3200 });
    const ws = new Workspace({ now: '2026-11-30T08:00:00Z', user: DSL, account: 'consumer' });
    createArchive(ws);
    sheetsFor(ws, ['drive.file']).Spreadsheets.create({});
    expect(ws.drive.spreadsheetsCreatedToday()).toBe(2);
    for (let i = 2; i < 250; i++) ws.drive.countSpreadsheetCreated();
    expect(() => createArchive(ws, DSL, '2026-27')).toThrow(
      'Service invoked too many times for one day: spreadsheets create.',
    );
    ws.clock.advance(24 * 60 * 60 * 1000);
    expect(createArchive(ws, DSL, '2026-27').id).toBeDefined();
  });
});
