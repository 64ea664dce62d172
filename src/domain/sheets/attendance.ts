// The Attendance sheet: one row per AP session, the record the school's register is built from.
import { comparable } from '../cells';
import { choice, date, defineSheet, placementId, text, timestamp, type RecordOf } from '../columns';

export const SESSIONS = ['AM', 'PM'] as const;

export const MARKS = ['Present', 'Late', 'Absent', 'No session'] as const;

/** The groups of DOMAIN.md §3.1's table, in its order. */
/** Present in school (/ and \\ are AM and PM) and late before the register closes. */
const PRESENT_CODES = ['/', '\\', 'L'] as const;
/** Attending an approved off-site activity: B school-arranged AP, D dual registered, K LA-arranged. */
export const OFF_SITE_CODES = ['B', 'D', 'K', 'V', 'P', 'W'] as const;
const AUTHORISED_ABSENCE_CODES = ['C1', 'M', 'J1', 'S', 'C2', 'C', 'T', 'R', 'I', 'E'] as const;
/** Unable to attend: no access arrangements, transport, disruption, closure, detention, … */
const UNABLE_TO_ATTEND_CODES = ['Q', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7'] as const;
const UNAUTHORISED_ABSENCE_CODES = ['G', 'N', 'O', 'U'] as const;
/** Not required, not on roll, planned closure. */
const ADMINISTRATIVE_CODES = ['X', 'Z', '#'] as const;

/** The codes of an absence: authorised, unauthorised, and unable to attend. */
export const ABSENCE_CODES = [
  ...AUTHORISED_ABSENCE_CODES,
  ...UNAUTHORISED_ABSENCE_CODES,
  ...UNABLE_TO_ATTEND_CODES,
] as const;

/**
 * Every code of the School Attendance (Pupil Registration) (England) Regulations 2024
 * (DOMAIN.md §3.1): staff choose; the add-on suggests B for present and N for an unexplained absence.
 */
export const ATTENDANCE_CODES = [
  ...PRESENT_CODES,
  ...OFF_SITE_CODES,
  ...AUTHORISED_ABSENCE_CODES,
  ...UNABLE_TO_ATTEND_CODES,
  ...UNAUTHORISED_ABSENCE_CODES,
  ...ADMINISTRATIVE_CODES,
] as const;

export const Attendance = defineSheet('Attendance', {
  date: date('Date'),
  placementId: placementId('Placement ID'),
  session: choice('Session', SESSIONS),
  mark: choice('Mark', MARKS),
  absenceReason: text('Absence reason'),
  code: choice('Code', ATTENDANCE_CODES),
  reportedBy: text('Reported by'),
  followedUpBy: text('Followed up by'),
  followedUpAt: timestamp('Followed up at'),
  followUpNote: text('Follow-up note'),
});

export type AttendanceRecord = RecordOf<typeof Attendance>;

/**
 * A Mark cell as read, before parsing, that says Absent however typed ('absent ', 'ABSENT'): the
 * word is looked for before the cell is compared, as most rows say Present.
 */
export function isAbsentMark(marked: unknown): boolean {
  return typeof marked === 'string' && /absent/i.test(marked) && comparable(marked) === 'absent';
}
