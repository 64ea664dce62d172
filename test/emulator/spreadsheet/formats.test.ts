// Notes, backgrounds, font weights, number formats and display values.
import { setup, thrown, utc } from './setup';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/range';

function block() {
  const s = setup();
  s.ws.spreadsheet.addSheet('F', [[1234.5, 'x']]);
  return { ...s, sheet: s.app.getActiveSheet() };
}

describe('notes', () => {
  test(`getNote is '' without a note; setNotes/clearNote (${REF}#setnotesnotes)`, () => {
    const { sheet } = block();
    const r = sheet.getRange('A1:B1');
    expect(r.getNotes()).toEqual([['', '']]);
    r.setNotes([['first', null]]);
    expect(r.getNotes()).toEqual([['first', '']]);
    expect(r.getNote()).toBe('first');
    r.setNote('both');
    expect(r.getNotes()).toEqual([['both', 'both']]);
    r.clearNote();
    expect(r.getNotes()).toEqual([['', '']]);
  });

  test('setNotes needs the range shape (same message as setValues)', () => {
    const { sheet } = block();
    expect(thrown(() => sheet.getRange('A1:B1').setNotes([['a']]))).toMatch(
      /^The number of columns in the data does not match/,
    );
  });
});

describe('backgrounds and font weights', () => {
  test(`backgrounds read back as lowercase #rrggbb; null resets to white (${REF}#setbackgroundcolor)`, () => {
    const { sheet } = block();
    const r = sheet.getRange('A1:B1');
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    r.setBackgrounds([['#FFCC00', 'red']]);
    expect(r.getBackgrounds()).toEqual([['#ffcc00', '#ff0000']]);
    r.setBackground(null);
    expect(r.getBackground()).toBe('#ffffff');
  });

  test(`font weights are 'normal' or 'bold' (${REF}#setfontweightfontweight)`, () => {
    const { sheet } = block();
    const r = sheet.getRange('A1:B1');
    r.setFontWeights([['bold', null]]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    r.setFontWeight(null);
    expect(r.getFontWeight()).toBe('normal');
  });

  test('clearFormat keeps values and notes; clearContent keeps formats', () => {
    const { sheet } = block();
    const r = sheet.getRange('A1');
    r.setNote('n').setBackground('#000000').setNumberFormat('0.00');
    r.clearFormat();
    expect([r.getValue(), r.getNote(), r.getBackground(), r.getNumberFormat()]).toEqual([
      1234.5,
      'n',
      '#ffffff',
      '0.###############',
    ]);
    r.setBackground('#000000').clearContent();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#000000']);
  });
});

describe('number formats and display values', () => {
  test("an unformatted cell reports '0.###############' [reported default of getNumberFormat]", () => {
    const { sheet } = block();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1234.5');
  });

  test.each([
    ['0', '1235'],
    ['0.00', '1234.50'],
    ['#,##0', '1,235'],
    ['#,##0.00', '1,234.50'],
    ['£#,##0.00', '£1,234.50'],
    ['0%', '123450%'],
    ['@', '1234.5'],
  ])(`number format %s shows %s (${REF}#setnumberformatnumberformat)`, (format, shown) => {
    const { sheet } = block();
    const r = sheet.getRange('A1').setNumberFormat(format);
    expect(r.getNumberFormat()).toBe(format);
    expect(r.getDisplayValue()).toBe(shown);
  });

  test('negative numbers keep the sign before a currency symbol', () => {
    const { sheet } = block();
    const r = sheet.getRange('A1').setValue(-5).setNumberFormat('£#,##0.00');
    expect(r.getDisplayValue()).toBe('-£5.00');
  });

  test.each([
    ['dd/mm/yyyy', '05/03/2026'],
    ['d/m/yyyy', '5/3/2026'],
    ['yyyy-mm-dd', '2026-03-05'],
    ['dd/mm/yyyy hh:mm', '05/03/2026 14:07'],
    ['hh:mm', '14:07'],
    ['d mmm yyyy', '5 Mar 2026'],
    ['dddd d mmmm', 'Thursday 5 March'],
  ])('date format %s shows %s in the spreadsheet zone', (format, shown) => {
    const { sheet } = block();
    const r = sheet.getRange('B1').setValue(utc('2026-03-05T14:07:00')).setNumberFormat(format);
    expect(r.getDisplayValue()).toBe(shown);
  });

  test('a date typed without a format displays dd/mm/yyyy and reports that format [open: exact pattern]', () => {
    const { sheet } = block();
    const r = sheet.getRange('B1').setValue('5/3/2026');
    expect(r.getNumberFormat()).toBe('dd/mm/yyyy');
    expect(r.getDisplayValue()).toBe('05/03/2026');
  });

  test('a date under a number format shows its serial number', () => {
    const { sheet } = block();
    const r = sheet.getRange('B1').setValue('01/01/2026').setNumberFormat('0');
    expect(r.getDisplayValue()).toBe('46023');
  });

  test('booleans display TRUE/FALSE; empty cells display ""', () => {
    const { sheet } = block();
    const r = sheet.getRange('C1:D1').setValues([[false, '']]);
    expect(r.getDisplayValues()).toEqual([['FALSE', '']]);
  });
});
