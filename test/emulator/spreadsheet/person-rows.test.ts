// A colleague sorting, inserting and deleting rows in the Sheets UI: whole rows move, nothing is counted.
import { UserEditRejected } from '../../../emulator/spreadsheet/user-edit';
import { setup, thrown, utc } from './setup';

const HELP_SORT = 'https://support.google.com/docs/answer/3540681';
const DATES = 'https://developers.google.com/sheets/api/guides/formats#about_date_time_values';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A placements sheet with a frozen header; row 3 (Cy) carries a note, colour, format and rule. */
function placements() {
  const s = setup();
  s.ws.spreadsheet.addSheet('P', [
    ['Pupil', 'Start', 'Days'],
    ['Bea', '01/12/2026', 3],
    ['Cy', '15/09/2026', ''],
    ['ada', '', 10],
    ['Abe', '01/12/2026', 'two'],
  ]);
  const sheet = s.app.getActiveSheet();
  sheet.setFrozenRows(1);
  const rule = s.app.newDataValidation().requireValueInList(['Cy', 'Cyd']).build();
  sheet.getRange('A3').setNote('looked after').setBackground('#ff0000').setDataValidation(rule);
  sheet.getRange('B3').setNumberFormat('yyyy-mm-dd');
  s.ws.meter.reset();
  return { ...s, model: s.ws.spreadsheet.sheet('P') };
}

const column = (rows: unknown[][], c: number): unknown[] => rows.map((r) => r[c]);

describe(`personSort: Data > Sort sheet below the frozen header rows (${HELP_SORT})`, () => {
  it('orders text A to Z, case-insensitively and stably; the header row stays', () => {
    const { ws, model } = placements();
    ws.spreadsheet.personSort('P', 1);
    expect(column(model.values(), 0)).toEqual(['Pupil', 'Abe', 'ada', 'Bea', 'Cy']);
  });

  it('moves whole rows: each cell keeps its note, background, number format and validation', () => {
    const { ws, model } = placements();
    ws.spreadsheet.personSort('P', 1);
    const cy = model.cell('A5');
    expect([cy.value, cy.note, cy.background]).toEqual(['Cy', 'looked after', '#ff0000']);
    expect(cy.validation?.criteria).toBe('VALUE_IN_LIST');
    expect(model.cell('B5')).toMatchObject({
      value: utc('2026-09-14T23:00'),
      numberFormat: 'yyyy-mm-dd',
    });
    expect(model.cell('A3').note).toBe('');
  });

  it(`dates compare as dates (serial numbers, ${DATES}); blank cells go last both ways; ties keep their order`, () => {
    const { ws, model } = placements();
    ws.spreadsheet.personSort('P', 2);
    expect(column(model.values(), 0)).toEqual(['Pupil', 'Cy', 'Bea', 'Abe', 'ada']);
    ws.spreadsheet.personSort('P', 2, { ascending: false });
    expect(column(model.values(), 0)).toEqual(['Pupil', 'Bea', 'Abe', 'Cy', 'ada']);
  });

  it('numbers before text, blanks last [open: Google does not document mixed types]', () => {
    const { ws, model } = placements();
    ws.spreadsheet.personSort('P', 3);
    expect(column(model.values(), 2)).toEqual(['Days', 3, 10, 'two', '']);
    ws.spreadsheet.personSort('P', 3, { ascending: false });
    expect(column(model.values(), 2)).toEqual(['Days', 'two', 10, 3, '']);
  });

  it('is a person, not the script: no service call is counted', () => {
    const { ws } = placements();
    ws.spreadsheet.personSort('P', 1);
    ws.spreadsheet.personInsertRows('P', 2, [['Dee']]);
    ws.spreadsheet.personDeleteRows('P', 2);
    expect(ws.meter.total).toBe(0);
  });

  it("a strict protection over the rows refuses the sort with Sheets' message; the owner may", () => {
    const { ws, model } = placements();
    const p = ws.spreadsheet.newProtection(model, 'RANGE', {
      row: 4,
      column: 3,
      numRows: 1,
      numColumns: 1,
    });
    p.editors = [];
    const before = model.values();
    const refused = thrown(() => ws.spreadsheet.personSort('P', 1));
    expect(refused).toBe(PROTECTED);
    expect(model.values()).toEqual(before);
    ws.spreadsheet.personSort('P', 1, { user: ws.spreadsheet.owner });
    expect(column(model.values(), 0)).toEqual(['Pupil', 'Abe', 'ada', 'Bea', 'Cy']);
  });
});

