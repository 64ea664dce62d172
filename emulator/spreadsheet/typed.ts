// How Sheets reads a string typed by a person (locale en_GB): numbers, booleans, dates, formulas.
import { daysInMonth, instantOf, wallClock } from '../core/zone';
import type { CellValue } from './cell';

export interface Typed {
  value?: CellValue;
  formula?: string;
  /** The number format Sheets applies along with a recognised date, percentage or currency. */
  numberFormat?: string;
}

export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
export const TIME_FORMAT = 'hh:mm:ss';
export const ISO_DATE_FORMAT = 'yyyy-mm-dd';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMBER = /^([+-]?)£?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?(%?)$/i;

function monthOf(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS.findIndex((full) => full === n || full.slice(0, 3) === n);
  return i >= 0 ? i + 1 : n === 'sept' ? 9 : 0;
}

/** Two-digit years: 00-29 are 20xx, 30-99 are 19xx [open: Google's pivot year unconfirmed]. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function dateOf(
  tz: string,
  y: number,
  m: number,
  d: number,
  time: { h: number; mi: number; s: number } | undefined,
): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  if (time && (time.h > 23 || time.mi > 59 || time.s > 59)) return undefined;
  return instantOf(tz, y, m, d, time?.h ?? 0, time?.mi ?? 0, time?.s ?? 0);
}

function parseTime(t: string | undefined): { h: number; mi: number; s: number } | undefined {
  if (!t) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  return { h: Number(m[1]), mi: Number(m[2]), s: Number(m[3] ?? 0) };
}

function parseDate(text: string, tz: string, now: number): Typed | undefined {
  const [datePart, timePart, extra] = text.split(/\s+(?=\d{1,2}:\d{2})/);
  if (extra !== undefined || datePart === undefined) return undefined;
  const time = parseTime(timePart);
  if (timePart !== undefined && !time) return undefined;
  const withTime = (ms: number | undefined, fmt: string): Typed | undefined =>
    ms === undefined
      ? undefined
      : { value: new Date(ms), numberFormat: time ? DATE_TIME_FORMAT : fmt };
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(datePart);
  if (m)
    return withTime(dateOf(tz, Number(m[1]), Number(m[2]), Number(m[3]), time), ISO_DATE_FORMAT);
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(datePart);
  if (m)
    return withTime(
      dateOf(tz, fullYear(m[4] ?? ''), Number(m[3]), Number(m[1]), time),
      DATE_FORMAT,
    );
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(datePart);
  if (m) {
    const year = wallClock(now, tz).year;
    return withTime(dateOf(tz, year, Number(m[2]), Number(m[1]), time), DATE_FORMAT);
  }
  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{4})$/.exec(datePart);
  if (m) {
    const month = monthOf(m[2] ?? '');
    if (month === 0) return undefined;
    return withTime(dateOf(tz, Number(m[3]), month, Number(m[1]), time), 'd mmm yyyy');
  }
  return undefined;
}

/**
 * Reads `text` as Sheets does when someone types it into a cell of an en_GB spreadsheet
 * [reported: setValue(s) with a string behaves the same]: '=...' is a formula, a leading
 * apostrophe forces text, '00123' is the number 123, 'true' is TRUE, '29/11/2026' is a date at
 * midnight in the spreadsheet's zone `tz`, '12%' is 0.12, '£1,250.50' is 1250.5.
 */
export function parseTyped(text: string, tz: string, now: number): Typed {
  if (text === '') return {};
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const num = NUMBER.exec(trimmed);
  if (num) {
    const [, sign, digits = '', exp, percent] = num;
    let value = Number(digits.replace(/,/g, '')) * (exp ? 10 ** Number(exp) : 1);
    if (sign === '-') value = -value;
    const decimals = digits.includes('.') ? '.00' : '';
    if (percent) return { value: value / 100, numberFormat: `0${decimals}%` };
    if (trimmed.includes('£')) return { value, numberFormat: '£#,##0.00' };
    if (digits.includes(',')) return { value, numberFormat: `#,##0${decimals}` };
    return { value };
  }
  const time = parseTime(trimmed);
  if (time) {
    if (time.h > 23 || time.mi > 59 || time.s > 59) return { value: text };
    return {
      value: new Date(instantOf(tz, 1899, 12, 30, time.h, time.mi, time.s)),
      numberFormat: TIME_FORMAT,
    };
  }
  return parseDate(trimmed, tz, now) ?? { value: text };
}
