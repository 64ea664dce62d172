// How far back the sidebar needs Attendance rows: the reminders' lookback and this half-term.
import type { IsoDate } from '../cells';
import { schoolCalendar } from '../calendar/school-calendar';
import { lookbackDays } from '../reminders/attendance';
import type { TermDate } from '../sheets/term-dates';

/**
 * The first day whose returns the overview, the register or a placement's half-term figures look
 * at: the earlier of the missing-returns lookback (ten school days) and the start of the half-term
 * containing today. Older rows matter only while they are open absences.
 */
export function attendanceWindowStart(termDates: readonly TermDate[], today: IsoDate): IsoDate {
  const calendar = schoolCalendar(termDates);
  const lookback = lookbackDays(calendar, today)[0] ?? today;
  const halfTerm = calendar.halfTermContaining(today);
  return halfTerm && halfTerm.start < lookback ? halfTerm.start : lookback;
}
