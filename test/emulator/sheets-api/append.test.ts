// Sheets.Spreadsheets.Values.append: after the table the range holds, found when the call runs; OVERWRITE and INSERT_ROWS.
import { REST, caught, sheetsFor, workbook } from './setup';

const APPEND = `${REST}/spreadsheets.values/append`;
const OPTION = { valueInputOption: 'USER_ENTERED' };

describe(`values.append (${APPEND})`, () => {
  it('appends every row after the last row of the table, from its first column, and says where', () => {
    const { ws, id } = workbook();
    const reply = sheetsFor(ws).Spreadsheets.Values.append(
      { values: [['AP-0003', 'Pupil 3 Example', '02/12/2026', 3], ['AP-0004']] },
      id,
      'Placements',
      OPTION,
    );
    expect(reply).toEqual({
      spreadsheetId: id,
      tableRange: 'Placements!A1:D3',
      updates: {
        spreadsheetId: id,
        updatedRange: 'Placements!A4:D5',
        updatedRows: 2,
        updatedColumns: 4,
        updatedCells: 5,
      },
    });
    expect(
      ws.spreadsheet
        .sheet('Placements')
        .values()
        .map((r) => r[0]),
    ).toEqual(['Placement ID', 'AP-0001', 'AP-0002', 'AP-0003', 'AP-0004']);
  });

  it('lands after the last row even when a person inserted rows just before the call (the table is found when it runs)', () => {
    const { ws, id } = workbook();
    const sheets = sheetsFor(ws);
    ws.spreadsheet.personInsertRows('Placements', 3, [['AP-0009', 'Typed by a colleague']]);
    ws.spreadsheet.personInsertRows('Placements', 5, [['AP-0010', 'Added at the end']]);
    const reply = sheets.Spreadsheets.Values.append({ values: [['AP-0011']] }, id, 'Placements', {
      ...OPTION,
      insertDataOption: 'INSERT_ROWS',
    });
    expect((reply.updates as { updatedRange: string }).updatedRange).toBe('Placements!A6');
    expect(
      ws.spreadsheet
        .sheet('Placements')
        .values()
        .map((r) => r[0]),
    ).toEqual(['Placement ID', 'AP-0001', 'AP-0009', 'AP-0002', 'AP-0010', 'AP-0011']);
  });

  it('a blank row ends the table: INSERT_ROWS inserts at the gap and moves the rest down, OVERWRITE writes into the gap [reported]', () => {
    const { ws, id } = workbook();
    ws.spreadsheet.userEdit('someone@example.sch.uk', 'Placements', 'A5', [
      ['AP-0005', 'Below a gap'],
    ]);
    const sheets = sheetsFor(ws);
    const inserted = sheets.Spreadsheets.Values.append(
      { values: [['AP-0003']] },
      id,
      'Placements',
      {
        ...OPTION,
        insertDataOption: 'INSERT_ROWS',
      },
    );
    expect([
      inserted.tableRange,
      (inserted.updates as { updatedRange: string }).updatedRange,
    ]).toEqual(['Placements!A1:D3', 'Placements!A4']);
    const overwritten = sheets.Spreadsheets.Values.append(
      { values: [['AP-0004']] },
      id,
      'Placements',
      OPTION,
    );
    expect([
      overwritten.tableRange,
      (overwritten.updates as { updatedRange: string }).updatedRange,
    ]).toEqual(['Placements!A1:D4', 'Placements!A5']);
    expect(
      ws.spreadsheet
        .sheet('Placements')
        .values()
        .map((r) => r[0]),
    ).toEqual(['Placement ID', 'AP-0001', 'AP-0002', 'AP-0003', 'AP-0004', 'AP-0005']);
  });

  it('OVERWRITE at the end of the grid adds the rows it needs ("adding data to the end of the sheet will still insert new rows")', () => {
    const { ws, id } = workbook();
    ws.spreadsheet.addSheet('Log', [['When', 'What']], { maxRows: 2, maxColumns: 2 });
    sheetsFor(ws).Spreadsheets.Values.append(
      { values: [['a', 'b', 'c'], ['d'], ['e']] },
      id,
      'Log',
      { valueInputOption: 'RAW' },
    );
    const log = ws.spreadsheet.sheet('Log');
    expect([log.maxRows, log.maxColumns]).toEqual([4, 3]);
    expect(log.values()).toEqual([
      ['When', 'What', ''],
      ['a', 'b', 'c'],
      ['d', '', ''],
      ['e', '', ''],
    ]);
  });

  it('with no table, writes at the range’s top-left and leaves tableRange out', () => {
    const { ws, id } = workbook();
    ws.spreadsheet.addSheet('Empty');
    const reply = sheetsFor(ws).Spreadsheets.Values.append(
      { values: [['x', 'y']] },
      id,
      'Empty!B2',
      OPTION,
    );
    expect(reply).toEqual({
      spreadsheetId: id,
      updates: {
        spreadsheetId: id,
        updatedRange: 'Empty!B2:C2',
        updatedRows: 1,
        updatedColumns: 2,
        updatedCells: 2,
      },
    });
  });

  it('USER_ENTERED and RAW as for batchUpdate; valueInputOption is required [reported]', () => {
    const { ws, id } = workbook();
    const sheets = sheetsFor(ws);
    sheets.Spreadsheets.Values.append(
      { values: [['=1+1', '2026-10-13']] },
      id,
      'Placements',
      OPTION,
    );
    sheets.Spreadsheets.Values.append({ values: [['=1+1', '2026-10-13']] }, id, 'Placements', {
      valueInputOption: 'RAW',
    });
    const sheet = ws.spreadsheet.sheet('Placements');
    expect([sheet.cell('A4').formula, sheet.cell('B4').value]).toEqual([
      '=1+1',
      new Date('2026-10-12T23:00:00Z'),
    ]);
    expect([sheet.cell('A5').value, sheet.cell('B5').value]).toEqual(['=1+1', '2026-10-13']);
    expect(
      caught(() => sheets.Spreadsheets.Values.append({ values: [['x']] }, id, 'Placements', {})),
    ).toMatchObject({
      code: 400,
      message: expect.stringMatching(/'valueInputOption' is required/),
    });
  });
});
