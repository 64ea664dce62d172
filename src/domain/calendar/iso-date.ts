// Calendar days as 'YYYY-MM-DD' strings, counted in UTC so no time zone or clock change moves a day.
import type { IsoDate } from '../cells';

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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// The checks read the same few hundred days thousands of times a run; remembering them halves the
// time. Bounded, so hostile text cannot grow it without limit.
const REMEMBERED_DAYS = 5000;
/** null: not a day (so that one lookup answers both ways). */
const remembered = new Map<string, DayParts | null>();
const numbers = new Map<string, number>();

/** The year, month (1–12) and day of a real 'YYYY-MM-DD' day (years 1000–9999); else undefined. */
export function dayParts(date: IsoDate | undefined): DayParts | undefined {
  if (typeof date !== 'string') return undefined;
  const known = remembered.get(date);
  if (known !== undefined) return known ?? undefined;
  const parts = readDayParts(date);
  if (remembered.size >= REMEMBERED_DAYS) remembered.clear();
  remembered.set(date, parts ?? null);
  return parts;
}

function readDayParts(date: string): DayParts | undefined {
  const match = ISO_DAY.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

/**
 * Days since 1 January 1970, the number all day arithmetic here is done in. Plain arithmetic
 * (the proleptic Gregorian calendar) rather than a Date, since the checks call it many times a row.
 */
export function dayNumber(date: IsoDate | undefined): number | undefined {
  if (typeof date !== 'string') return undefined;
  const known = numbers.get(date);
  if (known !== undefined) return known;
  const parts = dayParts(date);
  if (!parts) return undefined;
  if (numbers.size >= REMEMBERED_DAYS) numbers.clear();
  const number = serialOf(parts);
  numbers.set(date, number);
  return number;
}

function serialOf(parts: DayParts): number {
  const year = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (parts.month + (parts.month > 2 ? -3 : 9)) + 2) / 5) + parts.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

// Days as far out as dayParts reads: 1 January 1000 to 31 December 9999.
const FIRST_DAY = -354285;
const LAST_DAY = 2932896;

/** The day for a day number; undefined beyond years 1000–9999 (a hostile interval, not a date). */
export function fromDayNumber(day: number): IsoDate | undefined {
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY) return undefined;
  const shifted = day + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
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
  if (!parts || !Number.isInteger(months)) return undefined;
  const monthsSinceYearZero = parts.year * 12 + parts.month - 1 + months;
  const year = Math.floor(monthsSinceYearZero / 12);
  const month = monthsSinceYearZero - year * 12 + 1;
  if (year < 1000 || year > 9999) return undefined;
  const day = Math.min(parts.day, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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

/** 'Wed 2 Dec 2026 at 07:15' from a wall time 'YYYY-MM-DD HH:mm:ss'; any other text as it is. */
export function formatMoment(moment: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(moment);
  return match ? `${formatDate(match[1])} at ${match[2] ?? ''}` : moment;
}

/** 'Fri 24 Oct 2025': how a day appears in messages, never ambiguous between UK and US order. */
export function formatDate(date: IsoDate | undefined): string {
  const parts = dayParts(date);
  const day = dayNumber(date);
  if (!parts || day === undefined) return String(date);
  const name = DAY_NAMES[weekdayOfDayNumber(day)] ?? '';
  return `${name} ${parts.day} ${MONTH_NAMES[parts.month - 1] ?? ''} ${parts.year}`;
}
