// A placement's attendance at its provider this half-term, by the rules the reminders chase it with.
import type { IsoDate } from '../cells';
import { isIsoDate } from '../calendar/iso-date';
import { missingSessionsOf, needsFollowUp, schoolDaysFrom } from '../reminders/attendance';
import type { PlacementOnDay } from '../reminders/reminder-day';
import type { AbsenceEntry, PlacementView } from '../../shared/sidebar-api';
import type { SidebarDay } from './sidebar-day';

/** Present and Late attend, Absent does not, No session is not counted (as the Monday summary). */
function attends(mark: string | undefined): boolean {
  return mark === 'Present' || mark === 'Late';
}

/** One decimal place, like the Monday summary's figure; null with nothing marked. */
export function attendancePercent(attended: number, marked: number): number | null {
  return marked === 0 ? null : Math.round((attended / marked) * 1000) / 10;
}

/**
 * This half-term is the calendar's half-term containing today (in a holiday, the one after it, so
 * nothing is counted yet). Sessions missing are expected sessions up to now with no Attendance row
 * (missingSessionsOf: Active placements only, today's sessions once over). Absences not followed
 * up are every one still open, whenever it was, oldest first: P13 leaves none behind.
 */
export function halfTermAttendance(sd: SidebarDay, p: PlacementOnDay): PlacementView['attendance'] {
  const { today, hour, index } = sd.day;
  const id = p.row.record.placementId;
  const rows = id === undefined ? [] : (sd.attendanceByPlacement.get(id) ?? []);
  const halfTerm = index.calendar.halfTermContaining(today);
  const inHalfTerm = (date: IsoDate | undefined): boolean =>
    halfTerm !== undefined && isIsoDate(date) && date >= halfTerm.start && date <= today;
  let marked = 0;
  let attended = 0;
  for (const { record } of rows) {
    if (!inHalfTerm(record.date)) continue;
    if (attends(record.mark)) attended += 1;
    if (attends(record.mark) || record.mark === 'Absent') marked += 1;
  }
  const days =
    halfTerm && halfTerm.start <= today
      ? schoolDaysFrom(index.calendar, halfTerm.start, today)
      : [];
  const absences: AbsenceEntry[] = rows
    .filter(({ record }) => needsFollowUp(record, today))
    .map(({ rowNumber, record }) => ({
      row: rowNumber,
      date: record.date ?? '',
      session: record.session ?? '',
      reason: record.absenceReason ?? '',
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
  return {
    marked,
    attended,
    percent: attendancePercent(attended, marked),
    sessionsMissing: missingSessionsOf(p, days, today, hour, sd.recorded).length,
    absencesNotFollowedUp: absences,
  };
}
