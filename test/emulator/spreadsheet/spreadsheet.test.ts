// SpreadsheetApp and Spreadsheet: the bound document, its sheets, selection, toasts, openById.
import { activeSpreadsheetObject, rangeObject } from '../../../emulator/spreadsheet';
import { Ui } from '../../../emulator/services/ui';
import { setup, thrown } from './setup';

const APP = 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app';
const SS = 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet';

describe('SpreadsheetApp', () => {
  test(`getActiveSpreadsheet is the bound document with its id and URL (${APP}#getactivespreadsheet)`, () => {
    const { app, ws } = setup({ spreadsheetName: 'AP placements' });
    const ss = app.getActiveSpreadsheet();
    expect(ss.getName()).toBe('AP placements');
    expect(ss.getId()).toBe(ws.spreadsheet.id);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ws.spreadsheet.id}/edit`);
    expect(app.getActive().getId()).toBe(ss.getId());
    ss.rename('Renamed');
    expect(ws.spreadsheet.name).toBe('Renamed');
  });

  test('a spreadsheet nobody filled still has Sheet1', () => {
    const { app } = setup();
    expect(app.getActiveSheet().getName()).toBe('Sheet1');
    expect(app.getActiveSpreadsheet().getSheets()).toHaveLength(1);
  });

  test('enums are data properties whose values are their names', () => {
    const { app } = setup();
    expect(app.ProtectionType).toEqual({ RANGE: 'RANGE', SHEET: 'SHEET' });
    expect(app.DataValidationCriteria.DATE_ON_OR_AFTER).toBe('DATE_ON_OR_AFTER');
    expect(Object.getOwnPropertyNames(Object.getPrototypeOf(app))).not.toContain('ProtectionType');
  });

  test('objects carry no own data the script could see, besides the enums (runtime exposes prototype methods)', () => {
    const { app, ws } = setup();
    ws.spreadsheet.addSheet('S', [[1]]);
    const r = app.getActiveSheet().getRange('A1');
    for (const o of [app.getActiveSpreadsheet(), app.getActiveSheet(), r, r.protect()]) {
      expect(Object.keys(o)).toEqual([]);
    }
    expect(Object.keys(app).sort()).toEqual([
      'DataValidationCriteria',
      'DeveloperMetadataLocationType',
      'DeveloperMetadataVisibility',
      'Dimension',
      'ProtectionType',
      'WrapStrategy',
    ]);
  });

  test('in a time-driven run the document is returned by default, or null when the state says so [open]', () => {
    const bound = setup({ kind: 'time-trigger' });
    expect(bound.app.getActiveSpreadsheet()).not.toBeNull();
    bound.ws.spreadsheet.activeInTimeTrigger = 'null';
    expect(bound.app.getActiveSpreadsheet()).toBeNull();
    expect(bound.app.getActiveSheet()).toBeNull();
    const menu = setup();
    menu.ws.spreadsheet.activeInTimeTrigger = 'null';
    expect(menu.app.getActiveSpreadsheet()).not.toBeNull();
  });

  test(`openById opens the bound document only (${APP}#openbyidid)`, () => {
    const { app, ws } = setup();
    expect(app.openById(ws.spreadsheet.id).getId()).toBe(ws.spreadsheet.id);
    expect(app.openByUrl(ws.spreadsheet.url).getId()).toBe(ws.spreadsheet.id);
    expect(thrown(() => app.openById('someone-elses-file'))).toMatch(/openById/);
  });

  test('getUi returns the Ui service; newDataValidation a builder; flush is accepted', () => {
    const { app } = setup();
    expect(app.getUi()).toBeInstanceOf(Ui);
    expect(app.newDataValidation().getCriteriaType()).toBeNull();
    expect(() => app.flush()).not.toThrow();
  });
});

