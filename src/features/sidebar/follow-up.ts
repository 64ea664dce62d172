// Following up an absence from the sidebar: Followed up by, at and note on that Attendance row only.
import { planFollowUp } from '../../domain/sidebar/follow-up-record';
import { parseForm } from '../../domain/sidebar/forms/fields';
import { followUpForm } from '../../domain/sidebar/forms/schemas';
import type { FormResult } from '../../shared/sidebar-api';
import { writeRowCells } from '../../workspace/row-cells';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { done, invalid, logChange, NOT_SET_UP, refused, underLock } from './form-result';

export function recordFollowUp(form: unknown): FormResult {
  const parsed = parseForm(followUpForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const followUp = parsed.value;
  return underLock((): FormResult => {
    const read = readSidebarWorkbook();
    const book = read.complete;
    if (!book) return refused(NOT_SET_UP);
    const row = book.attendance.rows.find((r) => r.rowNumber === followUp.row);
    const plan = planFollowUp(followUp, row, read.now);
    if (!plan.ok) return invalid(plan.fieldErrors);
    writeRowCells(book.attendance, followUp.row, plan.cells);
    const logProblem = logChange({
      action: 'Absence followed up',
      subject: followUp.placementId,
      detail: `Attendance row ${followUp.row}`,
    });
    const said = `Recorded the follow-up of ${followUp.placementId}'s absence (Attendance row ${followUp.row}): it leaves the reminders.`;
    return done([said, logProblem].filter(Boolean).join(' '), null, undefined, {
      sheetName: 'Attendance',
      row: followUp.row,
    });
  });
}
