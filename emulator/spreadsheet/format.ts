// getDisplayValues(): a cell's value rendered through its number format in the sheet's time zone.
import { DAYS, MONTHS, instantOfSerial, serialOf, wallClock } from '../core/zone';
import { DEFAULT_NUMBER_FORMAT, isDate, type CellValue } from './cell';
import { DATE_FORMAT, DATE_TIME_FORMAT } from './typed';

/** Strips quoted literals and escapes so only format tokens are tested. */
function bare(format: string): string {
  return format.replace(/"[^"]*"|\\./g, '').replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(format: string): boolean {
  return /[ydhsm]/i.test(bare(format)) && !/^general$/i.test(format.trim());
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const DATE_TOKEN = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|./gi;

function formatDate(ms: number, format: string, tz: string): string {
  const w = wallClock(ms, tz);
  const tokens = format.match(DATE_TOKEN) ?? [];
  const lower = tokens.map((t) => t.toLowerCase());
  const twelveHour = lower.some((t) => t === 'am/pm' || t === 'a/p');
  const isTimeish = (t: string | undefined): boolean => t !== undefined && /^(h+|s+)$/.test(t);
  const minuteAt = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) if (/^[a-z]/.test(lower[j] ?? '')) return isTimeish(lower[j]);
    for (let j = i + 1; j < lower.length; j++)
      if (/^[a-z]/.test(lower[j] ?? '')) return isTimeish(lower[j]);
    return false;
  };
  const hour12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return tokens
    .map((tok, i) => {
      const t = lower[i] ?? '';
      if (tok.startsWith('"')) return tok.slice(1, -1);
      if (tok.startsWith('\\')) return tok.slice(1);
      switch (t) {
        case 'yyyy':
          return String(w.year);
        case 'yy':
          return pad(w.year % 100);
        case 'mmmm':
          return MONTHS[w.month - 1] ?? '';
        case 'mmm':
          return (MONTHS[w.month - 1] ?? '').slice(0, 3);
        case 'mm':
          return minuteAt(i) ? pad(w.minute) : pad(w.month);
        case 'm':
          return minuteAt(i) ? String(w.minute) : String(w.month);
        case 'dddd':
          return DAYS[w.weekday - 1] ?? '';
        case 'ddd':
          return (DAYS[w.weekday - 1] ?? '').slice(0, 3);
        case 'dd':
          return pad(w.day);
        case 'd':
          return String(w.day);
        case 'hh':
          return pad(twelveHour ? hour12 : w.hour);
        case 'h':
          return String(twelveHour ? hour12 : w.hour);
        case 'ss':
          return pad(w.second);
        case 's':
          return String(w.second);
        case 'am/pm':
          return w.hour < 12 ? 'AM' : 'PM';
        case 'a/p':
          return w.hour < 12 ? 'A' : 'P';
        default:
          return tok;
      }
    })
    .join('');
}

function literal(text: string): string {
  return text.replace(
    /"([^"]*)"|\\(.)/g,
    (_m, q: string | undefined, e: string | undefined) => q ?? e ?? '',
  );
}

function formatNumber(n: number, format: string): string {
  const sections = format.split(';');
  let section = sections[0] ?? '';
  let value = n;
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const first = section.search(/[0#]/);
  if (first < 0) return literal(section);
  const last = Math.max(section.lastIndexOf('0'), section.lastIndexOf('#'));
  const prefix = literal(section.slice(0, first).replace(/\[[^\]]*\]/g, ''));
  const suffix = literal(section.slice(last + 1));
  const core = section.slice(first, last + 1);
  if (prefix.includes('%') || suffix.includes('%')) value *= 100;
  const [intPart = '', fracPart = ''] = core.split('.');
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const maxDecimals = (fracPart.match(/[0#]/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const negative = value < 0;
  let [whole = '', frac = ''] = Math.abs(value).toFixed(maxDecimals).split('.');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  whole = whole.replace(/^0+(?=\d)/, '');
  if (whole === '0' && minInt === 0 && frac !== '') whole = '';
  whole = whole.padStart(minInt, '0');
  if (intPart.includes(',')) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = frac ? `${whole}.${frac}` : whole;
  return `${negative ? '-' : ''}${prefix}${digits}${suffix}`;
}

/** The automatic format Sheets gives a date written into an unformatted cell [open]. */
export function autoDateFormat(d: Date, tz: string): string {
  const w = wallClock(d.getTime(), tz);
  return w.hour === 0 && w.minute === 0 && w.second === 0 ? DATE_FORMAT : DATE_TIME_FORMAT;
}

/** The text Sheets shows for `value` under `format` (booleans TRUE/FALSE, '' when empty). */
export function displayValue(
  value: CellValue | undefined,
  format: string | undefined,
  tz: string,
): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = format ?? DEFAULT_NUMBER_FORMAT;
  if (fmt.trim() === '@')
    return isDate(value)
      ? formatDate(value.getTime(), autoDateFormat(value, tz), tz)
      : String(value);
  if (isDate(value)) {
    if (isDateFormat(fmt)) return formatDate(value.getTime(), fmt, tz);
    if (fmt === DEFAULT_NUMBER_FORMAT)
      return formatDate(value.getTime(), autoDateFormat(value, tz), tz);
    return formatNumber(serialOf(value.getTime(), tz), fmt);
  }
  if (!Number.isFinite(value)) return String(value);
  if (isDateFormat(fmt)) return formatDate(instantOfSerial(value, tz), fmt, tz);
  return formatNumber(value, fmt);
}
