// Sheets' serial date numbers (days since 30 December 1899, the time as the fraction) as the add-on's days.
import type { IsoDate, IsoTimestamp } from '../cells';
import { dayNumber, fromDayNumber } from './iso-date';

/**
 * The Sheets API gives a date cell as a serial number in the spreadsheet's own zone when asked for
 * UNFORMATTED_VALUE with SERIAL_NUMBER ("days since December 30th 1899 ... fractional portion
 * counts the time as a fraction of the day":
 * https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption). It is a wall
 * clock, so the day it shows needs no time zone arithmetic at all.
 */
const SERIAL_ZERO = dayNumber('1899-12-30') ?? -25569;
const SECONDS_A_DAY = 86_400;

function parts(serial: number): { day: IsoDate; seconds: number } | undefined {
  if (!Number.isFinite(serial)) return undefined;
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * SECONDS_A_DAY);
  if (seconds === SECONDS_A_DAY) {
    whole += 1;
    seconds = 0;
  }
  const day = fromDayNumber(whole + SERIAL_ZERO);
  return day === undefined ? undefined : { day, seconds };
}

const two = (n: number) => String(n).padStart(2, '0');

/** The day a serial date shows; undefined beyond the years 1000–9999. */
export function dayOfSerial(serial: number): IsoDate | undefined {
  return parts(serial)?.day;
}

/** The day and time a serial date-time shows, to the second. */
export function momentOfSerial(serial: number): IsoTimestamp | undefined {
  const found = parts(serial);
  if (!found) return undefined;
  const { day, seconds } = found;
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return `${day} ${time}`;
}

/** The serial number of a day's midnight: the day a date cell at or after it shows is that day or later. */
export function serialOfDay(day: IsoDate): number | undefined {
  const number = dayNumber(day);
  return number === undefined ? undefined : number - SERIAL_ZERO;
}

/** The serial number of a wall-clock moment ('YYYY-MM-DD HH:mm:ss'): the inverse of momentOfSerial. */
export function serialOfMoment(moment: IsoTimestamp): number | undefined {
  const found = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(moment);
  const day = found ? serialOfDay(found[1] ?? '') : undefined;
  if (!found || day === undefined) return undefined;
  const [hours, minutes, seconds] = found.slice(2).map(Number) as [number, number, number];
  return day + (hours * 3600 + minutes * 60 + seconds) / SECONDS_A_DAY;
}
