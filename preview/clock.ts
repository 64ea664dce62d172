// The clock's shortcuts: on to the next Reminder hour, or to the next school day's, when the digest goes.
import type { Workspace } from '../emulator';
import { instantOf, resolveZone, wallClock, type Zone } from '../emulator/core/zone';
import { nextFiring } from '../emulator/services/trigger-schedule';
import type { ClockShortcut, ClockShortcutId } from './shared/api';

const HOUR = 3_600_000;
/** The add-on's hourly trigger (src/main.ts): its run at or after the Reminder hour sends the digest. */
export const HOURLY_HANDLER = 'runHourlyJobs';
const DEFAULT_REMINDER_HOUR = 7;
/** How far ahead a school day is looked for (a year and a summer). */
const SEARCH_DAYS = 430;

type IsoDay = string;

/** Rows of a two-or-more-column sheet as objects by header text (the add-on's own contract). */
function rowsOf(ws: Workspace, sheet: string): Record<string, unknown>[] {
  const [header = [], ...rows] = ws.spreadsheet.findSheet(sheet)?.values() ?? [];
  const names = header.map(String);
  return rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]])));
}

/** Settings' Reminder hour (a whole hour 0–23), else 7 as the add-on assumes. */
export function reminderHour(ws: Workspace): number {
  const row = rowsOf(ws, 'Settings').find((r) => String(r.Setting).trim() === 'Reminder hour');
  const value = Number(String(row?.Value ?? '').trim() || Number.NaN);
  return Number.isInteger(value) && value >= 0 && value <= 23 ? value : DEFAULT_REMINDER_HOUR;
}

function isoOf(year: number, month: number, day: number): IsoDay {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}`;
}

/** A Term dates cell as a calendar day: a date cell (midnight in the sheet's zone) or dd/mm/yyyy. */
function dayOf(value: unknown, zone: Zone): IsoDay | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const wall = wallClock(value.getTime(), zone);
    return isoOf(wall.year, wall.month, wall.day);
  }
  const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(value ?? '').trim());
  return typed ? isoOf(Number(typed[3]), Number(typed[2]), Number(typed[1])) : undefined;
}

/**
 * Whether a day is a school day by the Term dates sheet (DOMAIN.md §3.2): a weekday inside a
 * half-term that is not a Closure. Without any half-term on the sheet, every weekday is.
 */
export function schoolDays(ws: Workspace): (day: IsoDay, weekday: number) => boolean {
  const zone = resolveZone(ws.spreadsheet.timeZone);
  const terms: { start: IsoDay; end: IsoDay; closure: boolean }[] = [];
  for (const row of rowsOf(ws, 'Term dates')) {
    const start = dayOf(row.Start, zone);
    const end = dayOf(row.End, zone);
    if (!start || !end) continue;
    terms.push({ start, end, closure: String(row.Term).trim().toLowerCase() === 'closure' });
  }
  const halfTerms = terms.filter((t) => !t.closure);
  const closures = terms.filter((t) => t.closure);
  const within = (day: IsoDay, t: { start: IsoDay; end: IsoDay }) => t.start <= day && day <= t.end;
  return (day, weekday) =>
    weekday <= 5 &&
    (halfTerms.length === 0 || halfTerms.some((t) => within(day, t))) &&
    !closures.some((t) => within(day, t));
}

/**
 * The first run of the add-on's hourly trigger at or after `at` and within the hour after it: the
 * run that does that hour's jobs (a trigger made at 10:17 runs at 07:17, not 07:00).
 */
function hourlyRunFrom(ws: Workspace, at: number): number | undefined {
  let first: number | undefined;
  for (const trigger of ws.triggers.all()) {
    if (trigger.handlerFunction !== HOURLY_HANDLER || !trigger.schedule) continue;
    const run = nextFiring(
      trigger.schedule,
      trigger.createdAt,
      Math.max(trigger.createdAt, at - 1),
    );
    if (run !== undefined && run >= at && run < at + HOUR && (first === undefined || run < first)) {
      first = run;
    }
  }
  return first;
}

/**
 * The first `hour`:00 after now on a day `wanted` accepts, in the spreadsheet's zone, looking from
 * today (`firstDay` 0) or from tomorrow (1).
 */
function nextHourOn(
  ws: Workspace,
  hour: number,
  firstDay: 0 | 1,
  wanted: (day: IsoDay, weekday: number) => boolean,
): number | undefined {
  const zone = resolveZone(ws.spreadsheet.timeZone);
  const now = ws.clock.now();
  const today = wallClock(now, zone);
  for (let i = firstDay; i < SEARCH_DAYS; i++) {
    const noon = instantOf(zone, today.year, today.month, today.day + i, 12);
    const wall = wallClock(noon, zone);
    const at = instantOf(zone, wall.year, wall.month, wall.day, hour);
    if (at > now && wanted(isoOf(wall.year, wall.month, wall.day), wall.weekday)) return at;
  }
  return undefined;
}

function describe(ws: Workspace, at: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: ws.spreadsheet.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

function shortcut(
  ws: Workspace,
  id: ClockShortcutId,
  label: string,
  hourStart: number | undefined,
): ClockShortcut | undefined {
  if (hourStart === undefined) return undefined;
  const run = hourlyRunFrom(ws, hourStart);
  const at = run ?? hourStart;
  const what =
    run === undefined
      ? 'Reminders are off (no hourly trigger), so no digest is sent: turn them on from the menu (Reminders ▸ Turn reminders on).'
      : 'The add-on’s hourly trigger runs then and sends that morning’s digests; every trigger due on the way runs too.';
  return { id, label, title: `Moves the clock to ${describe(ws, at)}. ${what}`, at };
}

/**
 * "Next 07:00" and "Next school day 07:00" (07 being Settings' Reminder hour): each moves the
 * clock to that hour, or on to the hourly trigger's run within it, so the morning digest has gone.
 * The next 07:00 may be today's; the next school day is always after today, so at 06:30 on a
 * Monday (as the sample opens) the two go to this morning's digest and to Tuesday's.
 */
export function clockShortcuts(ws: Workspace): ClockShortcut[] {
  const hour = reminderHour(ws);
  const hh = `${String(hour).padStart(2, '0')}:00`;
  const isSchoolDay = schoolDays(ws);
  return [
    shortcut(
      ws,
      'reminder-hour',
      `Next ${hh}`,
      nextHourOn(ws, hour, 0, () => true),
    ),
    shortcut(ws, 'school-day', `Next school day ${hh}`, nextHourOn(ws, hour, 1, isSchoolDay)),
  ].filter((s): s is ClockShortcut => s !== undefined);
}
