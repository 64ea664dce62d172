// Time-zone arithmetic with Intl.DateTimeFormat: wall-clock parts of an instant, and back.

export interface WallClock {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

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
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a zone Intl does not know. */
export function checkTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** The wall-clock reading of `ms` in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: weekdays.indexOf(parts.weekday ?? 'Sun'),
  };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The zone's offset from UTC at instant `ms`, in ms (positive east of Greenwich). */
export function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallAsUtc(wallClock(whole, timeZone)) - whole;
}

/**
 * The instant whose wall clock in `timeZone` reads the given time. In a spring-forward gap the
 * later offset is used (the clock reads an hour on); in the autumn overlap the earlier instant.
 */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const before = asUtc - offsetAt(asUtc - 43_200_000, timeZone);
  const after = asUtc - offsetAt(asUtc + 43_200_000, timeZone);
  const valid = [before, after].filter((t) => t + offsetAt(t, timeZone) === asUtc);
  if (valid.length === 0) return before; // in the gap: the earlier offset, so the clock reads on
  return Math.min(...valid);
}

const DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets' serial number of an instant: days since 1899-12-30 on the zone's wall clock. */
export function serialOf(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const wallMs = wallAsUtc(w) + (ms - Math.floor(ms / 1000) * 1000);
  return (wallMs - SERIAL_EPOCH) / DAY;
}

/** The instant a serial number stands for, read on the zone's wall clock. */
export function instantOfSerial(serial: number, timeZone: string): number {
  const wallMs = SERIAL_EPOCH + Math.round(serial * DAY);
  const d = new Date(wallMs);
  return instantOf(
    timeZone,
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
