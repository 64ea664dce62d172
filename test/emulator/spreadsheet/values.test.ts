// Range values: types kept, '' for empty, setValues dimensions, formulas, strings read as typed.
import { setup, thrown, utc } from './setup';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/range';

function placements() {
  const s = setup();
  s.ws.spreadsheet.addSheet('Placements', [
    ['Pupil', 'Provider', 'Start', 'Days'],
    ['Ada Example', 'Northside AP', '29/11/2026', 3],
  ]);
  return s;
}

describe('Range.getValues / setValues', () => {
  test(`empty cells are '' and types are kept (${REF}#getvalues)`, () => {
    const { app } = placements();
    const values = app.getActiveSheet().getRange('A2:E2').getValues();
    expect(values[0]).toEqual(['Ada Example', 'Northside AP', utc('2026-11-29T00:00:00'), 3, '']);
    expect(values[0]?.[2]).toBeInstanceOf(Date);
    expect(typeof values[0]?.[3]).toBe('number');
  });

  test('booleans and numbers written by a script come back with their types', () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('A3:C3');
    r.setValues([[true, 2.5, 'x']]);
    expect(r.getValues()).toEqual([[true, 2.5, 'x']]);
  });

  test(`row count mismatch uses Google's message (${REF}#setvaluesvalues)`, () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('A3:B4');
    expect(thrown(() => r.setValues([['a', 'b']]))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test(`column count mismatch uses Google's message (${REF}#setvaluesvalues)`, () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('A3:B4');
    expect(thrown(() => r.setValues([['a'], ['b', 'c']]))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('a failed setValues writes nothing', () => {
    const { app, ws } = placements();
    const r = app.getActiveSheet().getRange('A3:B3');
    expect(() => r.setValues([['a', 'b', 'c']])).toThrow();
    expect(ws.spreadsheet.sheet('Placements').values()).toHaveLength(2);
  });

  test('a non-array argument is a signature error [reported wording]', () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('A3');
    expect(thrown(() => r.setValues('x' as unknown as unknown[][]))).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test(`setValue sets every cell of the range and getValue reads the top-left (${REF}#setvaluevalue)`, () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('F1:G2');
    r.setValue('n/a');
    expect(r.getValues()).toEqual([
      ['n/a', 'n/a'],
      ['n/a', 'n/a'],
    ]);
    expect(app.getActiveSheet().getRange('B2:C2').getValue()).toBe('Northside AP');
  });

  test('null and undefined empty a cell', () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('A2:B2');
    r.setValues([[null, undefined]]);
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.isBlank()).toBe(true);
  });

  test('a Date is stored as the instant given, and getValues returns a copy', () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('E2');
    const when = utc('2026-03-29T00:30:00');
    r.setValue(when);
    const got = r.getValue() as Date;
    expect(got.getTime()).toBe(when.getTime());
    got.setFullYear(2000);
    expect((r.getValue() as Date).getTime()).toBe(when.getTime());
  });
});

describe('strings written by setValues are read as if typed [reported]', () => {
  // Widely reported: Apps Script's setValue(s) parses strings like the Sheets UI does.
  test("'00123' becomes the number 123", () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('E2');
    r.setValue('00123');
    expect(r.getValue()).toBe(123);
  });

  test("'29/11/2026' becomes a Date at midnight in the spreadsheet's zone (en_GB)", () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('E2');
    r.setValue('29/11/2026');
    expect(r.getValue()).toEqual(utc('2026-11-29T00:00:00'));
    expect(r.getDisplayValue()).toBe('29/11/2026');
  });

  test("plain-text format '@' keeps the string as written", () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('E2:E3');
    r.setNumberFormat('@');
    r.setValues([['00123'], ['29/11/2026']]);
    expect(r.getValues()).toEqual([['00123'], ['29/11/2026']]);
  });

  test("a leading apostrophe forces text ('0123 stays '0123' without the apostrophe)", () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('E2');
    r.setValue("'0123");
    expect(r.getValue()).toBe('0123');
  });

  test("'true' becomes the boolean TRUE", () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('E2');
    r.setValue('true');
    expect(r.getValue()).toBe(true);
    expect(r.getDisplayValue()).toBe('TRUE');
  });
});

