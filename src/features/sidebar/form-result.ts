// How every sidebar form answers: refused with field errors, or done with the state after the change.
import type { FieldErrors, FormResult } from '../../shared/sidebar-api';
import { appendLog, type LogLine } from '../../workspace/log';
import { withDocumentLock } from '../../workspace/session';
import { readSidebarWorkbook, type SidebarRead } from '../../workspace/workbook-for-sidebar';
import { recheckPlacements } from '../recheck';
import type { RowOnSheet } from '../../domain/sidebar/selection';
import { stateAfter } from './state';

/** How long a form waits for a colleague's run (a reminder run, documents) to let go. */
const LOCK_WAIT_MS = 10_000;

export const BUSY =
  'Someone else is changing this workbook right now (or the hourly reminders are running). Nothing was saved: wait a minute, then try again.';

export const NOT_SET_UP =
  'The workbook is not set up yet: choose Extensions > AP Placements > Set up workbook, then try again.';

/** A form refused: fits every FormResult, whatever its value. */
export type Refusal = Extract<FormResult, { readonly ok: false }>;

export function refused(message: string, fieldErrors: FieldErrors = {}): Refusal {
  return { ok: false, message, fieldErrors };
}

/** A form that did not pass its checks: each field says what is wrong. */
export function invalid(fieldErrors: FieldErrors): Refusal {
  const count = Object.keys(fieldErrors).length;
  const first = Object.values(fieldErrors)[0] ?? '';
  return refused(
    count === 1
      ? `Nothing was saved: ${first}`
      : `Nothing was saved: ${count} things need correcting (each is shown by its field).`,
    fieldErrors,
  );
}

/**
 * Done: the message, the value, and the whole state read after the change (or from `read`),
 * showing the placement the form was about (`about`) rather than whatever is selected now.
 */
export function done<T>(
  message: string,
  value: T,
  read?: SidebarRead,
  about?: RowOnSheet,
): FormResult<T> {
  return { ok: true, message, state: stateAfter(read, about), value };
}

/**
 * What follows a write: the sheet read again and the placement's row re-checked, as onEdit would.
 * A failure from here on is said in an ok answer, never thrown: the change is already in the sheet,
 * and a person told "nothing was saved" would save it twice. The answer then shows the sheet as it
 * was read before the change (`before`).
 */
export function reread(
  before: SidebarRead,
  recheckRows: readonly number[] = [],
): { readonly after: SidebarRead; readonly problem?: string } {
  try {
    const after = readSidebarWorkbook();
    if (recheckRows.length > 0 && after.complete) {
      recheckPlacements(after.complete.checks, { rows: new Set(recheckRows) });
    }
    return { after };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      after: before,
      problem: `It is saved, but the add-on could not read the sheet again (${why}): the sidebar shows it as it was, so check the sheet and do not save this again.`,
    };
  }
}

/**
 * The work holding the document lock, so two people saving at once cannot both append the same
 * marks, and a reminder run never reads half a change. Busy is said, never waited out for long.
 */
export function underLock<T>(work: () => T): T | Refusal {
  return withDocumentLock(LOCK_WAIT_MS, work) ?? refused(BUSY);
}

/**
 * The Log line of a change already made. A Log that cannot be written is said in the message,
 * never thrown: the change is in the sheet, and a retry would be refused as a duplicate.
 */
export function logChange(line: LogLine): string | undefined {
  try {
    return appendLog(line);
  } catch (e) {
    return `The Log could not be written (${e instanceof Error ? e.message : String(e)}).`;
  }
}
