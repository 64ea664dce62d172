// Utilities.parseDate: read a date string by a SimpleDateFormat pattern, as wall time in a zone.
import { AppsScriptError } from '../core/emulated';
import { DAYS, MONTHS, instantOf, resolveZone } from '../core/zone';
import { tokenize, type Token } from './format-date';

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  pm?: boolean;
  hour12?: number;
  offsetMinutes?: number;
}

const NUMERIC = new Set(['y', 'M', 'L', 'd', 'H', 'k', 'K', 'h', 'm', 's', 'S', 'u', 'D']);

function isNumeric(token: Token | undefined): boolean {
  return token !== undefined && 'letter' in token && NUMERIC.has(token.letter) && !isText(token);
}
function isText(token: Token): boolean {
  return 'letter' in token && (token.letter === 'M' || token.letter === 'L') && token.count >= 3;
}

/** Match one of `names` (full or three-letter, any case) at the start of `rest`; its index. */
function matchName(rest: string, names: readonly string[]): [index: number, length: number] {
  const lower = rest.toLowerCase();
  for (const [i, name] of names.entries()) {
    if (lower.startsWith(name.toLowerCase())) return [i, name.length];
  }
  for (const [i, name] of names.entries()) {
    if (lower.startsWith(name.slice(0, 3).toLowerCase())) return [i, 3];
  }
  return [-1, 0];
}

/**
 * Java's lenient SimpleDateFormat.parse, for the letters formatDate renders: numbers (abutting
 * fields take exactly their width), month and day names, AM/PM, and Z/X offsets (which override
 * the zone). Trailing text is ignored, as Java does. A failure throws 'Unparseable date: "…"'
 * (Java's ParseException text; how Apps Script reports it is [open]).
 * https://developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String)
 */
export function parseDate(text: string, timeZone: string, pattern: string, now: number): Date {
  const fail = () => new AppsScriptError(`Unparseable date: "${text}"`);
  const tokens = tokenize(pattern);
  const f: Fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  let at = 0;
  for (const [i, token] of tokens.entries()) {
    const rest = text.slice(at);
    if ('text' in token) {
      if (!rest.startsWith(token.text)) throw fail();
      at += token.text.length;
      continue;
    }
    const { letter, count } = token;
    if (isText(token) || letter === 'E') {
      const [index, length] = matchName(rest, letter === 'E' ? DAYS : MONTHS);
      if (index < 0) throw fail();
      if (letter !== 'E') f.month = index + 1;
      at += length;
    } else if (letter === 'a') {
      const m = /^(am|pm)/i.exec(rest);
      if (!m?.[1]) throw fail();
      f.pm = m[1].toLowerCase() === 'pm';
      at += 2;
    } else if (letter === 'Z' || letter === 'X' || letter === 'z') {
      const m = /^(?:Z|GMT|UTC)?(?:([+-])(\d{2}):?(\d{2})?)?/.exec(rest);
      if (!m || m[0] === '') throw fail();
      const sign = m[1] === '-' ? -1 : 1;
      f.offsetMinutes = m[2] ? sign * (Number(m[2]) * 60 + Number(m[3] ?? '0')) : 0;
      at += m[0].length;
    } else if (NUMERIC.has(letter)) {
      const width = isNumeric(tokens[i + 1]) ? count : undefined;
      const m = (width ? new RegExp(`^\\d{1,${width}}`) : /^\d+/).exec(rest);
      if (!m) throw fail();
      at += m[0].length;
      setNumber(f, letter, Number(m[0]), m[0].length, count, now);
    } else {
      throw new AppsScriptError(`Illegal pattern character '${letter}'`);
    }
  }
  if (f.hour12 !== undefined) f.hour = (f.hour12 % 12) + (f.pm ? 12 : 0);
  else if (f.pm && f.hour < 12) f.hour += 12;
  const wallMs = f.second * 1000 + f.millisecond;
  if (f.offsetMinutes !== undefined) {
    const utc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute) + wallMs;
    return new Date(utc - f.offsetMinutes * 60000);
  }
  const zone = resolveZone(String(timeZone));
  return new Date(instantOf(zone, f.year, f.month, f.day, f.hour, f.minute, 0, 'later') + wallMs);
}

function setNumber(
  f: Fields,
  letter: string,
  n: number,
  digits: number,
  count: number,
  now: number,
) {
  switch (letter) {
    case 'y':
      f.year = count <= 2 && digits === 2 ? twoDigitYear(n, now) : n;
      return;
    case 'M':
    case 'L':
      f.month = n;
      return;
    case 'd':
      f.day = n;
      return;
    case 'D':
      f.month = 1;
      f.day = n;
      return;
    case 'H':
    case 'k':
      f.hour = letter === 'k' && n === 24 ? 0 : n;
      return;
    case 'h':
    case 'K':
      f.hour12 = n;
      return;
    case 'm':
      f.minute = n;
      return;
    case 's':
      f.second = n;
      return;
    case 'S':
      f.millisecond = n;
      return;
    default:
      return;
  }
}

/** Java puts a two-digit year within 80 years before and 20 years after now. */
function twoDigitYear(n: number, now: number): number {
  const current = new Date(now).getUTCFullYear();
  let year = Math.floor((current - 80) / 100) * 100 + n;
  if (year < current - 80) year += 100;
  if (year > current + 20) year -= 100;
  return year;
}
