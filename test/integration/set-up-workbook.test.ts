// "Set up workbook" through the built bundle: every sheet of DOMAIN.md §4, idempotent, harmless to staff's cells.
import { WORKBOOK } from '../../src/domain/workbook';
import { Placements } from '../../src/domain/sheets/placements';
import {
  columnLetter,
  documentState,
  inventedPlacements,
  lastAlert,
  loadWorkbook,
} from './support/workbook';

describe('setting up a new workbook', () => {
  const { ws, addOn } = loadWorkbook();
  addOn.run('setUpWorkbook');
  const book = ws.spreadsheet;

  it('creates every sheet of §4 with exactly its headers, bold and frozen', () => {
    for (const schema of WORKBOOK) {
      const sheet = book.sheet(schema.name);
      expect(sheet.values()[0]).toEqual(schema.headers);
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.cell('A1').fontWeight).toBe('bold');
    }
  });

  it('tells the person what it did in one alert', () => {
    expect(ws.ui.alerts).toHaveLength(1);
    expect(lastAlert(ws)).toMatch(/^Set up: created 9 sheets \(Placements, Providers, /);
    expect(lastAlert(ws)).toContain("replace them with your school's own dates");
  });

  it('puts warning dropdowns on choice columns and dd/mm/yyyy date rules on date columns', () => {
    const placements = book.sheet('Placements');
    const status = placements.cell('B2').validation;
    expect(status).toMatchObject({ allowInvalid: true });
    expect(JSON.stringify(status)).toContain('Terminated');
    expect(placements.cell('T500').numberFormat).toBe('dd/mm/yyyy');
    expect(JSON.stringify(placements.cell('T500').validation)).toMatch(/date/i);
    expect(placements.cell('C2').validation).toBeNull();
  });

  it('protects the add-on columns, and Documents and Log whole, with a warning only', () => {
    const described = (name: string) =>
      book.sheet(name).protections.map((p) => [p.description, p.warningOnly, p.rect?.column]);
    expect(described('Placements')).toEqual([
      [expect.stringContaining('Placement ID'), true, 1],
      [expect.stringContaining('Last review'), true, 45],
      [expect.stringContaining('Next review due'), true, 46],
      [expect.stringContaining('Checks'), true, 47],
    ]);
    expect(described('Providers')).toEqual([[expect.stringContaining('Checks'), true, 21]]);
    expect(described('Log')).toEqual([[expect.stringContaining('Log sheet'), true, undefined]]);
    expect(described('Documents')).toHaveLength(1);
    expect(described('Attendance')).toEqual([]);
  });

  it('fills Settings with the defaults of §4', () => {
    const rows = book.sheet('Settings').values().slice(1);
    expect(rows.map((r) => r[0])).toContain('LA notification email');
    expect(rows).toContainEqual(['Reminder hour', 7]);
    expect(rows).toContainEqual(['Review reminder days', 10]);
    expect(rows).toContainEqual(['Expiry warning days', 30]);
    expect(rows).toContainEqual(['Email mode', 'Send']);
    expect(rows).toContainEqual(['Email detail', 'Minimal']);
  });

  it('writes the example term dates as dates in the spreadsheet, with a note to replace them', () => {
    const termDates = book.sheet('Term dates');
    expect(termDates.cell('B2').displayValue).toBe('04/09/2025');
    expect(termDates.cell('C2').displayValue).toBe('24/10/2025');
    expect(termDates.cell('B3').displayValue).toBe('03/11/2025');
    expect(termDates.values().map((r) => r[0])).toContain('Closure');
    expect(termDates.cell('A2').note).toMatch(/Replace them with your school's own term dates/);
  });

  it('logs what it did, without pupil names', () => {
    const log = book.sheet('Log').values();
    expect(log).toHaveLength(2);
    expect(log[1]?.slice(1, 4)).toEqual([ws.user, 'Set up workbook', 'Workbook']);
  });

  it('changes nothing the second time', () => {
    const before = documentState(ws);
    addOn.run('setUpWorkbook');
    expect(documentState(ws)).toBe(before);
    expect(lastAlert(ws)).toBe(
      'Set up: every sheet and column is already in place; nothing changed.',
    );
  });
});

describe('the spreadsheet in another time zone than the script', () => {
  it('still writes each example date as the day it is (dates are days in the sheet’s zone)', () => {
    const { ws, addOn } = loadWorkbook({ spreadsheetTimeZone: 'America/New_York' });
    addOn.run('setUpWorkbook');
    const termDates = ws.spreadsheet.sheet('Term dates');
    expect(termDates.cell('B2').displayValue).toBe('04/09/2025');
    expect(termDates.cell('B6').displayValue).toBe('13/04/2026');
  });
});

describe('repairing a workbook staff have changed', () => {
  // Reordered, one renamed (Pupil name → Name), two deleted (Destination, Checks), one of their own.
  const staffHeaders = [...Placements.headers]
    .filter((h) => h !== 'Destination' && h !== 'Checks')
    .map((h) => (h === 'Pupil name' ? 'Name' : h))
    .reverse();
  staffHeaders.splice(2, 0, 'Keyworker');

  function staffWorkbook(rows: number) {
    const loaded = loadWorkbook();
    const data = inventedPlacements(staffHeaders, rows).map((row, i) =>
      row.map((cell, c) =>
        staffHeaders[c] === 'Keyworker' ? `'=looks like a formula ${i}` : cell,
      ),
    );
    loaded.ws.spreadsheet.addSheet('Placements', [staffHeaders, ...data]);
    loaded.ws.spreadsheet.addSheet('Settings', [
      ['Value', 'Setting'],
      [9, 'Reminder hour'],
      ['Dry run', 'Email mode'],
    ]);
    loaded.ws.spreadsheet.addSheet('Term dates', [
      ['Term', 'Start', 'End'],
      ['Autumn 1', new Date(2026, 8, 3), new Date(2026, 9, 23)],
    ]);
    return loaded;
  }

  it('adds only the missing columns at the end and keeps every cell a person typed', () => {
    const { ws, addOn } = staffWorkbook(30);
    const before = ws.spreadsheet.sheet('Placements').values();
    addOn.run('setUpWorkbook');
    const after = ws.spreadsheet.sheet('Placements').values();
    before.forEach((row, r) => expect(after[r]?.slice(0, row.length)).toEqual(row));
    expect(after[0]?.slice(staffHeaders.length)).toEqual(['Pupil name', 'Destination', 'Checks']);
    expect(lastAlert(ws)).toContain(
      'added 3 missing columns to Placements (Pupil name, Destination, Checks)',
    );
    expect(lastAlert(ws)).toContain('If you had renamed one of these columns');
  });

  it("keeps the school's settings and term dates, adding only what is missing", () => {
    const { ws, addOn } = staffWorkbook(3);
    addOn.run('setUpWorkbook');
    const settings = ws.spreadsheet.sheet('Settings').values();
    expect(settings.slice(0, 3)).toEqual([
      ['Value', 'Setting'],
      [9, 'Reminder hour'],
      ['Dry run', 'Email mode'],
    ]);
    expect(settings).toContainEqual([30, 'Expiry warning days']);
    expect(settings.filter((r) => r[1] === 'Reminder hour')).toHaveLength(1);
    expect(ws.spreadsheet.sheet('Term dates').values()).toHaveLength(2);
  });

  it('puts dropdowns where the columns now are, never on a column of their own', () => {
    const { ws, addOn } = staffWorkbook(3);
    addOn.run('setUpWorkbook');
    const placements = ws.spreadsheet.sheet('Placements');
    const letter = (header: string) => columnLetter(staffHeaders.indexOf(header) + 1);
    expect(JSON.stringify(placements.cell(`${letter('Status')}2`).validation)).toContain(
      'Terminated',
    );
    expect(placements.cell(`${letter('Keyworker')}2`).validation).toBeNull();
    expect(placements.cell(`${letter('Keyworker')}2`).value).toBe('=looks like a formula 0');
  });

  it('changes nothing when run again', () => {
    const { ws, addOn } = staffWorkbook(3);
    addOn.run('setUpWorkbook');
    const before = documentState(ws);
    addOn.run('setUpWorkbook');
    expect(documentState(ws)).toBe(before);
  });
});

describe('service calls', () => {
  function callsToSetUp(rows: number, repeat: boolean) {
    const { ws, addOn } = loadWorkbook();
    if (repeat) addOn.run('setUpWorkbook');
    const headers = [...Placements.headers].filter((h) => h !== 'Checks');
    const sheet = repeat ? ws.spreadsheet.sheet('Placements') : undefined;
    if (sheet) {
      ws.spreadsheet.removeSheet(sheet);
    }
    ws.spreadsheet.addSheet('Placements', [headers, ...inventedPlacements(headers, rows)]);
    ws.meter.reset();
    addOn.run('setUpWorkbook');
    return ws.meter.snapshot();
  }

  it('are the same for 20 placements as for 2,000 (repairing a new workbook)', () => {
    expect(callsToSetUp(2000, false)).toEqual(callsToSetUp(20, false));
  });

  it('are the same for 20 placements as for 2,000 (repairing a set-up workbook)', () => {
    const small = callsToSetUp(20, true);
    expect(callsToSetUp(2000, true)).toEqual(small);
    // One read per sheet, plus Settings once more for the template ids after its rows are in, and
    // (issue 10) once before and after writing Settings values to find their rows by name.
    expect(
      (small['Range.getValues'] ?? 0) + (small['Sheet.getSheetValues'] ?? 0),
    ).toBeLessThanOrEqual(13);
  });
});

describe('a service error part-way through setup', () => {
  it('leaves every sheet with its headers, says formatting did not finish, and a second run finishes it', () => {
    const { ws, addOn } = loadWorkbook();
    ws.meter.failOn('Range.setDataValidation', 3, 'Service Spreadsheets timed out');
    addOn.run('setUpWorkbook');
    for (const schema of WORKBOOK) {
      expect(ws.spreadsheet.sheet(schema.name).values()[0]).toEqual(schema.headers);
    }
    expect(lastAlert(ws)).toContain('formatting did not finish on Placements');
    expect(lastAlert(ws)).toContain('Choose Set up workbook again');
    addOn.run('setUpWorkbook');
    expect(lastAlert(ws)).not.toContain('did not finish');
    expect(ws.spreadsheet.sheet('Log').cell('A1').fontWeight).toBe('bold');
  });
});
