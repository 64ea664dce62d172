// How far back the sidebar needs Attendance rows: the reminders' lookback and this half-term.
import type { IsoDate } from '../cells';
import { schoolCalendar } from '../calendar/school-calendar';
import { lookbackDays } from '../reminders/attendance';
import type { TermDate } from '../sheets/term-dates';

/**
 * The first day whose returns the hourly run looks at (its missing returns and the Monday summary's
 * half-term): the earlier of the missing-returns lookback (ten school days) and the start of the
 * half-term containing today. Older rows matter only while they are open absences.
 */
export function attendanceWindowStart(termDates: readonly TermDate[], today: IsoDate): IsoDate {
  const calendar = schoolCalendar(termDates);
  const lookback = lookbackDays(calendar, today)[0] ?? today;
  const halfTerm = calendar.halfTermContaining(today);
  return halfTerm && halfTerm.start < lookback ? halfTerm.start : lookback;
}

/**
 * The first day the overview and the register look at: the missing-returns lookback. This
 * half-term's figures are shown only for the selected placement, whose rows are read whatever their
 * date, so the sidebar need not parse every placement's half-term (issue 14).
 */
export function lookbackStart(termDates: readonly TermDate[], today: IsoDate): IsoDate {
  return lookbackDays(schoolCalendar(termDates), today)[0] ?? today;
}
