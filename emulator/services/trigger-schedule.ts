// When a clock trigger fires: the next firing time after a given instant, on wall clocks of its zone.
import { daysInMonth, instantOf, resolveZone, wallClock, type Zone } from '../core/zone';

const MINUTE = 60000;
const HOUR = 60 * MINUTE;

/**
 * A clock trigger's schedule. Google fires "some time" inside the hour asked for (atHour) or
 * ±15 minutes around nearMinute; the emulator picks one deterministic point: minute `nearMinute`
 * (default :00) of hour `atHour` (default the hour the trigger was created in), in `timeZone`
 * (inTimezone, default the script's zone).
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)
 */
export type ClockSchedule = { readonly timeZone: string } & (
  | { readonly kind: 'once'; readonly at: number }
  | { readonly kind: 'minutes'; readonly every: number }
  | { readonly kind: 'hours'; readonly every: number; readonly nearMinute?: number }
  | {
      readonly kind: 'days' | 'weeks';
      readonly every: number;
      readonly atHour?: number;
      readonly nearMinute?: number;
      /** weeks only: 1 = Monday ... 7 = Sunday (default: the weekday it was created on) */
      readonly weekDay?: number;
    }
  | {
      readonly kind: 'monthly';
      readonly monthDay: number;
      readonly atHour?: number;
      readonly nearMinute?: number;
    }
);

/** Shortest gap between firings, for the add-on "at most hourly" rule; undefined for one-off. */
export function recurrenceMs(schedule: ClockSchedule): number | undefined {
  switch (schedule.kind) {
    case 'once':
      return undefined;
    case 'minutes':
      return schedule.every * MINUTE;
    case 'hours':
      return schedule.every * HOUR;
    case 'days':
      return schedule.every * 24 * HOUR;
    case 'weeks':
      return schedule.every * 7 * 24 * HOUR;
    case 'monthly':
      return 28 * 24 * HOUR;
  }
}

/** Wall date `days` after y-m-d (calendar arithmetic, no zone involved). */
function addDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The same instant with its minute (in the zone) set to `minute`. */
function atMinute(instant: number, minute: number, zone: Zone): number {
  const p = wallClock(instant, zone);
  return instant + (minute - p.minute) * MINUTE - p.second * 1000 - p.millisecond;
}

/**
 * The first firing strictly after `after` (one-off: its time, once, if it has not fired).
 * `createdAt` anchors recurrences: everyMinutes/everyHours count from creation.
 */
export function nextFiring(
  schedule: ClockSchedule,
  createdAt: number,
  lastFiredAt: number | undefined,
): number | undefined {
  const zone = resolveZone(schedule.timeZone);
  const after = lastFiredAt ?? createdAt;
  switch (schedule.kind) {
    case 'once':
      return lastFiredAt === undefined ? Math.max(schedule.at, createdAt) : undefined;
    case 'minutes':
    case 'hours': {
      const step = (schedule.kind === 'minutes' ? MINUTE : HOUR) * schedule.every;
      const minute = schedule.kind === 'hours' ? schedule.nearMinute : undefined;
      let k = Math.max(1, Math.floor((after - createdAt) / step));
      for (;;) {
        const base = createdAt + k * step;
        const t = minute === undefined ? base : atMinute(base, minute, zone);
        if (t > after) return t;
        k += 1;
      }
    }
    case 'days':
    case 'weeks': {
      const created = wallClock(createdAt, zone);
      const hour = schedule.atHour ?? created.hour;
      const minute = schedule.nearMinute ?? 0;
      let start: { year: number; month: number; day: number } = created;
      if (schedule.kind === 'weeks') {
        const weekDay = schedule.weekDay ?? created.weekday;
        start = addDays(created, (weekDay - created.weekday + 7) % 7);
      }
      const stepDays = schedule.every * (schedule.kind === 'weeks' ? 7 : 1);
      const firingOn = (k: number) => {
        const d = addDays(start, k * stepDays);
        return instantOf(zone, d.year, d.month, d.day, hour, minute, 0, 'later');
      };
      let k = 0;
      if (firingOn(0) <= createdAt) k = 1;
      const skip = Math.floor((after - firingOn(k)) / (stepDays * 24 * HOUR)) - 1;
      if (skip > 0) k += skip;
      while (firingOn(k) <= after) k += 1;
      return firingOn(k);
    }
    case 'monthly': {
      const created = wallClock(createdAt, zone);
      const from = wallClock(after, zone);
      const hour = schedule.atHour ?? created.hour;
      const minute = schedule.nearMinute ?? 0;
      // Months without that day are skipped (what Google does for the 31st in April is [open]).
      for (let i = 0; i < 48; i += 1) {
        const month = ((from.month - 1 + i) % 12) + 1;
        const year = from.year + Math.floor((from.month - 1 + i) / 12);
        if (schedule.monthDay > daysInMonth(year, month)) continue;
        const t = instantOf(zone, year, month, schedule.monthDay, hour, minute, 0, 'later');
        if (t > after) return t;
      }
      return undefined;
    }
  }
}
