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
import { done, invalid, logChange, NOT_SET_UP, refused, underLock } from './form-result';
import { dayOf } from './state';

/** The Log names the placements, never the pupils, and only this many of them. */
const IDS_LOGGED = 50;

export function recordRegister(form: unknown): FormResult {
  const parsed = parseForm(registerForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const register = parsed.value;
  return underLock((): FormResult => {
    const read = readSidebarWorkbook();
    const book = read.complete;
    if (!book) return refused(NOT_SET_UP);
    const sd = dayOf(book, read.now);
    const plan = planRegister(register, sd.day, book.attendance.rows, currentUserEmail());
    if (!plan.ok) return invalid(plan.fieldErrors);
    const problem = appendRecords(Attendance, plan.rows, read.workbook.dates);
    if (problem) return refused(problem);
    const ids = [...new Set(plan.rows.map((row) => row.placementId))];
    const logProblem = logChange({
      action: 'Register',
      subject: ids.length === 1 ? (ids[0] ?? '') : counted(ids.length, 'placement'),
      detail: `${counted(plan.rows.length, 'mark')} for ${register.date}: ${ids.slice(0, IDS_LOGGED).join(', ')}${ids.length > IDS_LOGGED ? ' …' : ''}`,
    });
    const said = [
      `Saved ${counted(plan.rows.length, 'mark')} for ${formatDate(register.date)}.`,
      ...plan.warnings,
      logProblem,
    ];
    return done(said.filter(Boolean).join(' '), null);
  });
}
