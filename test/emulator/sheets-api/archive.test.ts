// A spreadsheet the add-on creates (the yearly archive): made in Drive, reached through the Sheets API per user, as the bound one is.
import { directExecution } from '../../../emulator/core/direct';
import { spreadsheetGlobals } from '../../../emulator/spreadsheet';
import {
  DSL,
  PASTORAL,
  REST,
  SCOPE,
  caught,
  createArchive,
  driveFor,
  serialDay,
  sheetsFor,
  workbook,
} from './setup';

const DRIVE_FILE = 'https://developers.google.com/drive/api/guides/api-specific-auth#drive-file';
const CREATE_FILE = 'https://developers.google.com/drive/api/guides/create-file';
const SHEETS_CREATE = `${REST}/spreadsheets/create`;
const NOT_FOUND = (call: string) => ({
  code: 404,
  name: 'GoogleJsonResponseException',
  message: `API call to sheets.spreadsheets.${call} failed with error: Requested entity was not found.`,
});

/** Sheets under the add-on's least-privilege scopes. */
const leastPrivilege = (ws: Parameters<typeof sheetsFor>[0], user?: string) =>
  sheetsFor(ws, ['spreadsheets.currentonly', 'drive.file'], user);

describe(`Drive.Files.create of a Google Sheet makes a blank spreadsheet (${CREATE_FILE})`, () => {
  it('one sheet "Sheet1", 1000 x 26, in the script zone, owned by the creating user, in the folder asked for, made by the app', () => {
    const { ws } = workbook();
    const { id, folderId, reply } = createArchive(ws);
    expect(reply).toEqual({
      id,
      name: 'AP placements archive 2025-26',
      webViewLink: `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`,
    });
    const archive = ws.spreadsheetById(id);
    expect(archive.names()).toEqual(['Sheet1']);
    expect(archive.sheet('Sheet1')).toMatchObject({ id: 0, maxRows: 1000, maxColumns: 26 });
    expect(archive.sheet('Sheet1').values()).toEqual([]);
    expect(archive).toMatchObject({ timeZone: 'Europe/London', owner: DSL, editors: [] });
    expect(ws.drive.get(id)).toMatchObject({
      parents: [folderId],
      owner: DSL,
      createdByApp: true,
      appUsers: [DSL],
      appProperties: { apArchive: '2025-26', apWorkbook: ws.spreadsheet.id },
    });
    expect(ws.spreadsheets).toEqual([archive]);
    expect(ws.findSpreadsheet(ws.spreadsheet.id)).toBe(ws.spreadsheet);
    expect(ws.findSpreadsheet('nope')).toBeUndefined();
    expect(() => ws.spreadsheetById('nope')).toThrow('Workspace: no spreadsheet nope');
  });

  it('[open] the new zone: the script zone unless the host sets another (an API example shows Etc/GMT)', () => {
    const { ws } = workbook();
    ws.newSpreadsheetTimeZone = 'Etc/GMT';
    const { id } = createArchive(ws);
    expect(ws.spreadsheetById(id).timeZone).toBe('Etc/GMT');
    expect(leastPrivilege(ws).Spreadsheets.get(id, { fields: 'properties.timeZone' })).toEqual({
      properties: { timeZone: 'Etc/GMT' },
    });
  });
});

