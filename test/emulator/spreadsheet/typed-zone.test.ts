// The pure helpers: typed-string parsing (en_GB), A1 notation and time-zone arithmetic.
import { parseA1, rectA1, shiftSpan, splitSheetName } from '../../../emulator/spreadsheet/a1';
import { satisfies, type ValidationRule } from '../../../emulator/spreadsheet/validation-rule';
import { parseTyped } from '../../../emulator/spreadsheet/typed';
import { instantOf, serialOf, wallClock } from '../../../emulator/core/zone';
import { utc } from './setup';

const NOW = Date.parse('2026-11-30T08:00:00Z');
const typed = (s: string, tz = 'Europe/London') => parseTyped(s, tz, NOW);

describe('parseTyped: what Sheets makes of typed text in an en_GB spreadsheet [reported]', () => {
  test.each([
    ['00123', 123],
    ['-4.5', -4.5],
    ['1,250', 1250],
    ['12%', 0.12],
    ['£1,250.50', 1250.5],
    ['TRUE', true],
    ['false', false],
    ['Ada Example', 'Ada Example'],
    ['12 Main Street', '12 Main Street'],
    ['31/02/2026', '31/02/2026'], // not a real date: stays text
  ])('%s -> %p', (input, value) => {
    expect(typed(input).value).toEqual(value);
  });

  test.each([
    ['29/11/2026', '2026-11-29T00:00:00', 'dd/mm/yyyy'],
    ['1/9/26', '2026-08-31T23:00:00', 'dd/mm/yyyy'],
    ['2026-09-01', '2026-08-31T23:00:00', 'yyyy-mm-dd'],
    ['29-11-2026', '2026-11-29T00:00:00', 'dd/mm/yyyy'],
    ['3 Dec 2026', '2026-12-03T00:00:00', 'd mmm yyyy'],
    ['29/11', '2026-11-29T00:00:00', 'dd/mm/yyyy'], // no year: this year in the sheet's zone
    ['29/11/2026 14:30', '2026-11-29T14:30:00', 'dd/mm/yyyy hh:mm:ss'],
  ])('%s is a date (%s UTC) shown as %s', (input, iso, format) => {
    const t = typed(input);
    expect(t.value).toEqual(utc(iso));
    expect(t.numberFormat).toBe(format);
  });

  test('a time alone is that time on 30/12/1899 in the zone', () => {
    const t = typed('14:30');
    expect(wallClock((t.value as Date).getTime(), 'Europe/London')).toMatchObject({
      year: 1899,
      month: 12,
      day: 30,
      hour: 14,
      minute: 30,
    });
  });

  test('formulas and the apostrophe escape', () => {
    expect(typed('=SUM(A1:A3)')).toEqual({ formula: '=SUM(A1:A3)' });
    expect(typed("'=not a formula")).toEqual({ value: '=not a formula' });
    expect(typed('')).toEqual({});
  });
});

describe('A1 notation', () => {
  test.each([
    ['A1', { row: 1, column: 1, numRows: 1, numColumns: 1 }],
    ['b2:c3', { row: 2, column: 2, numRows: 2, numColumns: 2 }],
    ['$AA$10', { row: 10, column: 27, numRows: 1, numColumns: 1 }],
    ['C3:A1', { row: 1, column: 1, numRows: 3, numColumns: 3 }],
    ['A:B', { row: 1, column: 1, numRows: 1000, numColumns: 2 }],
    ['2:3', { row: 2, column: 1, numRows: 2, numColumns: 26 }],
    ['A2:B', { row: 2, column: 1, numRows: 999, numColumns: 2 }],
  ])('%s', (a1, rect) => {
    expect(parseA1(a1, 1000, 26)).toEqual(rect);
  });

  test.each(['', 'A', '1', 'A1:B2:C3', 'Hello world', 'A0'])('%p is not A1 notation', (a1) => {
    expect(parseA1(a1, 1000, 26)).toBeNull();
  });

  test('formatting and sheet-qualified references', () => {
    expect(rectA1({ row: 3, column: 28, numRows: 2, numColumns: 1 })).toBe('AB3:AB4');
    expect(splitSheetName("'It''s'!A1")).toEqual({ sheetName: "It's", a1: 'A1' });
    expect(splitSheetName('A1')).toEqual({ sheetName: undefined, a1: 'A1' });
  });

  test('spans move with inserted lines and shrink with deleted ones', () => {
    expect(shiftSpan(5, 2, 5, 3, 'insert')).toEqual({ start: 8, length: 2 });
    expect(shiftSpan(5, 2, 6, 3, 'insert')).toEqual({ start: 5, length: 5 });
    expect(shiftSpan(5, 2, 7, 3, 'insert')).toEqual({ start: 5, length: 2 });
    expect(shiftSpan(5, 4, 6, 2, 'delete')).toEqual({ start: 5, length: 2 });
    expect(shiftSpan(5, 4, 3, 3, 'delete')).toEqual({ start: 3, length: 3 });
    expect(shiftSpan(5, 2, 1, 10, 'delete')).toBeNull();
  });
});

