// Sheet: getRange arguments, last row/column, rows and columns inserted and deleted, frozen panes.
import { setup, thrown } from './setup';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';

function sheetWithData() {
  const s = setup();
  s.ws.spreadsheet.addSheet('Data', [
    ['h1', 'h2', 'h3'],
    ['a', 'b', 'c'],
    ['d', 'e', 'f'],
  ]);
  return { ...s, sheet: s.app.getActiveSheet() };
}

describe('Sheet.getRange', () => {
  test('A1 notation and coordinates give the same block', () => {
    const { sheet } = sheetWithData();
    expect(sheet.getRange('B2:C3').getValues()).toEqual(sheet.getRange(2, 2, 2, 2).getValues());
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:2').getNumColumns()).toBe(26);
  });

  test('argument errors use Google\'s messages [reported: "too small" / "at least 1"]', () => {
    const { sheet } = sheetWithData();
    expect(thrown(() => sheet.getRange(0, 1))).toBe('The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 0))).toBe(
      'The starting column of the range is too small.',
    );
    expect(thrown(() => sheet.getRange(1, 1, 0, 1))).toBe(
      'The number of rows in the range must be at least 1.',
    );
    expect(thrown(() => sheet.getRange(1, 1, 1, 0))).toBe(
      'The number of columns in the range must be at least 1.',
    );
  });

  test('a range beyond the grid throws; the sheet does not grow [reported]', () => {
    const { sheet } = sheetWithData();
    const msg = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1))).toBe(msg);
    expect(thrown(() => sheet.getRange('AA1'))).toBe(msg);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test('text that is not A1 notation: "Range not found" [reported]', () => {
    const { sheet } = sheetWithData();
    expect(thrown(() => sheet.getRange('not a range'))).toBe('Range not found');
  });
});

describe('last row and column', () => {
  test(`getLastRow/getLastColumn are the last with content; 0 on an empty sheet (${REF}#getlastrow)`, () => {
    const { sheet, app } = sheetWithData();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    sheet.getRange('E10').setNote('a note is not content');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    sheet.getRange('E10').setValue(0);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([10, 5]);
    const empty = app.getActiveSpreadsheet().insertSheet('Empty');
    expect([empty.getLastRow(), empty.getLastColumn()]).toEqual([0, 0]);
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
  });

  test('Range.getLastRow is the end of the range, not of the data', () => {
    const { sheet } = sheetWithData();
    expect(sheet.getRange('B2:C20').getLastRow()).toBe(20);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
  });
});