describe('formulas', () => {
  test(`a string starting with '=' is stored as a formula; its value is '' until a result is set (${REF}#setvaluevalue)`, () => {
    const { app } = placements();
    const r = app.getActiveSheet().getRange('E2');
    r.setValue('=D2*2');
    expect(r.getFormula()).toBe('=D2*2');
    expect(r.getValue()).toBe('');
  });

  test('the result registered with setFormulaResult is what getValues returns', () => {
    const { app, ws } = placements();
    ws.spreadsheet.setFormulaResult('Placements', 'E2', '=D2*2', 6);
    const r = app.getActiveSheet().getRange('E2');
    expect(r.getValue()).toBe(6);
    r.setFormula('=D2*2'); // rewriting the same formula keeps the known result
    expect(r.getValue()).toBe(6);
    expect(r.getFormulas()).toEqual([['=D2*2']]);
    r.setFormulas([['=D2*3']]);
    expect(r.getValue()).toBe('');
  });

  test('getFormulas is empty for plain values', () => {
    const { app } = placements();
    expect(app.getActiveSheet().getRange('A2:B2').getFormulas()).toEqual([['', '']]);
  });
});

describe('time zones', () => {
  test('a date typed in a New York spreadsheet is midnight in New York', () => {
    const { app } = setup({ spreadsheetTimeZone: 'America/New_York' });
    const r = app.getActiveSheet().getRange('A1');
    r.setValue('29/11/2026');
    expect(r.getValue()).toEqual(utc('2026-11-29T05:00:00'));
    expect(r.getDisplayValue()).toBe('29/11/2026');
  });

  test('dates either side of the BST changes (2026-03-29, 2026-10-25) are London midnights', () => {
    const { app } = setup();
    const r = app.getActiveSheet().getRange('A1:A4');
    // Clocks go forward at 01:00 GMT on 29 March and back at 01:00 GMT on 25 October.
    r.setValues([['29/03/2026'], ['30/03/2026'], ['25/10/2026'], ['26/10/2026']]);
    expect(r.getValues().map((row) => (row[0] as Date).toISOString())).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T23:00:00.000Z',
      '2026-10-24T23:00:00.000Z',
      '2026-10-26T00:00:00.000Z',
    ]);
    expect(r.getDisplayValues()).toEqual([
      ['29/03/2026'],
      ['30/03/2026'],
      ['25/10/2026'],
      ['26/10/2026'],
    ]);
  });

  test("display values follow the spreadsheet's zone, not the script's", () => {
    const { app } = setup({ spreadsheetTimeZone: 'America/New_York' });
    const r = app.getActiveSheet().getRange('A1');
    r.setValue(utc('2026-11-30T03:00:00')).setNumberFormat('yyyy-mm-dd hh:mm');
    expect(r.getDisplayValue()).toBe('2026-11-29 22:00');
  });

  test('changing the zone keeps wall-clock dates (Sheets stores serial numbers: https://developers.google.com/sheets/api/guides/formats#about_date_time_values)', () => {
    const { app, ws } = setup({ spreadsheetTimeZone: 'America/New_York' });
    const r = app.getActiveSheet().getRange('A1:A2');
    r.setValues([['29/11/2026'], [utc('2026-11-30T03:00:00')]]);
    app.getActiveSpreadsheet().setSpreadsheetTimeZone('Europe/London');
    expect(ws.spreadsheet.timeZone).toBe('Europe/London');
    expect(r.getDisplayValues()).toEqual([['29/11/2026'], ['29/11/2026 22:00:00']]);
    expect(r.getValues()).toEqual([[utc('2026-11-29T00:00:00')], [utc('2026-11-29T22:00:00')]]);
  });
});
