// Saving today's register from the sidebar: Attendance rows appended in one write, never one replaced.
import { formatDate } from '../../domain/calendar/iso-date';
import { parseForm } from '../../domain/sidebar/forms/fields';
import { registerForm } from '../../domain/sidebar/forms/schemas';
import { counted } from '../../domain/sidebar/labels';
import { planRegister } from '../../domain/sidebar/register-marks';
import { Attendance } from '../../domain/sheets/attendance';
import type { FormResult } from '../../shared/sidebar-api';
import { appendRecords } from '../../workspace/document-records';
import { currentUserEmail } from '../../workspace/session';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { done, invalid, logChange, NOT_SET_UP, onceUnderLock, refused } from './form-result';
import { dayOf } from './state';

/** The Log names the placements, never the pupils, and only this many of them. */
const IDS_LOGGED = 50;

/**
 * Appends every mark it can (Sheet.appendRow: a colleague's row added meanwhile is never written
 * over). A repeat of the same request after a failure finds the marks the earlier attempt saved
 * (its own, reported by this person) and saves only the rest.
 */
export function recordRegister(form: unknown): FormResult {
  const parsed = parseForm(registerForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const register = parsed.value;
  return onceUnderLock(register.requestId, (attempt): FormResult => {
    const read = readSidebarWorkbook();
    const book = read.complete;
    if (!book) return refused(NOT_SET_UP);
    const sd = dayOf(book, read.now);
    const me = currentUserEmail();
    const mine = new Set(register.marks.map((m) => `${m.placementId}|${m.session}|${m.mark}`));
    // Marks an earlier attempt of this request saved are its own, not a colleague's to keep.
    const rows = attempt.resumed
      ? book.attendance.rows.filter(
          ({ record: r }) =>
            !(
              r.date === register.date &&
              r.reportedBy === me &&
              mine.has(`${r.placementId}|${r.session}|${r.mark}`)
            ),
        )
      : book.attendance.rows;
    const plan = planRegister(register, sd.day, rows, me, read.now);
    if (!plan.ok) return invalid(plan.fieldErrors);
    const problem = appendRecords(Attendance, plan.rows, read.workbook.dates);
    if (problem) return refused(problem);
    const ids = [...new Set(plan.rows.map((row) => row.placementId))];
    const logProblem = logChange(
      {
        action: 'Register',
        subject: ids.length === 1 ? (ids[0] ?? '') : counted(ids.length, 'placement'),
        detail: `${counted(plan.rows.length, 'mark')} for ${register.date}: ${ids.slice(0, IDS_LOGGED).join(', ')}${ids.length > IDS_LOGGED ? ' …' : ''}`,
      },
      register.requestId,
      attempt,
    );
    const followed = plan.rows.filter((row) => row.followedUpBy !== '').length;
    const said = [
      `Saved ${counted(plan.rows.length, 'mark')} for ${formatDate(register.date)}.`,
      followed > 0 ? `${counted(followed, 'absence')} recorded as followed up.` : '',
      ...plan.warnings,
      logProblem,
    ];
    return done(said.filter(Boolean).join(' '), null, undefined, undefined, read);
  });
}
