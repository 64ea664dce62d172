// Wall-clock fields of an instant in a time zone (IANA or "GMT+hh:mm"), and back, via Intl.

export interface ZoneParts {
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

export type Zone =
  | { readonly kind: 'iana'; readonly id: string }
  | { readonly kind: 'fixed'; readonly id: string; readonly offsetMinutes: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(id: string): Intl.DateTimeFormat {
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(id, f);
  }
  return f;
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
    return { kind: 'fixed', id: `GMT${custom[1]}${hh}:${mm}`, offsetMinutes };
  }
  try {
    formatter(timeZone);
    return { kind: 'iana', id: timeZone };
  } catch {
    return { kind: 'fixed', id: 'GMT', offsetMinutes: 0 };
  }
}

/** Milliseconds to add to UTC to get the zone's wall clock at `instant`. */
export function offsetMs(instant: number, zone: Zone): number {
  if (zone.kind === 'fixed') return zone.offsetMinutes * 60000;
  const whole = Math.floor(instant / 1000) * 1000;
  const get: Record<string, number> = {};
  for (const p of formatter(zone.id).formatToParts(new Date(whole))) {
    if (p.type !== 'literal') get[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    get.year ?? 1970,
    (get.month ?? 1) - 1,
    get.day ?? 1,
    get.hour ?? 0,
    get.minute ?? 0,
    get.second ?? 0,
  );
  return asUtc - whole;
}

export function zoneParts(instant: number, zone: Zone): ZoneParts {
  const wall = new Date(instant + offsetMs(instant, zone));
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
 * The instant a wall-clock time in the zone names. A time skipped by a clock change resolves
 * under the earlier offset (01:30 on the spring-forward night in London is 02:30 BST), as
 * Java's lenient calendar does; a repeated time resolves to one of its two instants.
 */
export function instantOf(
  fields: { year: number; month: number; day: number; hour?: number; minute?: number },
  zone: Zone,
): number {
  const wall = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour ?? 0,
    fields.minute ?? 0,
  );
  const a = wall - offsetMs(wall, zone);
  const b = wall - offsetMs(a, zone);
  for (const t of [Math.min(a, b), Math.max(a, b)]) if (t + offsetMs(t, zone) === wall) return t;
  return Math.max(a, b);
}
