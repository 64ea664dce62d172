// The pupil's age at the start and year group, both from Date of birth (DOMAIN.md §3.4, §5).
import type { IsoDate } from '../cells';
import { dayParts, formatDate } from '../calendar/iso-date';
import { PLACEMENT, type PlacementRule } from './context';
import { error, warning } from './problem';

export const YOUNGEST_AGE = 10;
export const OLDEST_AGE = 19;

/** Whole years of age on a day (a birthday on 29 February comes on 1 March in other years). */
export function ageOn(
  dateOfBirth: IsoDate | undefined,
  date: IsoDate | undefined,
): number | undefined {
  const born = dayParts(dateOfBirth);
  const on = dayParts(date);
  if (!born || !on) return undefined;
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

/** The school year (1 September – 31 August) a day falls in, by the year it starts: 2025 for 2025/26. */
export function schoolYearOf(date: IsoDate | undefined): number | undefined {
  const on = dayParts(date);
  return on && (on.month >= 9 ? on.year : on.year - 1);
}

/**
 * England's year group in the school year containing a day: the age on the 31 August before that
 * school year starts, minus 4 (DOMAIN.md §3.4: aged 11 on 31 August 2026 → Year 7 in 2026/27).
 */
export function yearGroupOn(
  dateOfBirth: IsoDate | undefined,
  date: IsoDate | undefined,
): number | undefined {
  const year = schoolYearOf(date);
  const age = year === undefined ? undefined : ageOn(dateOfBirth, `${year}-08-31`);
  return age === undefined ? undefined : age - 4;
}

/** Date of birth gives an age of 10–19 at the start date (DOMAIN.md §5): an error otherwise. */
export const ageAtStart: PlacementRule = ({ placement }) => {
  const age = ageOn(placement.dateOfBirth, placement.startDate);
  if (age === undefined || (age >= YOUNGEST_AGE && age <= OLDEST_AGE)) return [];
  return [
    error(
      PLACEMENT.dateOfBirth,
      `gives an age of ${age} on the Start date (${formatDate(placement.startDate)}), and placements are for pupils aged ${YOUNGEST_AGE}–${OLDEST_AGE} — check the Date of birth and Start date against the MIS`,
      [PLACEMENT.dateOfBirth, PLACEMENT.startDate],
    ),
  ];
};

/**
 * Year group agrees with Date of birth (DOMAIN.md §5, a warning: a pupil may be taught out of year).
 * Compared in the school year of the Start date, the year the agreement and LA notification state.
 */
export const yearGroupAgrees: PlacementRule = ({ placement }) => {
  const expected = yearGroupOn(placement.dateOfBirth, placement.startDate);
  const year = schoolYearOf(placement.startDate);
  if (expected === undefined || year === undefined || placement.yearGroup === undefined) return [];
  if (placement.yearGroup === expected) return [];
  return [
    warning(
      PLACEMENT.yearGroup,
      `a pupil born ${formatDate(placement.dateOfBirth)} is in Year ${expected} in ${year}/${String((year + 1) % 100).padStart(2, '0')} (the school year of the Start date), not Year ${placement.yearGroup} — check the Year group and Date of birth against the MIS`,
      [PLACEMENT.yearGroup, PLACEMENT.dateOfBirth],
    ),
  ];
};
