// state.userEdit (a person typing in the UI) and the JSON snapshots the preview persists.
import { SpreadsheetState } from '../../../emulator/spreadsheet';
import { VirtualClock } from '../../../emulator/core/clock';
import { setup, thrown, utc } from './setup';

const EVENTS = 'https://developers.google.com/apps-script/guides/triggers/events#edit';

function book() {
  const s = setup();
  s.ws.spreadsheet.addSheet('Log', [
    ['Pupil', 'Start'],
    ['Ada', ''],
  ]);
  return s;
}

describe('userEdit', () => {
  test(`a single-cell edit reports value and oldValue (${EVENTS})`, () => {
    const { ws } = book();
    const first = ws.spreadsheet.userEdit('teacher@example.sch.uk', 'Log', 'A2', [['Grace']]);
    expect(first).toEqual({
      row: 2,
      column: 1,
      numRows: 1,
      numColumns: 1,
      value: 'Grace',
      oldValue: 'Ada',
    });
    const fresh = ws.spreadsheet.userEdit('teacher@example.sch.uk', 'Log', 'C5', [['new']]);
    expect(fresh).toEqual({ row: 5, column: 3, numRows: 1, numColumns: 1, value: 'new' });
  });

  test(`a paste of several cells has no value/oldValue (${EVENTS})`, () => {
    const { ws } = book();
    const pasted = ws.spreadsheet.userEdit('t@example.sch.uk', 'Log', 'A3', [
      ['Lin', '01/09/2026'],
      ['Sam', '02/09/2026'],
    ]);
    expect(pasted).toEqual({ row: 3, column: 1, numRows: 2, numColumns: 2 });
  });

  test("typed strings are parsed (en_GB) in the spreadsheet's zone [reported]", () => {
    const { ws } = setup({ spreadsheetTimeZone: 'America/New_York' });
    ws.spreadsheet.addSheet('S');
    ws.spreadsheet.userEdit('t@example.sch.uk', 'S', 'A1', [['25/10/2026', '007', 'FALSE']]);
    expect(ws.spreadsheet.sheet('S').values()).toEqual([[utc('2026-10-25T04:00:00'), 7, false]]);
  });

  test('a paste past the last row adds the rows it needs, as the Sheets UI does [reported]', () => {
    const { ws } = book();
    const rows = Array.from({ length: 1200 }, (_, i) => [`Pupil ${i}`, '']);
    ws.spreadsheet.userEdit('t@example.sch.uk', 'Log', 'A2', rows);
    expect(ws.spreadsheet.sheet('Log').maxRows).toBe(1201);
    expect(ws.spreadsheet.sheet('Log').values()[1200]).toEqual(['Pupil 1199', '']);
  });

  test('the edited block becomes the active range', () => {
    const { ws, app } = book();
    ws.spreadsheet.userEdit('t@example.sch.uk', 'Log', 'B2', [['01/09/2026']]);
    expect(app.getActiveRange().getA1Notation()).toBe('B2');
  });

  test('a rule with setAllowInvalid(false) rejects bad input and leaves the cell unchanged', () => {
    const { ws, app } = book();
    const rule = app
      .newDataValidation()
      .requireDateOnOrAfter(utc('2026-09-01T00:00:00'))
      .setAllowInvalid(false)
      .setHelpText('A start date from September 2026')
      .build();
    app.getActiveSheet().getRange('B2:B10').setDataValidation(rule);
    expect(
      thrown(() => ws.spreadsheet.userEdit('t@example.sch.uk', 'Log', 'B2', [['31/08/2026']])),
    ).toBe('A start date from September 2026');
    expect(ws.spreadsheet.sheet('Log').cell('B2').value).toBe('');
    ws.spreadsheet.userEdit('t@example.sch.uk', 'Log', 'B2', [['01/09/2026']]);
    expect(ws.spreadsheet.sheet('Log').cell('B2').value).toEqual(utc('2026-08-31T23:00:00'));
  });

  test('a rule that allows invalid data lets it in', () => {
    const { ws, app } = book();
    const rule = app.newDataValidation().requireValueInList(['Open', 'Closed']).build();
    app.getActiveSheet().getRange('C2').setDataValidation(rule);
    ws.spreadsheet.userEdit('t@example.sch.uk', 'Log', 'C2', [['Maybe']]);
    expect(ws.spreadsheet.sheet('Log').cell('C2').value).toBe('Maybe');
  });
});

describe('toJSON / fromJSON', () => {
  test('a workbook survives a round trip with dates, formats, rules and protections', () => {
    const { ws, app } = book();
    const sheet = app.getActiveSheet();
    sheet.getRange('B2').setValue('29/11/2026').setNote('n').setBackground('#ffcc00');
    sheet.getRange('A1:B1').protect().setDescription('Headers').setWarningOnly(true);
    sheet
      .getRange('C2')
      .setDataValidation(
        app
          .newDataValidation()
          .requireDateBetween(utc('2026-09-01T00:00:00'), utc('2027-07-20T00:00:00'))
          .build(),
      );
    sheet.setFrozenRows(1);
    ws.spreadsheet.select('Log', 'B2');
    const json = JSON.parse(JSON.stringify(ws.spreadsheet.toJSON())) as ReturnType<
      SpreadsheetState['toJSON']
    >;
    const copy = SpreadsheetState.fromJSON(json, new VirtualClock('2026-12-01T00:00:00Z'));
    const cell = copy.sheet('Log').cell('B2');
    expect(cell.value).toEqual(utc('2026-11-29T00:00:00'));
    expect([cell.note, cell.background, cell.displayValue]).toEqual(['n', '#ffcc00', '29/11/2026']);
    expect(copy.sheet('Log').cell('C2').validation?.args).toEqual([
      utc('2026-09-01T00:00:00'),
      utc('2027-07-20T00:00:00'),
    ]);
    expect(copy.sheet('Log').protections[0]).toMatchObject({
      description: 'Headers',
      warningOnly: true,
    });
    expect(copy.sheet('Log').frozenRows).toBe(1);
    expect(copy.selection().range).toEqual({ row: 2, column: 2, numRows: 1, numColumns: 1 });
    expect(copy.id).toBe(ws.spreadsheet.id);
  });

  test('load() replaces the content in place', () => {
    const a = book();
    const b = setup();
    b.ws.spreadsheet.addSheet('Other');
    b.ws.spreadsheet.load(a.ws.spreadsheet.toJSON());
    expect(b.ws.spreadsheet.names()).toEqual(['Log']);
    expect(b.app.getActiveSheet().getRange('A2').getValue()).toBe('Ada');
  });
});
