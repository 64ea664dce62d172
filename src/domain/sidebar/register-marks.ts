// Today's register as Attendance rows: every mark that can be saved, never a duplicate, codes suggested.
import type { IsoDate, IsoTimestamp } from '../cells';
import { formatDate, isIsoDate, weekday } from '../calendar/iso-date';
import { sessionsOn } from '../calendar/sessions';
import { nameKey } from '../rules/context';
import type { PlacementOnDay, ReminderDay } from '../reminders/reminder-day';
import type { AttendanceRecord } from '../sheets/attendance';
import type { TableRow } from '../table';
import type { FieldErrors, RegisterForm } from '../../shared/sidebar-api';
import { attendanceCode } from './forms/schemas';
import { isLocalAuthorityCode, suggestCode } from './suggest-code';

/** An Attendance row to append, by column key. */
export type AttendanceRowToWrite = {
  readonly date: IsoDate;
  readonly placementId: string;
  readonly session: string;
  readonly mark: string;
  readonly absenceReason: string;
  readonly code: string;
  readonly reportedBy: string;
  /** An absence already followed up when the register was taken (P13); '' otherwise. */
  readonly followedUpBy: string;
  readonly followedUpAt: IsoTimestamp | '';
  readonly followUpNote: string;
};

export type RegisterPlan =
  | {
      readonly ok: true;
      readonly rows: readonly AttendanceRowToWrite[];
      /**
       * Said with the result: marks kept as they were or not saved, then what is worth knowing
       * about the marks saved. Nothing here stops the other marks being saved.
       */
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
 * Every mark that can be saved is saved; the rest are said, never saved over or twice. A session
 * already on Attendance (a colleague marked it first) is kept as it was: the register is a record
 * kept for six years (DOMAIN.md §3), so a row is never overwritten or duplicated. A placement that
 * is not on Placements or not Active, or the same session twice in the form, is not saved. Only
 * when nothing can be saved is the register refused, with each mark's error by its field
 * (`marks.N.session`, `marks.N.placementId`). A day to come is refused; a day that is not a school
 * day is saved with a warning (a provider may open on an INSET day). An absence saved with who
 * followed it up is followed up at `now`, so no reminder asks about it again (P13).
 */
export function planRegister(
  form: RegisterForm,
  day: ReminderDay,
  attendance: readonly TableRow<AttendanceRecord>[],
  reportedBy: string,
  now: IsoTimestamp,
): RegisterPlan {
  if (form.date > day.today) {
    return {
      ok: false,
      fieldErrors: {
        date: `${formatDate(form.date)} is still to come: record a register on the day or after it.`,
      },
    };
  }
  const errors: Record<string, string> = {};
  const existing = existingRows(attendance);
  const inForm = new Map<string, number>();
  const rows: AttendanceRowToWrite[] = [];
  const kept: string[] = [];
  const notSaved: string[] = [];
  const warnings = new Set<string>();
  const refuse = (name: string, message: string) => {
    errors[name] = message;
    notSaved.push(message);
  };
  form.marks.forEach((mark, i) => {
    const field = `marks.${i}`;
    const p = day.placementById.get(mark.placementId);
    const status = p?.row.record.status;
    if (!p) {
      refuse(`${field}.placementId`, `${mark.placementId} is not on the Placements sheet.`);
      return;
    }
    if (status !== 'Active') {
      refuse(
        `${field}.placementId`,
        `${mark.placementId} is ${status ?? 'without a Status'}: the register is for Active placements.`,
      );
      return;
    }
    const k = key(form.date, mark.placementId, mark.session);
    const row = existing.get(k);
    if (row !== undefined) {
      errors[`${field}.session`] =
        `${mark.placementId} already has ${mark.session === 'AM' ? 'an' : 'a'} ${mark.session} mark for ${formatDate(form.date)} on Attendance row ${row}; it is kept (change it on the sheet if it is wrong).`;
      kept.push(`${mark.placementId} ${mark.session} (Attendance row ${row})`);
      return;
    }
    const twice = inForm.get(k);
    if (twice !== undefined) {
      refuse(
        `${field}.session`,
        `${mark.placementId} ${mark.session} is in this register twice (also mark ${twice + 1}).`,
      );
      return;
    }
    inForm.set(k, i);
    markWarnings(p, form.date, mark.session).forEach((w) => warnings.add(w));
    const placementCode = p.row.record.attendanceCode ?? '';
    const given = attendanceCode(mark.code) ?? '';
    if (!given && mark.mark !== 'Absent' && isLocalAuthorityCode(placementCode)) {
      warnings.add(
        `${mark.placementId} has Attendance code K, which is for provision the local authority arranges, not the school: its marks are saved as B (correct the code on Placements).`,
      );
    }
    // The form's check allows a follow-up only on an absence, and a note only with who.
    const followedUpBy = mark.mark === 'Absent' ? (mark.followedUpBy?.trim() ?? '') : '';
    rows.push({
      followedUpBy,
      followedUpAt: followedUpBy === '' ? '' : now,
      followUpNote: followedUpBy === '' ? '' : (mark.followUpNote?.trim() ?? ''),
      date: form.date,
      placementId: mark.placementId,
      session: mark.session,
      mark: mark.mark,
      absenceReason: mark.absenceReason.trim(),
      code: given || suggestCode(mark.mark, mark.absenceReason, placementCode),
      reportedBy,
    });
  });
  if (rows.length === 0) return { ok: false, fieldErrors: errors };
  if (!day.index.calendar.isSchoolDay(form.date)) {
    warnings.add(`${formatDate(form.date)} is not a school day on Term dates.`);
  }
  const said = [
    ...(kept.length > 0
      ? [
          `Already recorded by someone else, kept as it was: ${kept.join(', ')}; change it on Attendance if it is wrong.`,
        ]
      : []),
    ...notSaved.map((why) => `Not saved: ${why}`),
    ...warnings,
  ];
  return { ok: true, rows, warnings: said };
}
