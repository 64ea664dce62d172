// Data validation: builders, criteria values, rules stored on cells.
import type { Range } from '../../../emulator/spreadsheet';
import { setup, utc } from './setup';

const BUILDER =
  'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder';
const RULE = 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation';

function withSheet() {
  const s = setup();
  s.ws.spreadsheet.addSheet('V', [['Status'], ['Open']]);
  return { ...s, sheet: s.app.getActiveSheet() };
}

describe('DataValidationBuilder', () => {
  test(`requireValueInList gives [values, showDropdown]; the dropdown shows by default (${BUILDER}#requirevalueinlistvalues)`, () => {
    const { app } = withSheet();
    const rule = app.newDataValidation().requireValueInList(['Open', 'Closed']).build();
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['Open', 'Closed'], true]);
    const hidden = app.newDataValidation().requireValueInList(['a'], false).build();
    expect(hidden.getCriteriaValues()).toEqual([['a'], false]);
  });

  test(`allowInvalid defaults to true; help text null until set (${BUILDER}#setallowinvalidallowinvaliddata)`, () => {
    const { app } = withSheet();
    const b = app.newDataValidation().requireDate();
    expect(b.getAllowInvalid()).toBe(true);
    expect(b.getHelpText()).toBeNull();
    const rule = b.setAllowInvalid(false).setHelpText('Enter a date').build();
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([false, 'Enter a date']);
    expect(String(rule.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(rule.getCriteriaValues()).toEqual([]);
  });

  test.each([
    ['requireDateAfter', 'DATE_AFTER'],
    ['requireDateBefore', 'DATE_BEFORE'],
    ['requireDateOnOrAfter', 'DATE_ON_OR_AFTER'],
    ['requireDateOnOrBefore', 'DATE_ON_OR_BEFORE'],
  ] as const)(`%s gives %s with the date as its value (${BUILDER})`, (method, criteria) => {
    const { app } = withSheet();
    const when = utc('2026-09-01T00:00:00');
    const rule = app.newDataValidation()[method](when).build();
    expect(String(rule.getCriteriaType())).toBe(criteria);
    expect(rule.getCriteriaValues()).toEqual([when]);
  });

  test('requireDateBetween keeps both dates', () => {
    const { app } = withSheet();
    const a = utc('2026-09-01T00:00:00');
    const b = utc('2027-07-20T00:00:00');
    const rule = app.newDataValidation().requireDateBetween(a, b).build();
    expect(String(rule.getCriteriaType())).toBe('DATE_BETWEEN');
    expect(rule.getCriteriaValues()).toEqual([a, b]);
  });

  test(`requireValueInRange gives the Range back (${BUILDER}#requirevalueinrangerange)`, () => {
    const { app, sheet } = withSheet();
    const source = sheet.getRange('A1:A2');
    const rule = app.newDataValidation().requireValueInRange(source).build();
    const [range, dropdown] = rule.getCriteriaValues() as [Range, boolean];
    expect([range.getA1Notation(), range.getSheet().getName(), dropdown]).toEqual([
      'A1:A2',
      'V',
      true,
    ]);
  });

  test(`copy() gives an independent builder; withCriteria swaps the criteria (${RULE}#copy)`, () => {
    const { app } = withSheet();
    const rule = app.newDataValidation().requireValueInList(['a']).setHelpText('h').build();
    const changed = rule
      .copy()
      .withCriteria(app.DataValidationCriteria.VALUE_IN_LIST as never, [['b', 'c'], false])
      .build();
    expect(rule.getCriteriaValues()).toEqual([['a'], true]);
    expect(changed.getCriteriaValues()).toEqual([['b', 'c'], false]);
    expect(changed.getHelpText()).toBe('h');
  });
});

describe('rules on cells', () => {
  test(`getDataValidation is null without a rule; set/clear (${'https://developers.google.com/apps-script/reference/spreadsheet/range#getdatavalidation'})`, () => {
    const { app, sheet, ws } = withSheet();
    const r = sheet.getRange('A2:A3');
    expect(r.getDataValidation()).toBeNull();
    r.setDataValidation(app.newDataValidation().requireValueInList(['Open', 'Closed']).build());
    expect(r.getDataValidations().map((row) => row[0] && String(row[0].getCriteriaType()))).toEqual(
      ['VALUE_IN_LIST', 'VALUE_IN_LIST'],
    );
    expect(ws.spreadsheet.sheet('V').cell('A3').validation?.args).toEqual([
      ['Open', 'Closed'],
      true,
    ]);
    r.clearDataValidations();
    expect(r.getDataValidation()).toBeNull();
  });

  test('setDataValidations takes a grid with nulls', () => {
    const { app, sheet } = withSheet();
    const rule = app.newDataValidation().requireCheckbox().build();
    sheet.getRange('B1:C1').setDataValidations([[rule, null]]);
    expect(
      sheet
        .getRange('B1:C1')
        .getDataValidations()[0]
        ?.map((v) => v === null),
    ).toEqual([false, true]);
  });

  test('script writes are not checked against validation [reported]', () => {
    const { app, sheet } = withSheet();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Open'])
      .setAllowInvalid(false)
      .build();
    const r = sheet.getRange('A2').setDataValidation(rule);
    r.setValue('Anything');
    expect(r.getValue()).toBe('Anything');
  });

  test('insertCheckboxes puts a checkbox rule and FALSE in each cell', () => {
    const { sheet } = withSheet();
    const r = sheet.getRange('B2:B3').insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(String(r.getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
  });
});