describe('time zones with Intl', () => {
  test('midnights across the London clock changes', () => {
    expect(new Date(instantOf('Europe/London', 2026, 3, 29)).toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(new Date(instantOf('Europe/London', 2026, 3, 30)).toISOString()).toBe(
      '2026-03-29T23:00:00.000Z',
    );
    expect(new Date(instantOf('Europe/London', 2026, 10, 25)).toISOString()).toBe(
      '2026-10-24T23:00:00.000Z',
    );
    expect(new Date(instantOf('Europe/London', 2026, 10, 26)).toISOString()).toBe(
      '2026-10-26T00:00:00.000Z',
    );
  });

  test('New York: EST and EDT', () => {
    expect(new Date(instantOf('America/New_York', 2026, 1, 15)).toISOString()).toBe(
      '2026-01-15T05:00:00.000Z',
    );
    expect(new Date(instantOf('America/New_York', 2026, 7, 15)).toISOString()).toBe(
      '2026-07-15T04:00:00.000Z',
    );
  });

  test('a wall time in the spring gap reads an hour on; in the autumn overlap, the first one', () => {
    expect(new Date(instantOf('Europe/London', 2026, 3, 29, 1, 30)).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(instantOf('Europe/London', 2026, 10, 25, 1, 30)).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  test("serial numbers count days from 30/12/1899 on the zone's wall clock", () => {
    expect(serialOf(Date.parse('2026-01-01T00:00:00Z'), 'Europe/London')).toBe(46023);
    expect(serialOf(Date.parse('2026-07-01T23:00:00Z'), 'Europe/London')).toBe(46205);
  });
});

describe('validation criteria (what userEdit enforces with setAllowInvalid(false))', () => {
  const rule = (
    criteria: ValidationRule['criteria'],
    ...args: ValidationRule['args']
  ): ValidationRule => ({
    criteria,
    args,
    allowInvalid: false,
    helpText: null,
  });
  const ok = (r: ValidationRule, v: unknown) =>
    satisfies(r, v as never, 'Europe/London', () => ['Open', 'Closed']);

  test('lists, ranges, checkboxes', () => {
    expect(ok(rule('VALUE_IN_LIST', ['Open', 'Closed'], true), 'Open')).toBe(true);
    expect(ok(rule('VALUE_IN_LIST', ['Open', 'Closed'], true), 'open')).toBe(false);
    const ref = { $range: { sheetId: 0, row: 1, column: 1, numRows: 2, numColumns: 1 } };
    expect(ok(rule('VALUE_IN_RANGE', ref, true), 'Closed')).toBe(true);
    expect(ok(rule('CHECKBOX'), true)).toBe(true);
    expect(ok(rule('CHECKBOX'), 'yes')).toBe(false);
    expect(ok(rule('VALUE_IN_LIST', ['Open'], true), '')).toBe(true); // clearing is allowed
  });

  test("dates compare calendar days in the spreadsheet's zone [open]", () => {
    const sept1 = utc('2026-09-01T12:00:00');
    const typedSept1 = utc('2026-08-31T23:00:00'); // midnight London
    expect(ok(rule('DATE_ON_OR_AFTER', sept1), typedSept1)).toBe(true);
    expect(ok(rule('DATE_AFTER', sept1), typedSept1)).toBe(false);
    expect(ok(rule('DATE_BETWEEN', sept1, utc('2026-09-30T00:00:00')), typedSept1)).toBe(true);
    expect(ok(rule('DATE_IS_VALID_DATE'), 'soon')).toBe(false);
  });

  test('numbers and text', () => {
    expect(ok(rule('NUMBER_BETWEEN', 1, 5), 5)).toBe(true);
    expect(ok(rule('NUMBER_GREATER_THAN', 1), '2')).toBe(false);
    expect(ok(rule('TEXT_IS_VALID_EMAIL'), 'a@example.sch.uk')).toBe(true);
    expect(ok(rule('TEXT_CONTAINS', 'AP'), 'Northside AP')).toBe(true);
  });
});
