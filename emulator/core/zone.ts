// Time zones for services and spreadsheet: an instant's wall clock in a zone and back (via Intl).

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Monday first, as `WallClock.weekday` counts: the name of weekday w is DAYS[w - 1]. */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A fixed offset from GMT: Java's custom "GMT+hh:mm" zones, and its fallback for unknown ids. */
export interface FixedZone {
  readonly id: string;
  readonly offsetMinutes: number;
}

/** An IANA id that Intl knows, or a fixed offset. */
export type Zone = string | FixedZone;

export interface WallClock {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 1 = Monday ... 7 = Sunday (Java's `u`). */
  readonly weekday: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a zone Intl does not know. */
export function checkTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/**
 * Resolve a zone as Java's TimeZone.getTimeZone does: IANA ids, custom "GMT+h[h][[:]mm]", and
 * anything unknown falls back to GMT (what Apps Script does with an unknown id is [open]; Java's
 * fallback is the documented behaviour of the class it is built on).
 */
export function resolveZone(timeZone: string): Zone {
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (custom) {
    const sign = custom[1] === '-' ? -1 : 1;
    const hours = Number(custom[2]);
    const minutes = Number(custom[3] ?? '0');
    const offsetMinutes = sign * (hours * 60 + minutes);
    const hh = String(hours).padStart(2, '0');
    const mm = String(minutes).padStart(2, '0');
    return { id: `GMT${custom[1]}${hh}:${mm}`, offsetMinutes };
  }
  try {
    checkTimeZone(timeZone);
    return timeZone;
  } catch {
    return { id: 'GMT', offsetMinutes: 0 };
  }
}

/** Milliseconds to add to UTC to get the zone's wall clock at instant `ms`. */
export function offsetAt(ms: number, zone: Zone): number {
  if (typeof zone !== 'string') return zone.offsetMinutes * MINUTE;
  const whole = Math.floor(ms / 1000) * 1000;
  const parts = formatter(zone).formatToParts(whole);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = new Date(0); // not Date.UTC, which reads years 0-99 as 1900-1999
  wall.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  wall.setUTCHours(get('hour'), get('minute'), get('second'));
  return wall.getTime() - whole;
}

/** The wall-clock reading of instant `ms` in `zone`. */
export function wallClock(ms: number, zone: Zone): WallClock {
  const wall = new Date(ms + offsetAt(ms, zone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    weekday: ((wall.getUTCDay() + 6) % 7) + 1,
  };
}

/**
 * The instant whose wall clock in `zone` reads the given time (month 1-12). A time the clock
 * skips in spring resolves under the earlier offset, so it reads an hour on (01:30 on London's
 * change is 02:30 BST). A time the clock repeats in autumn is its earlier instant, as Sheets reads
 * it; `repeated: 'later'` gives the later one, in standard time, as Java's lenient calendar does.
 */
export function instantOf(
  zone: Zone,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  repeated: 'earlier' | 'later' = 'earlier',
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // A day either side of `wall` is clear of its instant even in the zones 14 hours from GMT.
  const before = wall - offsetAt(wall - DAY, zone);
  const after = wall - offsetAt(wall + DAY, zone);
  const valid = [before, after].filter((t) => t + offsetAt(t, zone) === wall);
  if (valid.length === 0) return before;
  return repeated === 'earlier' ? Math.min(...valid) : Math.max(...valid);
}

/** Sheets' serial number of an instant: days since 1899-12-30 on the zone's wall clock. */
export function serialOf(ms: number, zone: Zone): number {
  return (ms + offsetAt(ms, zone) - SERIAL_EPOCH) / DAY;
}

/** The instant a serial number stands for, read on the zone's wall clock. */
export function instantOfSerial(serial: number, zone: Zone): number {
  const d = new Date(SERIAL_EPOCH + Math.round(serial * DAY));
  return instantOf(
    zone,
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
