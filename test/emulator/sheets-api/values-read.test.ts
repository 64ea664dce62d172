// Sheets.Spreadsheets.Values.batchGet / get: ranges, render options, serial dates across BST, trailing empties.
import { DSL, REST, caught, serialDay, sheetsFor, workbook } from './setup';

const BATCH_GET = `${REST}/spreadsheets.values/batchGet`;
const VALUE_RANGE = `${REST}/spreadsheets.values#ValueRange`;
const RENDER = `${REST}/ValueRenderOption`;
const DATES = 'https://developers.google.com/sheets/api/guides/formats#about_date_time_values';

describe(`values.batchGet (${BATCH_GET})`, () => {
  it('FORMATTED_VALUE by default: the text Sheets shows, one ValueRange per range, rows major', () => {
    const { ws, id } = workbook();
    const reply = sheetsFor(ws).Spreadsheets.Values.batchGet(id, { ranges: ['Placements'] });
    expect(reply).toEqual({
      spreadsheetId: id,
      valueRanges: [
        {
          range: 'Placements!A1:Z1000',
          majorDimension: 'ROWS',
          values: [
            ['Placement ID', 'Pupil name', 'Start date', 'Hours'],
            ['AP-0001', 'Pupil 1 Example', '13/10/2026', '12'],
            ['AP-0002', 'Pupil 2 Example', '01/12/2026', '6.5'],
          ],
        },
      ],
    });
  });

  it(`a bare sheet name is the whole grid; the range echoed is the requested one, sheet-qualified, quoted when needed [reported] (${VALUE_RANGE}: "the entire requested range")`, () => {
    const { ws, id } = workbook();
    ws.spreadsheet.addSheet('Term dates', [['Term', 'Starts']], { maxRows: 50, maxColumns: 5 });
    const ranges = ["'Term dates'", 'Term dates', 'Placements!A2:C5', 'Placements!B:B', 'A1:B2'];
    const reply = sheetsFor(ws).Spreadsheets.Values.batchGet(id, { ranges });
    expect((reply.valueRanges as Array<{ range: string }>).map((v) => v.range)).toEqual([
      "'Term dates'!A1:E50",
      "'Term dates'!A1:E50",
      'Placements!A2:C5',
      'Placements!B1:B1000',
      'Placements!A1:B2',
    ]);
  });

  it(`UNFORMATTED_VALUE: numbers as numbers, text as text; dates as serial numbers in the spreadsheet's zone, across the BST change (${RENDER}; ${DATES})`, () => {
    const { ws, id } = workbook();
    ws.spreadsheet.addSheet('Dates', [
      ['13/10/2026'], // BST (UTC+1): midnight is 23:00 UTC the day before
      ['25/10/2026 12:00'], // the day the clocks go back: noon is half a day
      ['01/12/2026'], // GMT
      ['29/03/2026'], // the day the clocks go forward
    ]);
    const reply = sheetsFor(ws).Spreadsheets.Values.batchGet(id, {
      ranges: ['Dates!A1:A4', 'Placements!A2:D2'],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    });
    const [dates, row] = reply.valueRanges as Array<{ values: unknown[][] }>;
    expect(dates?.values).toEqual([
      [serialDay(2026, 10, 13)],
      [serialDay(2026, 10, 25) + 0.5],
      [serialDay(2026, 12, 1)],
      [serialDay(2026, 3, 29)],
    ]);
    expect(row?.values).toEqual([['AP-0001', 'Pupil 1 Example', serialDay(2026, 10, 13), 12]]);
  });

  it('SERIAL_NUMBER is the default dateTimeRenderOption; FORMATTED_STRING gives the date as shown; FORMATTED_VALUE ignores it', () => {
    const { ws, id } = workbook();
    const read = (args: Record<string, unknown>): unknown =>
      (
        sheetsFor(ws).Spreadsheets.Values.batchGet(id, { ranges: ['Placements!C2'], ...args })
          .valueRanges as Array<{ values: unknown[][] }>
      )[0]?.values;
    expect(read({ valueRenderOption: 'UNFORMATTED_VALUE' })).toEqual([[serialDay(2026, 10, 13)]]);
    expect(
      read({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' }),
    ).toEqual([['13/10/2026']]);
    expect(read({ dateTimeRenderOption: 'SERIAL_NUMBER' })).toEqual([['13/10/2026']]);
  });

  it(`FORMULA gives formulas, and other cells unformatted (${RENDER})`, () => {
    const { ws, id } = workbook();
    ws.spreadsheet.setFormulaResult('Placements', 'E2', '=D2*2', 24);
    const read = (valueRenderOption: string): unknown =>
      (
        sheetsFor(ws).Spreadsheets.Values.batchGet(id, {
          ranges: ['Placements!D2:E2'],
          valueRenderOption,
        }).valueRanges as Array<{ values: unknown[][] }>
      )[0]?.values;
    expect(read('FORMULA')).toEqual([[12, '=D2*2']]);
    expect(read('UNFORMATTED_VALUE')).toEqual([[12, 24]]);
    expect(read('FORMATTED_VALUE')).toEqual([['12', '24']]);
  });

  it(`trailing empty cells and rows are left out, an empty row inside stays as [], an empty range has no values (${VALUE_RANGE}: "empty trailing rows and columns will not be included")`, () => {
    const { ws, id } = workbook();
    ws.spreadsheet.addSheet('Gaps', [
      ['a', '', 'c', ''],
      ['', '', '', ''],
      ['', 'b'],
    ]);
    const reply = sheetsFor(ws).Spreadsheets.Values.batchGet(id, {
      ranges: ['Gaps!A1:F9', 'Gaps!D1:F9', 'Gaps'],
    });
    const [block, empty, whole] = reply.valueRanges as Array<Record<string, unknown>>;
    expect(block?.values).toEqual([['a', '', 'c'], [], ['', 'b']]);
    expect(empty).toEqual({ range: 'Gaps!D1:F9', majorDimension: 'ROWS' });
    expect(whole?.values).toEqual(block?.values);
  });

  it('majorDimension COLUMNS gives columns, trimmed the same way', () => {
    const { ws, id } = workbook();
    const reply = sheetsFor(ws).Spreadsheets.Values.batchGet(id, {
      ranges: ['Placements!A1:B3'],
      majorDimension: 'COLUMNS',
    });
    expect((reply.valueRanges as Array<{ values: unknown[][] }>)[0]?.values).toEqual([
      ['Placement ID', 'AP-0001', 'AP-0002'],
      ['Pupil name', 'Pupil 1 Example', 'Pupil 2 Example'],
    ]);
  });

  it('a sheet that does not exist fails the whole call: 400 "Unable to parse range" [reported]', () => {
    const { ws, id } = workbook();
    const sheets = sheetsFor(ws);
    expect(
      caught(() =>
        sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Placements', 'Term dates'] }),
      ),
    ).toEqual({
      name: 'GoogleJsonResponseException',
      code: 400,
      message:
        'API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: Term dates',
    });
    expect(caught(() => sheets.Spreadsheets.Values.get(id, 'Placements!A1:')).message).toMatch(
      /Unable to parse range: Placements!A1:$/,
    );
  });

  it('a range past the grid is 400 "exceeds grid limits" [reported]; a bad enum names the field [reported]', () => {
    const { ws, id } = workbook();
    const sheets = sheetsFor(ws);
    expect(caught(() => sheets.Spreadsheets.Values.get(id, 'Placements!AA1')).message).toBe(
      'API call to sheets.spreadsheets.values.get failed with error: Range (Placements!AA1) exceeds grid limits. Max rows: 1000, max columns: 26',
    );
    expect(
      caught(() =>
        sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Placements'], valueRenderOption: 'X' }),
      ).message,
    ).toBe(
      `API call to sheets.spreadsheets.values.batchGet failed with error: Invalid value at 'value_render_option' (type.googleapis.com/google.apps.sheets.v4.ValueRenderOption), "X"`,
    );
  });

  it('values.get reads one range the same way', () => {
    const { ws, id } = workbook();
    expect(
      sheetsFor(ws, ['spreadsheets.readonly'], DSL).Spreadsheets.Values.get(id, 'B2:B3'),
    ).toEqual({
      range: 'Placements!B2:B3',
      majorDimension: 'ROWS',
      values: [['Pupil 1 Example'], ['Pupil 2 Example']],
    });
  });
});
