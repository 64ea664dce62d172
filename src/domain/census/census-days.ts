// School census days and each one's collection window (docs/census.md): the DfE's rule, or the days the school lists on Settings.
import { readDateText, type IsoDate } from '../cells';
import { addDays, dayNumber, fromDayNumber, weekdayOfDayNumber } from '../calendar/iso-date';

/**
 * Census days fall on a Thursday: the first in October (autumn), the third in January (spring)
 * and the third in May (summer) (LA census guidance; 2025/26: 2 Oct 2025, 15 Jan 2026, 21 May 2026).
 */
const RULE: readonly { readonly month: number; readonly nth: number; readonly term: string }[] = [
  { month: 1, nth: 3, term: 'spring' },
  { month: 5, nth: 3, term: 'summer' },
  { month: 10, nth: 1, term: 'autumn' },
];

const THURSDAY = 4;

/** The nth Thursday of a month. */
function nthThursday(year: number, month: number, nth: number): IsoDate | undefined {
  const first = dayNumber(`${year}-${String(month).padStart(2, '0')}-01` as IsoDate);
  if (first === undefined) return undefined;
  const offset = (THURSDAY - weekdayOfDayNumber(first) + 7) % 7;
  return fromDayNumber(first + offset + (nth - 1) * 7);
}

/** The census days the DfE's rule gives for the calendar years around `from`, in order. */
export function ruleCensusDays(from: IsoDate): IsoDate[] {
  const year = Number(from.slice(0, 4));
  const days: IsoDate[] = [];
  for (const y of [year - 1, year, year + 1]) {
    for (const { month, nth } of RULE) {
      const day = nthThursday(y, month, nth);
      if (day) days.push(day);
    }
  }
  return days.sort();
}

export type CensusDaysRead =
  | { readonly ok: true; readonly days: readonly IsoDate[]; readonly fromSettings: boolean }
  | { readonly ok: false; readonly message: string };

/**
 * The census days: those typed on Settings ("Census days": dd/mm/yyyy, separated by commas), or,
 * when it is blank, the DfE's rule. A day that cannot be read is said, naming the setting.
 */
export function censusDays(setting: string | undefined, today: IsoDate): CensusDaysRead {
  const typed = (setting ?? '').trim();
  if (typed === '') return { ok: true, days: ruleCensusDays(today), fromSettings: false };
  const days: IsoDate[] = [];
  for (const part of typed.split(/[,;]/)) {
    const text = part.trim();
    if (text === '') continue;
    const day = readDateText(text);
    if (!day) {
      return {
        ok: false,
        message: `Census days on Settings: "${text}" is not a date. Type the year's census days as dd/mm/yyyy separated by commas (for example 01/10/2026, 21/01/2027, 20/05/2027), or leave it blank for the DfE's rule.`,
      };
    }
    days.push(day);
  }
  return { ok: true, days: [...new Set(days)].sort(), fromSettings: true };
}

/** The first census day on or after today: what the return is made for unless a person picks another. */
export function nextCensusDay(days: readonly IsoDate[], today: IsoDate): IsoDate | undefined {
  return days.find((day) => day >= today);
}

export interface CensusWindow {
  readonly censusDay: IsoDate;
  /** The previous census day: the window's first day. */
  readonly from: IsoDate;
}

/**
 * The collection window for a census day: from the previous census day to this one, both included
 * (MIS guidance for autumn 2023: "open placements and those which ended between 18/05/23 to
 * 05/10/23", the two census days; whether the DfE counts the first day is unconfirmed, and
 * including it only repeats a placement the last return already held). Without a previous census
 * day on the list, the window starts a term's length (20 weeks) before.
 */
export function censusWindow(days: readonly IsoDate[], censusDay: IsoDate): CensusWindow {
  const previous = [...days].reverse().find((day) => day < censusDay);
  return { censusDay, from: previous ?? addDays(censusDay, -140) ?? censusDay };
}