describe(`under drive.file the Sheets API reaches the archive the app made for this user (${DRIVE_FILE})`, () => {
  it('batchGet, append, values.batchUpdate and batchUpdate work on it as on the bound one', () => {
    const { ws } = workbook();
    const { id } = createArchive(ws);
    const sheets = leastPrivilege(ws);
    expect(
      sheets.Spreadsheets.batchUpdate(
        {
          requests: [
            {
              updateSheetProperties: {
                properties: { sheetId: 0, title: 'Placements' },
                fields: 'title',
              },
            },
          ],
        },
        id,
      ),
    ).toEqual({ spreadsheetId: id, replies: [{}] });
    const append = sheets.Spreadsheets.Values.append(
      {
        values: [
          ['Placement ID', 'Start date'],
          ['AP-0001', '13/10/2025'],
        ],
      },
      id,
      'Placements!A1',
      { valueInputOption: 'USER_ENTERED', insertDataOption: 'INSERT_ROWS' },
    );
    expect(append).toMatchObject({
      spreadsheetId: id,
      updates: { updatedRange: 'Placements!A1:B2', updatedRows: 2 },
    });
    sheets.Spreadsheets.Values.batchUpdate(
      { valueInputOption: 'RAW', data: [{ range: 'Placements!C1', values: [['Archived by']] }] },
      id,
    );
    expect(
      sheets.Spreadsheets.Values.batchGet(id, {
        ranges: ['Placements'],
        valueRenderOption: 'UNFORMATTED_VALUE',
      }),
    ).toEqual({
      spreadsheetId: id,
      valueRanges: [
        {
          // INSERT_ROWS added two rows to the grid.
          range: 'Placements!A1:Z1002',
          majorDimension: 'ROWS',
          values: [
            ['Placement ID', 'Start date', 'Archived by'],
            ['AP-0001', serialDay(2025, 10, 13)],
          ],
        },
      ],
    });
    // The host sees the same document, dates as Dates in the archive's zone.
    const placements = ws.spreadsheetById(id).sheet('Placements');
    expect(placements.values()[1]).toEqual(['AP-0001', new Date('2025-10-12T23:00:00Z'), '']);
    // The bound workbook is untouched.
    expect(ws.spreadsheet.sheet('Placements').values()).toHaveLength(3);
  });

  it('a colleague gets 404 until they pick it; with spreadsheets or drive anyone reaches it', () => {
    const { ws } = workbook();
    const { id } = createArchive(ws);
    expect(
      caught(() =>
        leastPrivilege(ws, PASTORAL).Spreadsheets.Values.batchGet(id, { ranges: ['Sheet1'] }),
      ),
    ).toEqual(NOT_FOUND('values.batchGet'));
    expect(
      caught(() =>
        leastPrivilege(ws, PASTORAL).Spreadsheets.Values.append({ values: [['x']] }, id, 'Sheet1', {
          valueInputOption: 'RAW',
        }),
      ),
    ).toEqual(NOT_FOUND('values.append'));
    ws.drive.pick([id], PASTORAL);
    expect(
      leastPrivilege(ws, PASTORAL).Spreadsheets.get(id, { fields: 'properties.title' }),
    ).toEqual({
      properties: { title: 'AP placements archive 2025-26' },
    });
    const other = 'sendco@example.sch.uk';
    expect(sheetsFor(ws, ['spreadsheets'], other).Spreadsheets.get(id).spreadsheetId).toBe(id);
    expect(sheetsFor(ws, ['drive'], other).Spreadsheets.get(id).spreadsheetId).toBe(id);
  });

  it('a spreadsheet in the bin still opens [open]; one deleted from Drive is 404 and gone from the host view', () => {
    const { ws } = workbook();
    const { id } = createArchive(ws);
    driveFor(ws).Files.update({ trashed: true }, id);
    expect(leastPrivilege(ws).Spreadsheets.get(id, { fields: 'spreadsheetId' })).toEqual({
      spreadsheetId: id,
    });
    driveFor(ws).Files.remove(id);
    expect(caught(() => leastPrivilege(ws).Spreadsheets.get(id))).toEqual(NOT_FOUND('get'));
    expect(ws.spreadsheets).toEqual([]);
    expect(ws.findSpreadsheet(id)).toBeUndefined();
  });

  it('a host edit (userEdit) on the archive is what the API reads', () => {
    const { ws } = workbook();
    const { id } = createArchive(ws);
    ws.spreadsheetById(id).userEdit(DSL, 'Sheet1', 'A1', [
      ['Pupil', 'Hours'],
      ['Pupil 1', 12],
    ]);
    expect(
      leastPrivilege(ws).Spreadsheets.Values.get(id, 'Sheet1!A1:B2', {
        valueRenderOption: 'UNFORMATTED_VALUE',
      }),
    ).toMatchObject({
      values: [
        ['Pupil', 'Hours'],
        ['Pupil 1', 12],
      ],
    });
  });
});

