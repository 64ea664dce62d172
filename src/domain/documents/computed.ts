// The fields no sheet holds: dates as documents write them, the timetable, review dates, checklist.
import type { IsoDate } from '../cells';
import { nextReviewDue } from '../calendar/next-review';
import { dayNumber, dayParts, fromDayNumber } from '../calendar/iso-date';
import { SCHOOL_WEEKDAYS, sessionsOn, type WeeklySessions } from '../calendar/sessions';
import type { StatusChecklist } from '../checklist';
import type { PlacementContext } from '../rules/context';

const MONTHS = [
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
] as const;

/**
 * "4 September 2025": a letter's date, written out so no parent reads 04/09 as April. Messages use
 * the shorter "Thu 4 Sep 2025" (formatDate); a document has room for the whole month.
 */
export function documentDate(date: IsoDate | undefined): string {
  const parts = dayParts(date);
  return parts ? `${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}` : '';
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const DAY_NAMES: Readonly<Record<(typeof SCHOOL_WEEKDAYS)[number], string>> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
};

/** "Monday (morning and afternoon), Wednesday morning, Friday afternoon": Sessions for parents. */
export function sessionTimetable(weekly: WeeklySessions): string {
  return SCHOOL_WEEKDAYS.flatMap((day) => {
    const halves = weekly.sessions.filter((s) => s.day === day).map((s) => s.half);
    if (halves.length === 0) return [];
    if (halves.length === 2) return [`${DAY_NAMES[day]} (morning and afternoon)`];
    return [`${DAY_NAMES[day]} ${halves[0] === 'AM' ? 'morning' : 'afternoon'}`];
  }).join(', ');
}

/** The 31 August that ends the school year a day falls in (DOMAIN.md §3.4). */
function endOfSchoolYear(date: IsoDate): IsoDate | undefined {
  const parts = dayParts(date);
  if (!parts) return undefined;
  return `${parts.month >= 9 ? parts.year + 1 : parts.year}-08-31`;
}

// More reviews than this in one list is a slip in the dates (a year of weekly reviews is 39).
const MOST_REVIEW_DATES = 40;

/**
 * The reviews still to come this school year: Next review due, then each following due date as if
 * every review were held on the day it fell due, up to the planned end (P14, DOMAIN.md §3.2). Each
 * is worked out by the same rule as Next review due, so none falls in a holiday or runs past the
 * half-term after the one before.
 */
export function reviewDates(context: PlacementContext): IsoDate[] {
  const { placement, calendar, review } = context;
  const first = review.due;
  if (first === undefined) return [];
  const yearEnd = endOfSchoolYear(first);
  const planned = placement.plannedEndDate;
  const until =
    planned !== undefined && yearEnd !== undefined && planned < yearEnd ? planned : yearEnd;
  const dates: IsoDate[] = [];
  for (let due: IsoDate | undefined = first; due !== undefined;) {
    if (until !== undefined && due > until) break;
    dates.push(due);
    if (dates.length >= MOST_REVIEW_DATES) break;
    const next: IsoDate | undefined = nextReviewDue(calendar, {
      startDate: placement.startDate,
      lastReview: due,
      reviewEveryWeeks: placement.reviewEveryWeeks,
    }).due;
    due = next !== undefined && next > due ? next : undefined;
  }
  return dates;
}

// A placement longer than this is a slip in the dates; the count is then left blank.
const LONGEST_PLACEMENT_DAYS = 800;

/**
 * The school days from Start date to Planned end date with at least one session: the "number of
 * days" an off-site direction notice must state (2010 regulations). Undefined when either date or
 * the sessions are missing.
 */
export function numberOfDays(context: PlacementContext): number | undefined {
  const { placement, calendar, sessions } = context;
  const from = dayNumber(placement.startDate);
  const to = dayNumber(placement.plannedEndDate);
  if (from === undefined || to === undefined || to < from || sessions.sessions.length === 0) {
    return undefined;
  }
  if (to - from > LONGEST_PLACEMENT_DAYS) return undefined;
  let count = 0;
  for (let day = from; day <= to; day += 1) {
    const date = fromDayNumber(day);
    if (date && calendar.isSchoolDay(date) && sessionsOn(sessions, date).length > 0) count += 1;
  }
  return count;
}

/** What is still needed before the next status, one item after another; '' when nothing is. */
export function checklistText(checklist: StatusChecklist): string {
  return checklist.items
    .filter((item) => !item.done)
    .map((item) => `${item.item} (${item.todo.join('; ')})`)
    .join('; ');
}
