// Protections: ranges and sheets, editors, warning-only, and what they stop.
import { setup, thrown } from './setup';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/protection';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function protectedSheet(effectiveUser = 'dsl@example.sch.uk') {
  const s = setup({ effectiveUser });
  s.ws.spreadsheet.owner = 'dsl@example.sch.uk';
  s.ws.spreadsheet.editors = ['teacher@example.sch.uk', 'head@example.sch.uk'];
  s.ws.spreadsheet.addSheet('P', [
    ['Pupil', 'Status'],
    ['Ada', 'Open'],
  ]);
  return { ...s, sheet: s.app.getActiveSheet() };
}

describe('Range.protect / Sheet.protect', () => {
  test(`a new protection mirrors the file's editors until they change (https://developers.google.com/apps-script/reference/spreadsheet/range#protect)`, () => {
    const { sheet, ws } = protectedSheet();
    const p = sheet.getRange('B1:B10').protect().setDescription('Status column');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([
      'dsl@example.sch.uk',
      'teacher@example.sch.uk',
      'head@example.sch.uk',
    ]);
    expect(() =>
      ws.spreadsheet.userEdit('teacher@example.sch.uk', 'P', 'B2', [['Closed']]),
    ).not.toThrow();
    expect(p.getDescription()).toBe('Status column');
    expect(p.getRange().getA1Notation()).toBe('B1:B10');
    expect(String(p.getProtectionType())).toBe('RANGE');
  });

  test(`the documented pattern (addEditor(me); removeEditors(getEditors())) leaves owner and me (${REF})`, () => {
    const { sheet } = protectedSheet('teacher@example.sch.uk');
    const p = sheet.getRange('B1:B10').protect();
    p.addEditor('teacher@example.sch.uk');
    p.removeEditors(p.getEditors());
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(['dsl@example.sch.uk', 'teacher@example.sch.uk']);
    expect(p.canEdit()).toBe(true);
  });

  test('a strict protection refuses a person not listed, and a script running as them', () => {
    const { sheet, ws } = protectedSheet();
    const p = sheet.getRange('B1:B10').protect();
    p.removeEditors(['teacher@example.sch.uk', 'head@example.sch.uk']);
    expect(
      thrown(() => ws.spreadsheet.userEdit('teacher@example.sch.uk', 'P', 'B2', [['x']])),
    ).toBe(PROTECTED);
    expect(ws.spreadsheet.sheet('P').cell('B2').value).toBe('Open');
    // The owner can always edit.
    ws.spreadsheet.userEdit('dsl@example.sch.uk', 'P', 'B2', [['Closed']]);
    expect(ws.spreadsheet.sheet('P').cell('B2').value).toBe('Closed');
  });

  test('a script is stopped when its effective user may not edit [reported]', () => {
    const { sheet, ws } = protectedSheet('teacher@example.sch.uk');
    const model = ws.spreadsheet.sheet('P');
    const p = ws.spreadsheet.newProtection(model, 'RANGE', {
      row: 1,
      column: 2,
      numRows: 10,
      numColumns: 1,
    });
    p.editors = ['dsl@example.sch.uk'];
    expect(thrown(() => sheet.getRange('B2').setValue('x'))).toBe(PROTECTED);
    expect(
      thrown(() =>
        sheet.getRange('A1:B2').setNotes([
          ['', ''],
          ['', 'n'],
        ]),
      ),
    ).toBe(PROTECTED);
    expect(thrown(() => sheet.deleteRow(2))).toBe(PROTECTED);
    expect(sheet.getProtections('RANGE' as never)[0]?.canEdit()).toBe(false);
    expect(() => sheet.getRange('A2').setValue('fine')).not.toThrow();
  });

  test('cells outside the protected range stay editable', () => {
    const { sheet, ws } = protectedSheet();
    sheet.getRange('B1:B10').protect().removeEditors(['teacher@example.sch.uk']);
    ws.spreadsheet.userEdit('teacher@example.sch.uk', 'P', 'A2', [['Grace']]);
    expect(ws.spreadsheet.sheet('P').cell('A2').value).toBe('Grace');
  });

  test(`warning-only lets everyone edit and records the warning (${REF}#setwarningonlywarningonly)`, () => {
    const { sheet, ws } = protectedSheet();
    const p = sheet.getRange('A1:B1').protect().setWarningOnly(true).setDescription('Headers');
    expect(p.isWarningOnly()).toBe(true);
    ws.spreadsheet.userEdit('head@example.sch.uk', 'P', 'A1', [['Name']]);
    expect(ws.spreadsheet.warnings).toEqual([
      expect.objectContaining({ user: 'head@example.sch.uk', a1: 'A1', description: 'Headers' }),
    ]);
    expect(() =>
      ws.spreadsheet.userEdit('head@example.sch.uk', 'P', 'A1', [['No']], {
        confirmWarnings: false,
      }),
    ).toThrow();
    expect(ws.spreadsheet.sheet('P').cell('A1').value).toBe('Name');
  });

  test('a sheet protection covers the sheet except its unprotected ranges', () => {
    const { sheet, ws } = protectedSheet();
    const p = sheet.protect();
    expect(sheet.protect().getRange().getA1Notation()).toBe('A1:Z1000'); // same protection again
    p.setUnprotectedRanges([sheet.getRange('A2:A100')]);
    p.removeEditors(['teacher@example.sch.uk']);
    expect(() =>
      ws.spreadsheet.userEdit('teacher@example.sch.uk', 'P', 'A3', [['ok']]),
    ).not.toThrow();
    expect(() => ws.spreadsheet.userEdit('teacher@example.sch.uk', 'P', 'B3', [['no']])).toThrow(
      PROTECTED,
    );
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['A2:A100']);
  });

  test(`getProtections(type) lists by type; remove() deletes (${REF}#remove)`, () => {
    const { sheet, app } = protectedSheet();
    sheet.getRange('A1').protect();
    sheet.getRange('B2').protect();
    sheet.protect();
    const ss = app.getActiveSpreadsheet();
    const ranges = ss.getProtections(app.ProtectionType.RANGE as never);
    expect(ranges).toHaveLength(2);
    expect(sheet.getProtections(app.ProtectionType.SHEET as never)).toHaveLength(1);
    ranges[0]?.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE as never)).toHaveLength(1);
  });

  test('protected ranges move with inserted rows and vanish with their deleted cells', () => {
    const { sheet } = protectedSheet();
    sheet.getRange('A3:B4').protect();
    sheet.insertRowsBefore(1, 2);
    const [p] = sheet.getProtections('RANGE' as never);
    expect(p?.getRange().getA1Notation()).toBe('A5:B6');
    sheet.insertRowAfter(5);
    expect(p?.getRange().getA1Notation()).toBe('A5:B7');
    sheet.deleteRows(5, 3);
    expect(sheet.getProtections('RANGE' as never)).toHaveLength(0);
  });
});
