// Calendar days as 'YYYY-MM-DD' strings, counted in UTC so no time zone or clock change moves a day.
import type { IsoDate } from '../cells';

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The year, month (1–12) and day of a real 'YYYY-MM-DD' day; undefined for anything else. */
export function dayParts(date: IsoDate | undefined): DayParts | undefined {
  const match = typeof date === 'string' ? ISO_DAY.exec(date) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return undefined;
  return { year, month, day };
}

/** Days since 1 January 1970, the number all day arithmetic here is done in. */
export function dayNumber(date: IsoDate | undefined): number | undefined {
  const parts = dayParts(date);
  return parts && Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dayParts(value) !== undefined;
}

export function addDays(date: IsoDate, days: number): IsoDate | undefined {
  const day = dayNumber(date);
  return day === undefined ? undefined : fromDayNumber(day + days);
}

/** The same day of the month n months on; 29 February plus 12 months is 28 February. */
export function addMonths(date: IsoDate, months: number): IsoDate | undefined {
  const parts = dayParts(date);
  if (!parts) return undefined;
  const first = new Date(Date.UTC(parts.year, parts.month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const day = Math.min(parts.day, lastDay.getUTCDate());
  return fromDayNumber(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day) / MS_PER_DAY);
}

/** Whole days from one day to another (negative when `to` comes first). */
export function daysBetween(from: IsoDate, to: IsoDate): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** 0 Sunday … 6 Saturday, for a day number (1 January 1970 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function weekday(date: IsoDate): number | undefined {
  const day = dayNumber(date);
  return day === undefined ? undefined : weekdayOfDayNumber(day);
}

export function isWeekdayNumber(day: number): boolean {
  const d = weekdayOfDayNumber(day);
  return d >= 1 && d <= 5;
}

/** The earlier of two days; a missing one is ignored. */
export function earlier(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a <= b ? a : b;
}

/** 'Fri 24 Oct 2025': how a day appears in messages, never ambiguous between UK and US order. */
export function formatDate(date: IsoDate | undefined): string {
  const parts = dayParts(date);
  const day = dayNumber(date);
  if (!parts || day === undefined) return String(date);
  const name = DAY_NAMES[weekdayOfDayNumber(day)] ?? '';
  return `${name} ${parts.day} ${MONTH_NAMES[parts.month - 1] ?? ''} ${parts.year}`;
}