describe(`personInsertRows: insert rows above, then type into them (${SHEET}#insertRowsBefore(Integer,Integer))`, () => {
  it('types values as a person (dates parsed) and moves everything below down', () => {
    const { ws, model } = placements();
    ws.spreadsheet.personInsertRows('P', 3, [
      ['Dee', '02/12/2026', 4],
      ['Eli', '', 'none'],
    ]);
    expect(column(model.values(), 0)).toEqual(['Pupil', 'Bea', 'Dee', 'Eli', 'Cy', 'ada', 'Abe']);
    expect(model.cell('B3').value).toEqual(utc('2026-12-02T00:00'));
    const cy = model.cell('A5');
    expect([cy.note, cy.background, cy.validation?.criteria]).toEqual([
      'looked after',
      '#ff0000',
      'VALUE_IN_LIST',
    ]);
    expect(model.maxRows).toBe(1002);
  });

  it('with no values, inserts one blank row; protected ranges below move down with their rows', () => {
    const { ws, model } = placements();
    const p = ws.spreadsheet.newProtection(model, 'RANGE', {
      row: 4,
      column: 1,
      numRows: 2,
      numColumns: 3,
    });
    ws.spreadsheet.personInsertRows('P', 2);
    expect(column(model.values(), 0)).toEqual(['Pupil', '', 'Bea', 'Cy', 'ada', 'Abe']);
    expect(p.rect).toEqual({ row: 5, column: 1, numRows: 2, numColumns: 3 });
  });

  it('refuses rows inside a strict protection the person may not edit; nothing changes [open]', () => {
    const { ws, model } = placements();
    const p = ws.spreadsheet.newProtection(model, 'RANGE', {
      row: 2,
      column: 1,
      numRows: 4,
      numColumns: 3,
    });
    p.editors = [];
    const before = model.values();
    const e = (() => {
      try {
        ws.spreadsheet.personInsertRows('P', 3, [['Dee']]);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(UserEditRejected);
    expect(model.values()).toEqual(before);
    expect([p.rect, model.maxRows]).toEqual([
      { row: 2, column: 1, numRows: 4, numColumns: 3 },
      1000,
    ]);
  });
});

describe(`personDeleteRows: everything below moves up (${SHEET}#deleteRows(Integer,Integer))`, () => {
  it('moves values, notes, backgrounds and validation of the rows below up', () => {
    const { ws, model } = placements();
    ws.spreadsheet.personDeleteRows('P', 2);
    expect(column(model.values(), 0)).toEqual(['Pupil', 'Cy', 'ada', 'Abe']);
    const cy = model.cell('A2');
    expect([cy.note, cy.background, cy.validation?.criteria]).toEqual([
      'looked after',
      '#ff0000',
      'VALUE_IN_LIST',
    ]);
    expect(model.cell('A3').background).toBe('#ffffff');
    expect(model.maxRows).toBe(999);
  });

  it('refuses protected rows for a colleague, and deleting every non-frozen row [reported]', () => {
    const { ws, model } = placements();
    ws.spreadsheet.newProtection(model, 'RANGE', {
      row: 3,
      column: 1,
      numRows: 1,
      numColumns: 1,
    }).editors = [];
    expect(thrown(() => ws.spreadsheet.personDeleteRows('P', 2, 2))).toBe(PROTECTED);
    expect(thrown(() => ws.spreadsheet.personDeleteRows('P', 2, 999))).toBe(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(model.values()).toHaveLength(5);
  });
});
