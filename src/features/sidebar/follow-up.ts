// Following up an absence from the sidebar: Followed up by, at and note on that Attendance row only.
import { formatDate } from '../../domain/calendar/iso-date';
import { planFollowUp } from '../../domain/sidebar/follow-up-record';
import { parseForm } from '../../domain/sidebar/forms/fields';
import { followUpForm } from '../../domain/sidebar/forms/schemas';
import type { AttendanceRecord } from '../../domain/sheets/attendance';
import type { TableRow } from '../../domain/table';
import type { FollowUpForm, FormResult } from '../../shared/sidebar-api';
import { writeRowCells } from '../../workspace/row-cells';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { done, invalid, logChange, NOT_SET_UP, onceUnderLock, refused } from './form-result';

/**
 * The absence the sidebar showed: by its placement, day and session when the form names them (the
 * row may have moved since, a colleague sorting Attendance), else the row it names.
 */
function absenceRow(
  rows: readonly TableRow<AttendanceRecord>[],
  form: FollowUpForm,
): TableRow<AttendanceRecord> | undefined {
  const byKey =
    form.date !== undefined && form.session !== undefined
      ? rows.find(
          (r) =>
            r.record.placementId === form.placementId &&
            r.record.date === form.date &&
            (r.record.session ?? '') === form.session,
        )
      : undefined;
  return byKey ?? rows.find((r) => r.rowNumber === form.row);
}

export function recordFollowUp(form: unknown): FormResult {
  const parsed = parseForm(followUpForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const followUp = parsed.value;
  return onceUnderLock(followUp.requestId, (attempt): FormResult => {
    const read = readSidebarWorkbook();
    const book = read.complete;
    if (!book) return refused(NOT_SET_UP);
    const row = absenceRow(book.attendance.rows, followUp);
    const at = row?.rowNumber ?? followUp.row;
    const about = { sheetName: 'Attendance', row: at };
    // An earlier attempt of this request that wrote the follow-up and stopped: finish it.
    const ours =
      attempt.resumed !== undefined &&
      row?.record.followedUpAt !== undefined &&
      row.record.followedUpBy === followUp.followedUpBy.trim();
    const said: string[] = [];
    if (!ours) {
      const plan = planFollowUp({ ...followUp, row: at }, row, read.now);
      if (!plan.ok) return invalid(plan.fieldErrors);
      const write = writeRowCells(book.attendance, at, plan.cells);
      if (!write.written) {
        return refused(`Nothing was saved. ${write.said ?? ''} Look at the sheet, then try again.`);
      }
      if (write.said) said.push(write.said);
    }
    const logProblem = logChange(
      {
        action: 'Absence followed up',
        subject: followUp.placementId,
        detail:
          `Absence of ${row?.record.date ?? followUp.date ?? ''} ${row?.record.session ?? ''}`.trim(),
      },
      followUp.requestId,
      attempt,
    );
    const day = row?.record.date ?? followUp.date;
    const when = [day ? formatDate(day) : '', row?.record.session ?? followUp.session ?? '']
      .join(' ')
      .trim();
    const headline = `Recorded the follow-up of ${followUp.placementId}'s absence${when ? ` on ${when}` : ''}: it leaves the reminders.`;
    return done(
      [headline, ...said, logProblem].filter(Boolean).join(' '),
      null,
      undefined,
      about,
      read,
    );
  });
}
