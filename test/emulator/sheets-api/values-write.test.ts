// Sheets.Spreadsheets.Values.batchUpdate / update: RAW vs USER_ENTERED, fitting the range, protections, all or nothing.
import { directExecution } from '../../../emulator/core/direct';
import { spreadsheetGlobals } from '../../../emulator/spreadsheet';
import { DSL, PASTORAL, REST, caught, serialDay, sheetsFor, workbook } from './setup';

const BATCH_UPDATE = `${REST}/spreadsheets.values/batchUpdate`;
const INPUT = `${REST}/ValueInputOption`;
const VALUE_RANGE = `${REST}/spreadsheets.values#ValueRange`;

describe(`values.batchUpdate (${BATCH_UPDATE})`, () => {
  it(`USER_ENTERED parses as typing does; RAW stores strings verbatim (${INPUT})`, () => {
    const { ws, id } = workbook();
    const sheets = sheetsFor(ws);
    const reply = sheets.Spreadsheets.Values.batchUpdate(
      {
        valueInputOption: 'USER_ENTERED',
        data: [{ range: 'Placements!F1:I1', values: [['=1+1', '2026-10-13', "'007", true]] }],
      },
      id,
    );
    sheets.Spreadsheets.Values.batchUpdate(
      {
        valueInputOption: 'RAW',
        data: [{ range: 'Placements!F2:I2', values: [['=1+1', '2026-10-13', "'007", 4.5]] }],
      },
      id,
    );
    const sheet = ws.spreadsheet.sheet('Placements');
    expect(sheet.cell('F1').formula).toBe('=1+1');
    expect(sheet.cell('G1').value).toEqual(new Date('2026-10-12T23:00:00Z')); // midnight BST
    expect(sheet.cell('H1').value).toBe('007');
    expect(sheet.cell('I1').value).toBe(true);
    expect([sheet.cell('F2').formula, sheet.cell('F2').value]).toEqual(['', '=1+1']);
    expect(sheet.cell('G2').value).toBe('2026-10-13');
    expect(sheet.cell('H2').value).toBe("'007");
    expect(sheet.cell('I2').value).toBe(4.5);
    expect(reply).toEqual({
      spreadsheetId: id,
      totalUpdatedRows: 1,
      totalUpdatedColumns: 4,
      totalUpdatedCells: 4,
      totalUpdatedSheets: 1,
      responses: [
        {
          spreadsheetId: id,
          updatedRange: 'Placements!F1:I1',
          updatedRows: 1,
          updatedColumns: 4,
          updatedCells: 4,
        },
      ],
    });
    const read = sheets.Spreadsheets.Values.get(id, 'Placements!G1:G2', {
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    expect(read.values).toEqual([[serialDay(2026, 10, 13)], ['2026-10-13']]);
  });

  it(`a block is written from its range's top-left; null skips a cell, '' empties it (${VALUE_RANGE})`, () => {
    const { ws, id } = workbook();
    sheetsFor(ws).Spreadsheets.Values.batchUpdate(
      { valueInputOption: 'RAW', data: [{ range: 'Placements!A2', values: [[null, '', 'x']] }] },
      id,
    );
    const sheet = ws.spreadsheet.sheet('Placements');
    expect(sheet.values()[1]).toEqual(['AP-0001', '', 'x', 12]);
  });

  it('a bounded range must hold the data: "Requested writing within range [..], but tried writing to row [..]" [reported]', () => {
    const { ws, id } = workbook();
    const before = JSON.stringify(ws.spreadsheet.toJSON());
    const sheets = sheetsFor(ws);
    const write = (range: string, values: unknown[][]) => () =>
      sheets.Spreadsheets.Values.batchUpdate(
        {
          valueInputOption: 'RAW',
          data: [
            { range: 'Placements!A5', values: [['fine']] },
            { range, values },
          ],
        },
        id,
      );
    expect(caught(write('Placements!A2:B3', [['a'], ['b'], ['c']])).message).toBe(
      'API call to sheets.spreadsheets.values.batchUpdate failed with error: Invalid data[1]: Requested writing within range [Placements!A2:B3], but tried writing to row [4]',
    );
    expect(caught(write('Placements!A2:B3', [['a', 'b', 'c']])).message).toMatch(
      /Invalid data\[1\]: Requested writing within range \[Placements!A2:B3\], but tried writing to column \[C\]$/,
    );
    expect(caught(write('Nope!A1', [['a']])).message).toMatch(
      /Invalid data\[1\]: Unable to parse range: Nope!A1$/,
    );
    expect(JSON.stringify(ws.spreadsheet.toJSON())).toBe(before); // the first block was not written either
  });

  it('a missing valueInputOption is refused: 400 "\'valueInputOption\' is required but not specified" [reported]', () => {
    const { ws, id } = workbook();
    expect(
      caught(() =>
        sheetsFor(ws).Spreadsheets.Values.batchUpdate(
          { data: [{ range: 'Placements!A1', values: [['x']] }] },
          id,
        ),
      ),
    ).toMatchObject({
      code: 400,
      message:
        "API call to sheets.spreadsheets.values.batchUpdate failed with error: 'valueInputOption' is required but not specified",
    });
  });

  it('writes run as the effective user: a strict protection that stops them refuses the write, as for SpreadsheetApp [reported]', () => {
    const { ws, id } = workbook();
    const owner = spreadsheetGlobals(directExecution(ws, { effectiveUser: DSL })).SpreadsheetApp;
    const p = owner.getActiveSpreadsheet().getRange('Placements!A1:D1').protect();
    p.removeEditors(p.getEditors());
    ws.spreadsheet.owner = DSL;
    const write = (user: string) =>
      sheetsFor(ws, ['spreadsheets'], user).Spreadsheets.Values.batchUpdate(
        { valueInputOption: 'RAW', data: [{ range: 'Placements!B1', values: [['Name']] }] },
        id,
      );
    expect(caught(() => write(PASTORAL)).message).toBe(
      'API call to sheets.spreadsheets.values.batchUpdate failed with error: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    write(DSL);
    expect(ws.spreadsheet.sheet('Placements').cell('B1').value).toBe('Name');
  });

  it('values.update writes one block and answers an UpdateValuesResponse; a single-cell range spreads with the data', () => {
    const { ws, id } = workbook();
    const reply = sheetsFor(ws).Spreadsheets.Values.update(
      { values: [['Notes'], ['n1']] },
      id,
      'Placements!E1',
      { valueInputOption: 'USER_ENTERED' },
    );
    expect(reply).toEqual({
      spreadsheetId: id,
      updatedRange: 'Placements!E1:E2',
      updatedRows: 2,
      updatedColumns: 1,
      updatedCells: 2,
    });
  });
});
