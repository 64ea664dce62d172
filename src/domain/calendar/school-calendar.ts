// School days from the Term dates sheet: weekdays inside a half-term, minus closures (DOMAIN.md §3.2).
import { comparable, type IsoDate } from '../cells';
import { CLOSURE, type TermDate } from '../sheets/term-dates';
import { dayNumber, fromDayNumber, isWeekdayNumber } from './iso-date';

export interface HalfTerm {
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Position in date order, so the half-term after this one is `halfTerms[index + 1]`. */
  readonly index: number;
}

/**
 * How far either side of the half-terms entered the calendar still knows the days: a summer holiday
 * is about six weeks, so the weeks just before the first half-term and just after the last are
 * holiday; further out the school has not entered its dates and every weekday counts.
 */
export const SUMMER_HOLIDAY_DAYS = 42;

/** A closure longer than this is a typing slip, not an INSET day or bank holiday; it is ignored. */
export const LONGEST_CLOSURE_DAYS = 366;

// Stepping one day at a time never needs to go further than this (a year and a summer).
const LONGEST_SEARCH_DAYS = 500;
// More school days than this is a slip (forty years of school), not a question worth answering.
const MOST_SCHOOL_DAYS = 7600;

export interface SchoolCalendar {
  /** The half-terms entered, in date order (rows whose Term is not `Closure`). */
  readonly halfTerms: readonly HalfTerm[];
  /** False when Term dates has no half-term: every weekday then counts as a school day. */
  readonly hasTermDates: boolean;
  /** True for a day inside the dates entered (half-terms and the summer holidays either side). */
  covers(date: IsoDate): boolean;
  isSchoolDay(date: IsoDate): boolean;
  /** The half-term a day belongs to; a day in a holiday belongs to the half-term that follows. */
  halfTermContaining(date: IsoDate): HalfTerm | undefined;
  halfTermAfter(halfTerm: HalfTerm): HalfTerm | undefined;
  lastSchoolDayOf(halfTerm: HalfTerm): IsoDate | undefined;
  lastSchoolDayOnOrBefore(date: IsoDate): IsoDate | undefined;
  /** The nth school day after a day (n > 0) or before it (n < 0); the day itself for 0. */
  addSchoolDays(date: IsoDate, n: number): IsoDate | undefined;
  /** School days d with from ≤ d < to: notice given on Monday for a Wednesday start is 2. */
  schoolDaysBetween(from: IsoDate, to: IsoDate): number | undefined;
}

/** A row whose Term is `Closure` (any case or spacing) marks non-school days. */
export function isClosure(term: string | undefined): boolean {
  return term !== undefined && comparable(term) === comparable(CLOSURE);
}

interface Span {
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly startDay: number;
  readonly endDay: number;
}

function spanOf(row: TermDate): Span | undefined {
  const startDay = dayNumber(row.start);
  const endDay = dayNumber(row.end);
  if (startDay === undefined || endDay === undefined || endDay < startDay) return undefined;
  return {
    name: row.term ?? '',
    start: row.start as IsoDate,
    end: row.end as IsoDate,
    startDay,
    endDay,
  };
}

/** Weekdays d with from ≤ d < to, counted without walking every day. */
function weekdaysBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const weeks = Math.floor((to - from) / 7);
  let count = weeks * 5;
  for (let day = from + weeks * 7; day < to; day += 1) if (isWeekdayNumber(day)) count += 1;
  return count;
}

