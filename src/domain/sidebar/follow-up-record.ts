// An absence followed up: who, when and what they found, on that Attendance row only (policy P13).
import type { IsoTimestamp } from '../cells';
import { formatDate } from '../calendar/iso-date';
import type { AttendanceRecord } from '../sheets/attendance';
import type { TableRow } from '../table';
import type { FieldErrors, FollowUpForm } from '../../shared/sidebar-api';

export interface FollowUpCells {
  readonly followedUpBy: string;
  readonly followedUpAt: IsoTimestamp;
  /** Undefined when the note cell is left as it is. */
  readonly followUpNote?: string;
}

export type FollowUpPlan =
  | { readonly ok: true; readonly cells: FollowUpCells }
  | { readonly ok: false; readonly fieldErrors: FieldErrors };

/**
 * Only an Absent row of that placement that nobody has followed up (no Followed up at). A note
 * already typed on the row is kept, with the new one after it.
 */
export function planFollowUp(
  form: FollowUpForm,
  row: TableRow<AttendanceRecord> | undefined,
  now: IsoTimestamp,
): FollowUpPlan {
  const refuse = (message: string): FollowUpPlan => ({ ok: false, fieldErrors: { row: message } });
  const where = `Attendance row ${form.row}`;
  if (!row) return refuse(`${where} is empty.`);
  const { record } = row;
  if (record.placementId !== form.placementId) {
    return refuse(
      `${where} is about ${record.placementId ?? 'no placement'}, not ${form.placementId}.`,
    );
  }
  const moved =
    (form.date !== undefined && record.date !== form.date) ||
    (form.session !== undefined && (record.session ?? '') !== form.session);
  if (moved) {
    const holds = [record.date ? formatDate(record.date) : 'no date', record.session ?? '']
      .join(' ')
      .trim();
    const wanted = [form.date ? formatDate(form.date) : '', form.session ?? ''].join(' ').trim();
    return refuse(
      `${where} now holds ${holds}, not the absence of ${wanted}: the Attendance sheet has changed since the sidebar read it. Choose "Show selected row" or reopen the sidebar, then try again.`,
    );
  }
  if (record.mark !== 'Absent') {
    return refuse(`${where} is marked ${record.mark ?? 'with no Mark'}, not Absent.`);
  }
  if (record.followedUpAt !== undefined) {
    const by = record.followedUpBy ? ` by ${record.followedUpBy}` : '';
    return refuse(
      `${where} (${formatDate(record.date)}) was already followed up${by} at ${record.followedUpAt}.`,
    );
  }
  const note = form.note.trim();
  const before = record.followUpNote?.trim() ?? '';
  const followUpNote = note === '' ? undefined : before === '' ? note : `${before}\n${note}`;
  return {
    ok: true,
    cells: {
      followedUpBy: form.followedUpBy.trim(),
      followedUpAt: now,
      ...(followUpNote !== undefined ? { followUpNote } : {}),
    },
  };
}
