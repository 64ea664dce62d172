// Sheets.Spreadsheets.batchUpdate: deleteDimension, addSheet, replies, unknown requests, all or nothing.
import { DSL, PASTORAL, REST, caught, sheetsFor, workbook } from './setup';

const BATCH = `${REST}/spreadsheets/batchUpdate`;
const REQUEST = `${REST}/spreadsheets/request`;

describe(`spreadsheets.batchUpdate (${BATCH})`, () => {
  it(`deleteDimension deletes rows (0-based, end exclusive); everything below moves up (${REQUEST}#DeleteDimensionRequest)`, () => {
    const { ws, id } = workbook();
    const sheetId = ws.spreadsheet.sheet('Placements').id;
    const reply = sheetsFor(ws).Spreadsheets.batchUpdate(
      {
        requests: [
          {
            deleteDimension: { range: { sheetId, dimension: 'ROWS', startIndex: 1, endIndex: 2 } },
          },
        ],
      },
      id,
    );
    expect(reply).toEqual({ spreadsheetId: id, replies: [{}] });
    const sheet = ws.spreadsheet.sheet('Placements');
    expect(sheet.values().map((r) => r[0])).toEqual(['Placement ID', 'AP-0002']);
    expect(sheet.maxRows).toBe(999);
  });

  it('deleteDimension columns, and its refusals: no such grid, a strict protection that stops the user', () => {
    const { ws, id } = workbook();
    const sheet = ws.spreadsheet.sheet('Placements');
    const sheets = sheetsFor(ws);
    sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            deleteDimension: {
              range: { sheetId: sheet.id, dimension: 'COLUMNS', startIndex: 1, endIndex: 3 },
            },
          },
        ],
      },
      id,
    );
    expect(sheet.values()[0]).toEqual(['Placement ID', 'Hours']);
    expect(
      caught(() =>
        sheets.Spreadsheets.batchUpdate(
          {
            requests: [
              {
                deleteDimension: {
                  range: { sheetId: 42, dimension: 'ROWS', startIndex: 0, endIndex: 1 },
                },
              },
            ],
          },
          id,
        ),
      ).message,
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].deleteDimension: No grid with id: 42',
    );
    ws.spreadsheet.owner = DSL;
    const p = ws.spreadsheet.newProtection(sheet, 'RANGE', {
      row: 2,
      column: 1,
      numRows: 1,
      numColumns: 2,
    });
    p.editors = [];
    expect(
      caught(() =>
        sheetsFor(ws, ['spreadsheets'], PASTORAL).Spreadsheets.batchUpdate(
          {
            requests: [
              {
                deleteDimension: {
                  range: { sheetId: sheet.id, dimension: 'ROWS', startIndex: 1, endIndex: 2 },
                },
              },
            ],
          },
          id,
        ),
      ).message,
    ).toMatch(/failed with error: You are trying to edit a protected cell or object/);
  });

  it(`addSheet replies with the new sheet's properties; a taken title is refused in any case [reported] (${REQUEST}#AddSheetRequest)`, () => {
    const { ws, id } = workbook();
    const sheets = sheetsFor(ws);
    const reply = sheets.Spreadsheets.batchUpdate(
      { requests: [{ addSheet: { properties: { title: 'Reminder log' } } }] },
      id,
    );
    const added = ws.spreadsheet.sheet('Reminder log');
    expect(reply).toEqual({
      spreadsheetId: id,
      replies: [
        {
          addSheet: {
            properties: {
              sheetId: added.id,
              title: 'Reminder log',
              index: 1,
              sheetType: 'GRID',
              gridProperties: { rowCount: 1000, columnCount: 26 },
            },
          },
        },
      ],
    });
    expect(
      caught(() =>
        sheets.Spreadsheets.batchUpdate(
          { requests: [{ addSheet: { properties: { title: 'reminder LOG' } } }] },
          id,
        ),
      ).message,
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].addSheet: A sheet with the name "reminder LOG" already exists. Please enter another name.',
    );
  });

  it('all requests apply together or none: a failing request undoes the ones before it', () => {
    const { ws, id } = workbook();
    const before = JSON.stringify(ws.spreadsheet.toJSON());
    const sheetId = ws.spreadsheet.sheet('Placements').id;
    const failure = caught(() =>
      sheetsFor(ws).Spreadsheets.batchUpdate(
        {
          requests: [
            { addSheet: { properties: { title: 'New' } } },
            {
              deleteDimension: {
                range: { sheetId, dimension: 'ROWS', startIndex: 1, endIndex: 2 },
              },
            },
            {
              createDeveloperMetadata: {
                developerMetadata: {
                  metadataKey: 'k',
                  location: { spreadsheet: true },
                  visibility: 'PROJECT',
                },
              },
            },
            { addSheet: { properties: { title: 'Placements' } } },
          ],
        },
        id,
      ),
    );
    expect(failure.message).toMatch(/Invalid requests\[3\]\.addSheet: A sheet with the name/);
    expect(JSON.stringify(ws.spreadsheet.toJSON())).toBe(before);
  });

  it('a request kind the API does not have fails as the JSON parser does [reported]; one the emulator does not model is refused loudly', () => {
    const { ws, id } = workbook();
    const sheets = sheetsFor(ws);
    expect(
      caught(() =>
        sheets.Spreadsheets.batchUpdate(
          { requests: [{ addSheet: {} }, { deleteRows: { sheetId: 0 } }] },
          id,
        ),
      ),
    ).toEqual({
      name: 'GoogleJsonResponseException',
      code: 400,
      message:
        'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid JSON payload received. Unknown name "deleteRows" at \'requests[1]\': Cannot find field.',
    });
    expect(ws.spreadsheet.names()).toEqual(['Placements']);
    expect(
      caught(() => sheets.Spreadsheets.batchUpdate({ requests: [{ mergeCells: {} }] }, id)).message,
    ).toMatch(/^Emulator: requests\[0\]\.mergeCells is not modelled/);
  });
});