/** First index whose value is ≥ day, in a sorted list. */
function lowerBound(sorted: readonly number[], day: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Reads Term dates records; rows without a readable Start and End (or ending first) are skipped. */
export function schoolCalendar(termDates: readonly TermDate[]): SchoolCalendar {
  const spans = termDates.map((row) => ({ row, span: spanOf(row) }));
  const terms = spans
    .filter(({ row, span }) => span && !isClosure(row.term))
    .map(({ span }) => span as Span)
    .sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay);
  const halfTerms: HalfTerm[] = terms.map((t, index) => ({
    name: t.name,
    start: t.start,
    end: t.end,
    index,
  }));

  // Weekdays that are not school days: the holidays between and either side of the half-terms
  // entered, and every closure. Everything else that is a weekday is a school day.
  const notSchool = new Set<number>();
  const first = terms[0];
  const coverFrom = first ? first.startDay - SUMMER_HOLIDAY_DAYS : Infinity;
  let coverTo = -Infinity;
  let reached = coverFrom;
  for (const term of terms) {
    for (let day = reached; day < term.startDay; day += 1) notSchool.add(day);
    reached = Math.max(reached, term.endDay + 1);
    coverTo = Math.max(coverTo, term.endDay + SUMMER_HOLIDAY_DAYS);
  }
  for (let day = reached; day <= coverTo; day += 1) notSchool.add(day);
  for (const { row, span } of spans) {
    if (!span || !isClosure(row.term) || span.endDay - span.startDay >= LONGEST_CLOSURE_DAYS) {
      continue;
    }
    for (let day = span.startDay; day <= span.endDay; day += 1) notSchool.add(day);
  }
  const notSchoolWeekdays = [...notSchool].filter(isWeekdayNumber).sort((a, b) => a - b);

  const isSchoolDayNumber = (day: number) => isWeekdayNumber(day) && !notSchool.has(day);

  const step = (day: number, direction: 1 | -1, count: number): number | undefined => {
    let found = 0;
    let current = day;
    for (let walked = 0; found < count; walked += 1) {
      if (walked > LONGEST_SEARCH_DAYS * Math.max(1, count)) return undefined;
      current += direction;
      if (isSchoolDayNumber(current)) found += 1;
    }
    return current;
  };

  const lastSchoolDayOnOrBefore = (date: IsoDate): IsoDate | undefined => {
    const day = dayNumber(date);
    if (day === undefined) return undefined;
    if (isSchoolDayNumber(day)) return fromDayNumber(day);
    const found = step(day, -1, 1);
    return found === undefined ? undefined : fromDayNumber(found);
  };

  return {
    halfTerms,
    hasTermDates: halfTerms.length > 0,
    covers(date) {
      const day = dayNumber(date);
      return day !== undefined && day >= coverFrom && day <= coverTo;
    },
    isSchoolDay(date) {
      const day = dayNumber(date);
      return day !== undefined && isSchoolDayNumber(day);
    },
    halfTermContaining(date) {
      const day = dayNumber(date);
      if (day === undefined || day < coverFrom) return undefined;
      // The last half-term starting on or before the day, else the one after the holiday it is in.
      let low = 0;
      let high = terms.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((terms[middle]?.startDay ?? Infinity) <= day) low = middle + 1;
        else high = middle;
      }
      const before = terms[low - 1];
      if (before && before.endDay >= day) return halfTerms[low - 1];
      return halfTerms[low];
    },
    halfTermAfter(halfTerm) {
      return halfTerms[halfTerm.index + 1];
    },
    lastSchoolDayOf(halfTerm) {
      const last = lastSchoolDayOnOrBefore(halfTerm.end);
      return last !== undefined && last >= halfTerm.start ? last : undefined;
    },
    lastSchoolDayOnOrBefore,
    addSchoolDays(date, n) {
      const day = dayNumber(date);
      if (day === undefined || !Number.isInteger(n) || Math.abs(n) > MOST_SCHOOL_DAYS) {
        return undefined;
      }
      if (n === 0) return date;
      const found = step(day, n > 0 ? 1 : -1, Math.abs(n));
      return found === undefined ? undefined : fromDayNumber(found);
    },
    schoolDaysBetween(from, to) {
      const a = dayNumber(from);
      const b = dayNumber(to);
      if (a === undefined || b === undefined) return undefined;
      const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
      const holidays = lowerBound(notSchoolWeekdays, high) - lowerBound(notSchoolWeekdays, low);
      return sign * (weekdaysBetween(low, high) - holidays);
    },
  };
}