describe('inserting and deleting rows and columns', () => {
  test(`insertRowsAfter shifts values, notes, formats and validation down (${REF}#insertrowsafterafterposition,-howmany)`, () => {
    const { sheet, app, ws } = sheetWithData();
    const rule = app.newDataValidation().requireValueInList(['x', 'y']).build();
    sheet
      .getRange('A3')
      .setNote('n')
      .setBackground('#ff0000')
      .setFontWeight('bold')
      .setDataValidation(rule);
    sheet.insertRowsAfter(2, 2);
    const model = ws.spreadsheet.sheet('Data');
    expect(model.values().map((r) => r[0])).toEqual(['h1', 'a', '', '', 'd']);
    const moved = model.cell('A5');
    expect([moved.note, moved.background, moved.fontWeight]).toEqual(['n', '#ff0000', 'bold']);
    expect(moved.validation?.criteria).toBe('VALUE_IN_LIST');
    expect(model.cell('A3').note).toBe('');
    expect(sheet.getMaxRows()).toBe(1002);
  });

  test('insertRowBefore / insertColumnBefore / insertColumnsAfter', () => {
    const { sheet, ws } = sheetWithData();
    sheet.insertRowBefore(1);
    sheet.insertColumnBefore(1);
    sheet.insertColumnsAfter(2, 1);
    expect(ws.spreadsheet.sheet('Data').values()).toEqual([
      ['', '', '', '', ''],
      ['', 'h1', '', 'h2', 'h3'],
      ['', 'a', '', 'b', 'c'],
      ['', 'd', '', 'e', 'f'],
    ]);
    expect(sheet.getMaxColumns()).toBe(28);
  });

  test('deleteRow / deleteColumns shift everything back', () => {
    const { sheet, ws } = sheetWithData();
    sheet.getRange('C3').setNote('kept');
    sheet.deleteRow(2);
    sheet.deleteColumns(1, 1);
    const model = ws.spreadsheet.sheet('Data');
    expect(model.values()).toEqual([
      ['h2', 'h3'],
      ['e', 'f'],
    ]);
    expect(model.cell('B2').note).toBe('kept');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([999, 25]);
  });

  test('deleting outside the sheet: "Those rows are out of bounds." [reported]', () => {
    const { sheet } = sheetWithData();
    expect(thrown(() => sheet.deleteRows(999, 5))).toBe('Those rows are out of bounds.');
    expect(thrown(() => sheet.deleteColumns(27, 1))).toBe('Those columns are out of bounds.');
  });

  test('deleting every non-frozen row fails [reported message]', () => {
    const { app } = setup();
    const sheet = app.getActiveSheet();
    sheet.setFrozenRows(1);
    expect(thrown(() => sheet.deleteRows(2, 999))).toBe(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });

  test('frozen rows grow when rows are inserted inside them and shrink when deleted', () => {
    const { sheet } = sheetWithData();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    sheet.insertRowBefore(1);
    expect(sheet.getFrozenRows()).toBe(3);
    sheet.insertRowAfter(10);
    expect(sheet.getFrozenRows()).toBe(3);
    sheet.deleteRows(1, 2);
    expect(sheet.getFrozenRows()).toBe(1);
  });
});

describe('appendRow', () => {
  test(`writes after the last row with content and returns the sheet (${REF}#appendrowrowcontents)`, () => {
    const { sheet, ws } = sheetWithData();
    const back = sheet.appendRow(['g', 7, '01/12/2026']);
    expect(back.getName()).toBe('Data');
    const model = ws.spreadsheet.sheet('Data');
    expect(model.values()[3]).toEqual(['g', 7, new Date('2026-12-01T00:00:00Z')]);
  });

  test('grows the sheet when it is full [doc: appends to the bottom of the data]', () => {
    const { ws, app } = setup();
    ws.spreadsheet.addSheet('Tiny', [['a']], { maxRows: 1, maxColumns: 1 });
    const tiny = app.getActiveSpreadsheet().getSheetByName('Tiny');
    tiny?.appendRow(['b', 'c']);
    expect([tiny?.getMaxRows(), tiny?.getMaxColumns()]).toEqual([2, 2]);
    expect(ws.spreadsheet.sheet('Tiny').values()).toEqual([
      ['a', ''],
      ['b', 'c'],
    ]);
  });
});

describe('sheet properties', () => {
  test('name, id, index, hidden, tab colour, widths', () => {
    const { sheet, app } = sheetWithData();
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getIndex()).toBe(1);
    sheet.setName('Renamed');
    expect(app.getActiveSpreadsheet().getSheetByName('Renamed')?.getSheetId()).toBe(0);
    const other = app.getActiveSpreadsheet().insertSheet('Other');
    expect(other.getIndex()).toBe(2);
    expect(thrown(() => other.setName('Renamed'))).toBe(
      'A sheet with the name "Renamed" already exists. Please enter another name.',
    );
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    expect(() => sheet.hideSheet()).toThrow();
    sheet.setTabColor('#00FF00').setColumnWidth(2, 180);
    expect([sheet.getTabColor(), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([
      '#00ff00',
      180,
      100,
    ]);
  });

  test("a deleted sheet's objects stop working", () => {
    const { app } = sheetWithData();
    const ss = app.getActiveSpreadsheet();
    const other = ss.insertSheet('Temp');
    ss.deleteSheet(other);
    expect(() => other.getName()).toThrow();
  });
});
