// Sessions the provider never reported and absences nobody followed up (DOMAIN.md §7, policy P13).
import type { IsoDate } from '../cells';
import { formatDate, isIsoDate } from '../calendar/iso-date';
import { sessionsOn, type HalfDay } from '../calendar/sessions';
import type { SchoolCalendar } from '../calendar/school-calendar';
import type { AttendanceRecord } from '../sheets/attendance';
import type { TableRow } from '../table';
import { addressTo, joinReminders } from './addressing';
import {
  reminderDay,
  type PlacementOnDay,
  type ReminderDay,
  type ReminderSnapshot,
} from './reminder-day';
import type { Reminders } from './reminder-item';

/** How many school days back a missing return is still chased; older gaps are the Checks' business. */
export const ATTENDANCE_LOOKBACK_SCHOOL_DAYS = 10;

/** A session is over, and its return due, from this hour: AM after 12, PM after 16. */
export const SESSION_OVER_HOUR: Readonly<Record<HalfDay, number>> = { AM: 12, PM: 16 };

function attendanceKey(date: IsoDate, placementId: string, session: string): string {
  return `${date}|${placementId}|${session}`;
}

/** Every session with an Attendance row, whatever its mark: a row means the provider reported it. */
export function recordedSessions(
  attendance: readonly TableRow<AttendanceRecord>[],
): ReadonlySet<string> {
  const recorded = new Set<string>();
  for (const { record } of attendance) {
    if (isIsoDate(record.date) && record.placementId && record.session) {
      recorded.add(attendanceKey(record.date, record.placementId, record.session));
    }
  }
  return recorded;
}

/** The school days from `first` to `last`, both included. */
export function schoolDaysFrom(calendar: SchoolCalendar, first: IsoDate, last: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d: IsoDate | undefined = first; d !== undefined && d <= last;) {
    if (calendar.isSchoolDay(d)) days.push(d);
    d = calendar.addSchoolDays(d, 1);
  }
  return days;
}

/** The school days whose returns are still chased today: the last ten, today included. */
export function lookbackDays(calendar: SchoolCalendar, today: IsoDate): IsoDate[] {
  const firstDay = calendar.addSchoolDays(today, -(ATTENDANCE_LOOKBACK_SCHOOL_DAYS - 1)) ?? today;
  return schoolDaysFrom(calendar, firstDay, today);
}

export interface MissingSession {
  readonly placement: PlacementOnDay;
  readonly date: IsoDate;
  readonly half: HalfDay;
}

/**
 * The sessions of one placement on `days` that an Active placement expected (from Sessions,
 * between its start and its actual or planned end) and nobody reported; today's only once over.
 */
export function missingSessionsOf(
  p: PlacementOnDay,
  days: readonly IsoDate[],
  today: IsoDate,
  hour: number,
  recorded: ReadonlySet<string>,
): MissingSession[] {
  const { placement, sessions } = p.context;
  const id = placement.placementId;
  if (placement.status !== 'Active' || !id || !isIsoDate(placement.startDate)) return [];
  const end = placement.actualEndDate ?? placement.plannedEndDate;
  const missing: MissingSession[] = [];
  for (const date of days) {
    if (date < placement.startDate || (isIsoDate(end) && date > end)) continue;
    for (const half of sessionsOn(sessions, date)) {
      if (date === today && hour < SESSION_OVER_HOUR[half]) continue;
      if (recorded.has(attendanceKey(date, id, half))) continue;
      missing.push({ placement: p, date, half });
    }
  }
  return missing;
}

/** Every placement's missing returns over the lookback, placement by placement. */
export function missingSessions(day: ReminderDay): MissingSession[] {
  const recorded = recordedSessions(day.snapshot.attendance);
  const days = lookbackDays(day.index.calendar, day.today);
  return day.placements.flatMap((p) => missingSessionsOf(p, days, day.today, day.hour, recorded));
}

/**
 * An expected AP session (from Sessions, on a school day, from the start to the actual or planned
 * end) of an Active placement with no Attendance row for it → pastoral lead and attendance lead.
 */
export function missingAttendance(
  snapshot: ReminderSnapshot,
  today: IsoDate,
  hour: number,
): Reminders {
  const day = reminderDay(snapshot, today, hour);
  const results: Reminders[] = missingSessions(day).map(({ placement: p, date, half }) => {
    const { placement } = p.context;
    const id = placement.placementId ?? p.id;
    const at = placement.provider ?? 'the provider';
    return addressTo(
      snapshot.settings,
      today,
      {
        kind: 'missing attendance',
        keyParts: ['missing-attendance', id, date, half],
        subject: p.subject,
        urgency: 'today',
        whatToDo: `Ask ${at} whether ${id} attended on ${formatDate(date)} ${half} and record it on Attendance.`,
        pastoralLeadEmail: placement.pastoralLeadEmail,
      },
      ['pastoral lead', 'attendance lead'],
    );
  });
  return joinReminders(results);
}

/** An absence nobody has followed up yet (no Followed up at), on or before today (policy P13). */
export function needsFollowUp(record: AttendanceRecord, today: IsoDate): boolean {
  return (
    record.mark === 'Absent' &&
    record.followedUpAt === undefined &&
    isIsoDate(record.date) &&
    record.date <= today &&
    record.placementId !== undefined
  );
}

/**
 * Mark Absent with no Followed up at → the pastoral lead the same day; from the next school day it
 * is urgent and the DSL is told too (policy P13: any absence is followed up by the school).
 */
export function absenceNotFollowedUp(
  snapshot: ReminderSnapshot,
  today: IsoDate,
  hour: number,
): Reminders {
  const day = reminderDay(snapshot, today, hour);
  const { calendar } = day.index;
  const results: Reminders[] = [];
  for (const { rowNumber, record } of snapshot.attendance) {
    const { date, placementId, session } = record;
    if (!needsFollowUp(record, today) || !isIsoDate(date) || !placementId) continue;
    const placement = day.placementById.get(placementId)?.row.record;
    const nextSchoolDay = calendar.addSchoolDays(date, 1);
    const late = nextSchoolDay !== undefined && today >= nextSchoolDay;
    const when = `${formatDate(date)}${session ? ` ${session}` : ''}`;
    results.push(
      addressTo(
        snapshot.settings,
        today,
        {
          kind: 'absence not followed up',
          keyParts: ['absence', placementId, date, session ?? 'day'],
          subject: {
            sheet: 'Attendance',
            rowNumber,
            placementId,
            ...(placement?.provider ? { provider: placement.provider } : {}),
          },
          urgency: late ? 'urgent' : 'today',
          whatToDo: `Find out why ${placementId} was absent on ${when}, then fill in Followed up by and Followed up at on Attendance row ${rowNumber}.`,
          pastoralLeadEmail: placement?.pastoralLeadEmail,
        },
        late ? ['pastoral lead', 'DSL'] : ['pastoral lead'],
      ),
    );
  }
  return joinReminders(results);
}
