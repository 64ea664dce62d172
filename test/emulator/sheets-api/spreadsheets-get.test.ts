// Sheets.Spreadsheets.get: the Spreadsheet resource without grid data, cut by `fields`, filtered by `ranges`.
import { REST, caught, sheetsFor, workbook } from './setup';

const GET = `${REST}/spreadsheets/get`;
const MASKS = 'https://developers.google.com/sheets/api/guides/field-masks';

describe(`spreadsheets.get (${GET})`, () => {
  it('returns the spreadsheet’s properties and each sheet’s, never grid data', () => {
    const { ws, id } = workbook({ spreadsheetName: 'AP placements' });
    const placements = ws.spreadsheet.sheet('Placements');
    placements.frozenRows = 1;
    const log = ws.spreadsheet.addSheet('Log', [], { maxRows: 10, maxColumns: 3 });
    log.hidden = true;
    expect(sheetsFor(ws).Spreadsheets.get(id)).toEqual({
      spreadsheetId: id,
      properties: {
        title: 'AP placements',
        locale: 'en_GB',
        autoRecalc: 'ON_CHANGE',
        timeZone: 'Europe/London',
      },
      sheets: [
        {
          properties: {
            sheetId: placements.id,
            title: 'Placements',
            index: 0,
            sheetType: 'GRID',
            gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
          },
        },
        {
          properties: {
            sheetId: log.id,
            title: 'Log',
            index: 1,
            sheetType: 'GRID',
            gridProperties: { rowCount: 10, columnCount: 3 },
            hidden: true,
          },
        },
      ],
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
    });
  });

  it(`fields: comma lists, dotted paths and a(b,c) sub-selections (${MASKS})`, () => {
    const { ws, id } = workbook();
    ws.spreadsheet.developerMetadata.add({ key: 'schema', value: '3', visibility: 'PROJECT' });
    const got = sheetsFor(ws).Spreadsheets.get(id, {
      fields:
        'spreadsheetUrl,properties.timeZone,sheets.properties(sheetId,title),developerMetadata(metadataId,metadataKey,metadataValue,location.locationType)',
    });
    expect(got).toEqual({
      properties: { timeZone: 'Europe/London' },
      sheets: [
        { properties: { sheetId: ws.spreadsheet.sheet('Placements').id, title: 'Placements' } },
      ],
      developerMetadata: [
        {
          metadataId: expect.any(Number),
          metadataKey: 'schema',
          metadataValue: '3',
          location: { locationType: 'SPREADSHEET' },
        },
      ],
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
    });
    expect(
      caught(() => sheetsFor(ws).Spreadsheets.get(id, { fields: 'sheets(properties' })),
    ).toMatchObject({ code: 400 });
  });

  it('ranges keeps only the sheets they name [reported]; a sheet that is not there is 400', () => {
    const { ws, id } = workbook();
    ws.spreadsheet.addSheet('Log');
    const sheets = sheetsFor(ws);
    const got = sheets.Spreadsheets.get(id, {
      ranges: ['Log!A1'],
      fields: 'sheets.properties.title',
    });
    expect(got).toEqual({ sheets: [{ properties: { title: 'Log' } }] });
    expect(caught(() => sheets.Spreadsheets.get(id, { ranges: ['Nope'] })).message).toMatch(
      /sheets\.spreadsheets\.get failed with error: Unable to parse range: Nope$/,
    );
  });
});
