// The Attendance sheet: one row per AP session, the record the school's register is built from.
import { choice, date, defineSheet, placementId, text, timestamp, type RecordOf } from '../columns';

export const SESSIONS = ['AM', 'PM'] as const;

export const MARKS = ['Present', 'Late', 'Absent', 'No session'] as const;

/**
 * Every code of the School Attendance (Pupil Registration) (England) Regulations 2024
 * (DOMAIN.md §3.1): staff choose; the add-on suggests B for present and N for an unexplained absence.
 */
export const ATTENDANCE_CODES = [
  '/',
  '\\',
  'L',
  'B',
  'D',
  'K',
  'V',
  'P',
  'W',
  'C1',
  'M',
  'J1',
  'S',
  'C2',
  'C',
  'T',
  'R',
  'I',
  'E',
  'Q',
  'Y1',
  'Y2',
  'Y3',
  'Y4',
  'Y5',
  'Y6',
  'Y7',
  'G',
  'N',
  'O',
  'U',
  'X',
  'Z',
  '#',
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