describe(`Sheets.Spreadsheets.create (${SHEETS_CREATE})`, () => {
  it('makes a spreadsheet in My Drive, the app’s for this user: one Sheet1, "Untitled spreadsheet" without a title', () => {
    const { ws } = workbook();
    const reply = leastPrivilege(ws).Spreadsheets.create({});
    const id = String(reply.spreadsheetId);
    expect(reply).toEqual({
      spreadsheetId: id,
      properties: {
        title: 'Untitled spreadsheet',
        locale: 'en_GB',
        autoRecalc: 'ON_CHANGE',
        timeZone: 'Europe/London',
      },
      sheets: [
        {
          properties: {
            sheetId: 0,
            title: 'Sheet1',
            index: 0,
            sheetType: 'GRID',
            gridProperties: { rowCount: 1000, columnCount: 26 },
          },
        },
      ],
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
    });
    expect(ws.drive.get(id)).toMatchObject({
      name: 'Untitled spreadsheet',
      parents: [ws.drive.rootId],
      createdByApp: true,
      appUsers: [DSL],
    });
    expect(caught(() => leastPrivilege(ws, PASTORAL).Spreadsheets.get(id))).toEqual(
      NOT_FOUND('get'),
    );
  });

  it('takes a title, a zone, sheets with their grid; a 0 size is the default; fields cut the reply', () => {
    const { ws } = workbook();
    const reply = leastPrivilege(ws).Spreadsheets.create(
      {
        properties: { title: 'AP placements archive 2025-26', timeZone: 'Europe/Paris' },
        sheets: [
          { properties: { title: 'Placements', gridProperties: { frozenRowCount: 1 } } },
          { properties: { gridProperties: { rowCount: 0, columnCount: 0 } } },
        ],
      },
      { fields: 'spreadsheetId,sheets.properties(title,gridProperties)' },
    );
    expect(reply.sheets).toEqual([
      {
        properties: {
          title: 'Placements',
          gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
        },
      },
      { properties: { title: 'Sheet2', gridProperties: { rowCount: 1000, columnCount: 26 } } },
    ]);
    const book = ws.spreadsheetById(String(reply.spreadsheetId));
    expect(book).toMatchObject({ name: 'AP placements archive 2025-26', timeZone: 'Europe/Paris' });
    expect(
      caught(() =>
        leastPrivilege(ws).Spreadsheets.create({ properties: { timeZone: 'Mars/Olympus' } }),
      ),
    ).toMatchObject({ code: 400 });
  });
});

describe('SpreadsheetApp.openById opens the archive (full spreadsheets scope)', () => {
  it('by id and by URL; a removed one fails as a missing file does', () => {
    const { ws } = workbook();
    const { id } = createArchive(ws);
    ws.grantedScopes = new Set([`${SCOPE}spreadsheets`]);
    const app = spreadsheetGlobals(directExecution(ws)).SpreadsheetApp;
    expect(app.openById(id).getName()).toBe('AP placements archive 2025-26');
    const byUrl = app.openByUrl(`https://docs.google.com/spreadsheets/d/${id}/edit`);
    expect(byUrl.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    byUrl.getSheets()[0]?.getRange('A1').setValue('From SpreadsheetApp');
    expect(ws.spreadsheetById(id).sheet('Sheet1').values()).toEqual([['From SpreadsheetApp']]);
    driveFor(ws, ['drive']).Files.remove(id);
    expect(() => app.openById(id)).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });
});
