// Utilities.formatDate: Java SimpleDateFormat patterns rendered for a time zone via Intl.
import { AppsScriptError } from '../core/emulated';
import { DAYS, MONTHS, offsetAt, resolveZone, wallClock, type Zone } from '../core/zone';

/** Letters Java accepts that the emulator does not render (locale-dependent week fields). */
const UNSUPPORTED = new Set(['Y', 'w', 'W', 'F']);

export type Token = { readonly letter: string; readonly count: number } | { readonly text: string };

/**
 * Split a SimpleDateFormat pattern: runs of one letter are fields, text in single quotes is
 * literal, '' is a quote, anything else is literal as written.
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 */
export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        tokens.push({ text: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i += 1;
      while (i < pattern.length) {
        if (pattern.charAt(i) === "'") {
          if (pattern.charAt(i + 1) === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        text += pattern.charAt(i);
        i += 1;
      }
      tokens.push({ text });
    } else if (/[A-Za-z]/.test(c)) {
      let count = 1;
      while (pattern.charAt(i + count) === c) count += 1;
      tokens.push({ letter: c, count });
      i += count;
    } else {
      tokens.push({ text: c });
      i += 1;
    }
  }
  return tokens;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function offsetText(ms: number, colon: boolean): string {
  const minutes = Math.round(ms / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** Java's names come from its own zone data; Intl's en-US then en-GB names match most of them. */
function zoneName(instant: number, zone: Zone, long: boolean): string {
  if (typeof zone !== 'string') return zone.id;
  const style = long ? 'long' : 'short';
  for (const locale of ['en-US', 'en-GB']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
      .formatToParts(new Date(instant))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^GMT[+-]/.test(name)) return name;
  }
  return `GMT${offsetText(offsetAt(instant, zone), true)}`;
}

function field(letter: string, count: number, instant: number, zone: Zone): string {
  const p = wallClock(instant, zone);
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1] ?? '';
      if (count === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'D': {
      const dayOfYear = (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 864e5;
      return pad(dayOfYear + 1, count);
    }
    case 'E':
      return count >= 4 ? (DAYS[p.weekday - 1] ?? '') : (DAYS[p.weekday - 1] ?? '').slice(0, 3);
    case 'u':
      return pad(p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'z':
      return zoneName(instant, zone, count >= 4);
    case 'Z':
      return offsetText(offsetAt(instant, zone), false);
    case 'X': {
      const off = offsetAt(instant, zone);
      if (count > 3) throw new AppsScriptError('invalid ISO 8601 format: length=' + count);
      if (off === 0) return 'Z';
      const text = offsetText(off, count === 3);
      return count === 1 ? text.slice(0, 3) : text;
    }
    default:
      if (UNSUPPORTED.has(letter)) {
        throw new Error(
          `Emulator: Utilities.formatDate does not render pattern letter '${letter}'`,
        );
      }
      // Java: IllegalArgumentException("Illegal pattern character 'x'"); Apps Script's wrapping is [open].
      throw new AppsScriptError(`Illegal pattern character '${letter}'`);
  }
}

/**
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
    throw new AppsScriptError('Invalid argument: date');
  }
  const zone = resolveZone(String(timeZone));
  const instant = date.getTime();
  return tokenize(String(pattern))
    .map((t) => ('text' in t ? t.text : field(t.letter, t.count, instant, zone)))
    .join('');
}
