// Today's register as Attendance rows: refused where a mark would duplicate one, codes suggested.
import type { IsoDate } from '../cells';
import { formatDate, isIsoDate, weekday } from '../calendar/iso-date';
import { sessionsOn } from '../calendar/sessions';
import { nameKey } from '../rules/context';
import type { PlacementOnDay, ReminderDay } from '../reminders/reminder-day';
import type { AttendanceRecord } from '../sheets/attendance';
import type { TableRow } from '../table';
import type { FieldErrors, RegisterForm } from '../../shared/sidebar-api';
import { attendanceCode } from './forms/schemas';
import { presentCode } from './register';
import { suggestCode } from './suggest-code';

/** An Attendance row to append, by column key. */
export type AttendanceRowToWrite = {
  readonly date: IsoDate;
  readonly placementId: string;
  readonly session: string;
  readonly mark: string;
  readonly absenceReason: string;
  readonly code: string;
  readonly reportedBy: string;
};

export type RegisterPlan =
  | {
      readonly ok: true;
      readonly rows: readonly AttendanceRowToWrite[];
      /** Said with the result; nothing here stops the marks being saved. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly fieldErrors: FieldErrors };

function key(date: string, id: string, session: string): string {
  return `${date}|${nameKey(id) ?? ''}|${session}`;
}

/** The Attendance row already holding each session, for "it is kept" messages. */
function existingRows(attendance: readonly TableRow<AttendanceRecord>[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (const { rowNumber, record } of attendance) {
    if (!isIsoDate(record.date) || !record.placementId || !record.session) continue;
    const k = key(record.date, record.placementId, record.session);
    if (!rows.has(k)) rows.set(k, rowNumber);
  }
  return rows;
}

const WEEKDAYS = [
  'Sundays',
  'Mondays',
  'Tuesdays',
  'Wednesdays',
  'Thursdays',
  'Fridays',
  'Saturdays',
];

function weekdayName(date: IsoDate): string {
  return WEEKDAYS[weekday(date) ?? 0] ?? 'that day';
}

/** What is worth saying about a mark that is saved anyway: outside its dates or its timetable. */
function markWarnings(p: PlacementOnDay, date: IsoDate, session: string): string[] {
  const { placement, sessions } = p.context;
  const id = placement.placementId ?? p.id;
  const end = placement.actualEndDate;
  const planned = placement.plannedEndDate;
  if (isIsoDate(placement.startDate) && date < placement.startDate) {
    return [`${id} starts on ${formatDate(placement.startDate)}, after this date.`];
  }
  if (isIsoDate(end) && date > end) return [`${id} ended on ${formatDate(end)}, before this date.`];
  const late =
    !isIsoDate(end) && isIsoDate(planned) && date > planned
      ? [
          `${id} was planned to end on ${formatDate(planned)} and is still Active: extend its Planned end date or end it.`,
        ]
      : [];
  const expected = sessionsOn(sessions, date) as string[];
  return expected.includes(session)
    ? late
    : [...late, `${id} has no ${session} session on ${weekdayName(date)} by its Sessions.`];
}

/**
 * Every mark is checked before any is written: a placement that is not on Placements or not
 * Active, a session already on Attendance (never overwritten: the register is a record kept for
 * six years, DOMAIN.md §3), or the same session twice in the form refuses the whole register, so
 * staff fix it and save once. A day to come is refused; a day that is not a school day is saved
 * with a warning (a provider may open on an INSET day).
 */
export function planRegister(
  form: RegisterForm,
  day: ReminderDay,
  attendance: readonly TableRow<AttendanceRecord>[],
  reportedBy: string,
): RegisterPlan {
  const errors: Record<string, string> = {};
  if (form.date > day.today) {
    errors.date = `${formatDate(form.date)} is still to come: record a register on the day or after it.`;
  }
  const existing = existingRows(attendance);
  const inForm = new Map<string, number>();
  const rows: AttendanceRowToWrite[] = [];
  const warnings = new Set<string>();
  form.marks.forEach((mark, i) => {
    const field = `marks.${i}`;
    const p = day.placementById.get(mark.placementId);
    const status = p?.row.record.status;
    if (!p) {
      errors[`${field}.placementId`] = `${mark.placementId} is not on the Placements sheet.`;
      return;
    }
    if (status !== 'Active') {
      errors[`${field}.placementId`] =
        `${mark.placementId} is ${status ?? 'without a Status'}: the register is for Active placements.`;
      return;
    }
    const k = key(form.date, mark.placementId, mark.session);
    const row = existing.get(k);
    if (row !== undefined) {
      errors[`${field}.session`] =
        `${mark.placementId} already has ${mark.session === 'AM' ? 'an' : 'a'} ${mark.session} mark for ${formatDate(form.date)} on Attendance row ${row}; it is kept (change it on the sheet if it is wrong).`;
      return;
    }
    const twice = inForm.get(k);
    if (twice !== undefined) {
      errors[`${field}.session`] =
        `${mark.placementId} ${mark.session} is in this register twice (also mark ${twice + 1}).`;
      return;
    }
    inForm.set(k, i);
    markWarnings(p, form.date, mark.session).forEach((w) => warnings.add(w));
    const given = attendanceCode(mark.code) ?? '';
    rows.push({
      date: form.date,
      placementId: mark.placementId,
      session: mark.session,
      mark: mark.mark,
      absenceReason: mark.absenceReason.trim(),
      code: given || suggestCode(mark.mark, mark.absenceReason, presentCode(p.row.record)),
      reportedBy,
    });
  });
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  if (!day.index.calendar.isSchoolDay(form.date)) {
    warnings.add(`${formatDate(form.date)} is not a school day on Term dates.`);
  }
  return { ok: true, rows, warnings: [...warnings] };
}
