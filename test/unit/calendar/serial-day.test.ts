// Sheets API serial dates (src/domain/calendar/serial-day.ts): "days since December 30th 1899 ...
// the fractional portion counts the time as a fraction of the day"
// (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption).
import { dayOfSerial, momentOfSerial, serialOfDay } from '../../../src/domain/calendar/serial-day';

describe('serial dates', () => {
  it('counts from 30 December 1899', () => {
    expect(dayOfSerial(0)).toBe('1899-12-30');
    expect(dayOfSerial(1)).toBe('1899-12-31');
    expect(serialOfDay('1899-12-30')).toBe(0);
    // As Sheets shows it: =DATE(2025,1,1) formatted as a number is 45658.
    expect(dayOfSerial(45658)).toBe('2025-01-01');
  });

  it('reads a day and its time, the fraction of the day, to the second', () => {
    expect(dayOfSerial(46123)).toBe('2026-04-11');
    expect(serialOfDay('2026-04-11')).toBe(46123);
    expect(momentOfSerial(46123.5)).toBe('2026-04-11 12:00:00');
    expect(momentOfSerial(46123 + 7 / 24 + 30 / 1440)).toBe('2026-04-11 07:30:00');
  });

  it('carries a time that rounds up to midnight into the next day', () => {
    expect(momentOfSerial(46123.9999999)).toBe('2026-04-12 00:00:00');
  });

  it('gives no day for what is not a serial date', () => {
    expect(dayOfSerial(Number.NaN)).toBeUndefined();
    expect(dayOfSerial(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(serialOfDay('not a day')).toBeUndefined();
  });
});
