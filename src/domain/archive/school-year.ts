// Which school year "Archive the year" takes: the last one whose summer term has ended, and never during term.
import type { IsoDate } from '../cells';
import type { SchoolCalendar } from '../calendar/school-calendar';
import { formatDate } from '../calendar/iso-date';

/** A school year, 1 September to 31 August, named as schools write it: "2025-26". */
export interface SchoolYear {
  /** The calendar year it starts in: 2025 for 2025-26. */
  readonly startYear: number;
  readonly label: string;
  readonly first: IsoDate;
  readonly last: IsoDate;
}

export function schoolYearStarting(startYear: number): SchoolYear {
  const next = String((startYear + 1) % 100).padStart(2, '0');
  return {
    startYear,
    label: `${startYear}-${next}`,
    first: `${startYear}-09-01`,
    last: `${startYear + 1}-08-31`,
  };
}

/** The school year a day falls in: September onwards belongs to the year starting then. */
export function schoolYearOf(day: IsoDate): SchoolYear {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return schoolYearStarting(month >= 9 ? year : year - 1);
}

/** "2025-26" as typed on Settings ("Archive 2025-26"), or undefined. */
export function parseYearLabel(label: string): SchoolYear | undefined {
  const found = /^(\d{4})-(\d{2})$/.exec(label.trim());
  if (!found) return undefined;
  const year = schoolYearStarting(Number(found[1]));
  return year.label === label.trim() ? year : undefined;
}

export type ArchiveYearChoice =
  | { readonly ok: true; readonly year: SchoolYear }
  | { readonly ok: false; readonly reason: string };

/**
 * The year to archive on `today`: refused inside a half-term (people are still recording the year,
 * and an archive made then would split a live placement's story), and refused without term dates
 * (the add-on cannot tell term from holiday). Otherwise the latest school year whose last
 * half-term has ended: in the summer holiday the year just finished, in the autumn half-term
 * holiday or at Christmas the one before (a school that missed the summer can still archive it).
 */
export function archiveYearOn(today: IsoDate, calendar: SchoolCalendar): ArchiveYearChoice {
  if (!calendar.hasTermDates) {
    return {
      ok: false,
      reason:
        'The Term dates sheet has no terms, so the add-on cannot tell whether the school year has finished. Enter this year’s term dates on Term dates, then choose Archive the year again.',
    };
  }
  const inTerm = calendar.halfTerms.find((h) => h.start <= today && today <= h.end);
  if (inTerm) {
    return {
      ok: false,
      reason: `Archiving is refused during term: today is in ${inTerm.name || 'a half-term'} (${formatDate(inTerm.start)} to ${formatDate(inTerm.end)}), while staff are still recording attendance and reviews. Archive the year after the summer term ends, or in a holiday.`,
    };
  }
  const current = schoolYearOf(today);
  // Out of term in July or August is the summer holiday: the year just finished. Out of term from
  // September to June is a holiday of the next year: the year before it.
  const month = Number(today.slice(5, 7));
  const year = month === 7 || month === 8 ? current : schoolYearStarting(current.startYear - 1);
  return { ok: true, year };
}
