// Range geometry (offset, getCell, A1) and the host-side cell snapshot tests rely on.
import vm from 'node:vm';
import { setup, thrown } from './setup';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/range';

function grid() {
  const s = setup();
  s.ws.spreadsheet.addSheet('G', [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ]);
  return { ...s, sheet: s.app.getActiveSheet() };
}

test(`getRow/getColumn/getNumRows/getNumColumns/getA1Notation (${REF}#geta1notation)`, () => {
  const { sheet } = grid();
  const r = sheet.getRange(2, 2, 2, 2);
  expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 2, 2]);
  expect([r.getA1Notation(), r.getLastRow(), r.getLastColumn()]).toEqual(['B2:C3', 3, 3]);
  expect(r.getSheet().getName()).toBe('G');
  expect(r.getGridId()).toBe(sheet.getSheetId());
});

test(`offset keeps the size unless given one; it cannot leave the sheet (${REF}#offsetrowoffset,-columnoffset)`, () => {
  const { sheet } = grid();
  const r = sheet.getRange('A1:B2');
  expect(r.offset(1, 1).getA1Notation()).toBe('B2:C3');
  expect(r.offset(2, 0, 1, 3).getValues()).toEqual([[7, 8, 9]]);
  expect(thrown(() => r.offset(-1, 0))).toBe('The starting row of the range is too small.');
});

test(`getCell is 1-based inside the range (${REF}#getcellrow,-column)`, () => {
  const { sheet } = grid();
  const r = sheet.getRange('B2:C3');
  expect(r.getCell(2, 1).getValue()).toBe(8);
  expect(thrown(() => r.getCell(3, 1))).toBe('Cell reference out of range');
});

test('state.sheet(name).cell(a1) reports every attribute with Google defaults', () => {
  const { ws, sheet } = grid();
  expect(ws.spreadsheet.sheet('G').cell('Z99')).toEqual({
    value: '',
    formula: '',
    note: '',
    background: '#ffffff',
    fontWeight: 'normal',
    numberFormat: '0.###############',
    validation: null,
    displayValue: '',
  });
  sheet.getRange('A1').setNumberFormat('0.00').setNote('n');
  expect(ws.spreadsheet.sheet('G').cell('A1')).toMatchObject({
    value: 1,
    displayValue: '1.00',
    note: 'n',
  });
  expect(ws.spreadsheet.sheet('G').usedCells()).toContain('C3');
  expect(() => ws.spreadsheet.sheet('Nope')).toThrow(/No sheet named "Nope"/);
});

test('getSheetValues reads like getRange().getValues()', () => {
  const { sheet } = grid();
  expect(sheet.getSheetValues(2, 2, 2, 1)).toEqual([[5], [8]]);
});

// Sheet reference, getSheetValues: "A -1 value given as the row or column position is equivalent to
// getting the very last row or column that has data in the sheet."
test('getSheetValues with -1 reads through the last row and column with data', () => {
  const { sheet } = grid();
  expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(sheet.getDataRange().getValues());
  expect(sheet.getSheetValues(2, 2, -1, -1)).toEqual([
    [5, 6],
    [8, 9],
  ]);
  sheet.getRange('E5').setValue('x');
  expect(sheet.getSheetValues(1, 1, -1, -1)).toHaveLength(5);
  expect(sheet.getSheetValues(1, 1, -1, -1)[0]).toHaveLength(5);
  const empty = sheet.getParent().insertSheet('Empty');
  expect(empty.getSheetValues(1, 1, -1, -1)).toEqual([['']]);
});

test('values from the script realm (Dates from another context) are recognised', () => {
  const { sheet } = grid();
  const foreign = vm.runInNewContext('new Date(Date.UTC(2026, 10, 29))') as Date;
  expect(foreign instanceof Date).toBe(false);
  sheet.getRange('A1').setValue(foreign);
  expect(sheet.getRange('A1').getDisplayValue()).toBe('29/11/2026');
});