describe('Spreadsheet sheets', () => {
  test(`insertSheet(name, index) inserts at the 0-based index and activates it (${SS}#insertsheetsheetname,-sheetindex)`, () => {
    const { app, ws } = setup();
    ws.spreadsheet.addSheet('One');
    ws.spreadsheet.addSheet('Two');
    const ss = app.getActiveSpreadsheet();
    const added = ss.insertSheet('Zero', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Zero', 'One', 'Two']);
    expect(added.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('Zero');
    expect(ss.insertSheet().getName()).toBe('Sheet4');
  });

  test(`a taken name fails with Google's message (${SS}#insertsheetsheetname)`, () => {
    const { app, ws } = setup();
    ws.spreadsheet.addSheet('Placements');
    expect(thrown(() => app.getActiveSpreadsheet().insertSheet('Placements'))).toBe(
      'A sheet with the name "Placements" already exists. Please enter another name.',
    );
  });

  test('getSheetByName / getSheetById return null when absent', () => {
    const { app, ws } = setup();
    const model = ws.spreadsheet.addSheet('Log');
    const ss = app.getActiveSpreadsheet();
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetById(model.id)?.getName()).toBe('Log');
    expect(ss.getSheetById(123456)).toBeNull();
  });

  test('deleteSheet removes a sheet; the last one cannot go [reported message]', () => {
    const { app, ws } = setup();
    ws.spreadsheet.addSheet('A');
    ws.spreadsheet.addSheet('B');
    const ss = app.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('A') as never);
    expect(ws.spreadsheet.names()).toEqual(['B']);
    expect(thrown(() => ss.deleteSheet(ss.getSheets()[0] as never))).toBe(
      "You can't remove all the sheets in a document.",
    );
  });

  test("getRange('Sheet!A1') resolves the sheet; quoted names too; else Range not found", () => {
    const { app, ws } = setup();
    ws.spreadsheet.addSheet('Main', [['m']]);
    ws.spreadsheet.addSheet("Pupil's list", [['p']]);
    const ss = app.getActiveSpreadsheet();
    expect(ss.getRange("'Pupil''s list'!A1").getValue()).toBe('p');
    expect(ss.getRange('A1').getValue()).toBe('m');
    expect(thrown(() => ss.getRange('Missing!A1'))).toBe('Range not found');
  });

  test(`time zone: get and set (${SS}#setspreadsheettimezonetimezone)`, () => {
    const { app } = setup({ spreadsheetTimeZone: 'America/New_York' });
    const ss = app.getActiveSpreadsheet();
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(() => ss.setSpreadsheetTimeZone('Not/A_Zone')).toThrow();
  });

  test(`toast is recorded with 5 s by default (${SS}#toastmsg,-title,-timeoutseconds)`, () => {
    const { app, ws } = setup();
    const ss = app.getActiveSpreadsheet();
    ss.toast('Saved');
    ss.toast('Sent 3 emails', 'Reminders', -1);
    expect(
      ws.spreadsheet.toasts.map(({ message, title, timeoutSeconds }) => [
        message,
        title,
        timeoutSeconds,
      ]),
    ).toEqual([
      ['Saved', '', 5],
      ['Sent 3 emails', 'Reminders', -1],
    ]);
  });
});

describe('active sheet, range and selection', () => {
  test('state.select sets what getActiveRange, getSelection and getCurrentCell see', () => {
    const { app, ws } = setup();
    ws.spreadsheet.addSheet('A');
    ws.spreadsheet.addSheet('B');
    ws.spreadsheet.select('B', 'C2:D5');
    expect(app.getActiveSheet().getName()).toBe('B');
    expect(app.getActiveRange().getA1Notation()).toBe('C2:D5');
    expect(app.getSelection().getActiveRange()?.getA1Notation()).toBe('C2:D5');
    expect(app.getCurrentCell().getA1Notation()).toBe('C2');
    expect(app.getActiveSpreadsheet().getSheetByName('A')?.getActiveRange()).toBeNull();
  });

  test('Range.activate and Sheet.activate move the selection', () => {
    const { app, ws } = setup();
    ws.spreadsheet.addSheet('A');
    ws.spreadsheet.addSheet('B');
    const b = app.getActiveSpreadsheet().getSheetByName('B');
    b?.getRange('E5').activate();
    expect(app.getActiveSheet().getName()).toBe('B');
    expect(app.getActiveRange().getA1Notation()).toBe('E5');
    app.getActiveSpreadsheet().getSheetByName('A')?.activate();
    expect(app.getActiveRange().getA1Notation()).toBe('A1');
  });

  test('event objects: activeSpreadsheetObject and rangeObject', () => {
    const { exec, ws } = setup();
    ws.spreadsheet.addSheet('S', [['x', 'y']]);
    expect(activeSpreadsheetObject(exec).getName()).toBe(ws.spreadsheet.name);
    const r = rangeObject(exec, 'S', 1, 2, 1, 1);
    expect([r.getA1Notation(), r.getValue()]).toEqual(['B1', 'y']);
  });
});
