// How every sidebar form answers: refused with field errors, or done with the state after the change.
import type { FieldErrors, FormResult } from '../../shared/sidebar-api';
import { appendLog, type LogLine } from '../../workspace/log';
import {
  forgetRequest,
  readRequest,
  recordAnswer,
  recordSteps,
  type Steps,
} from '../../workspace/requests';
import { withDocumentLock } from '../../workspace/session';
import { readSidebarWorkbook, type SidebarRead } from '../../workspace/workbook-for-sidebar';
import { recheckPlacements, recheckReviews } from '../recheck';
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
  before?: SidebarRead,
): FormResult<T> {
  return { ok: true, message, state: stateAfter(read, about, before), value };
}

/** Refusals after which the request stays started, so its repeat resumes rather than starts. */
const PART_WAY = new WeakSet<object>();

/**
 * A failure from Google part-way through is an answer, never an exception (issue 10, item 3): the
 * person is told that what was saved stays saved and that sending the same form again completes it.
 */
function caught<T>(work: () => FormResult<T>): FormResult<T> | Refusal {
  try {
    return work();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return partWay(
      `Google failed part-way through (${why}). Anything already saved stays saved: press the same button again and the add-on finishes the job without saving or sending anything twice.`,
    );
  }
}

/** A refusal after which the same request, sent again, resumes where this attempt stopped. */
export function partWay(message: string): Refusal {
  const answer = refused(message);
  PART_WAY.add(answer);
  return answer;
}

/** One attempt at a request: whether an earlier one stopped part-way, and a way to note steps. */
export interface Attempt {
  /** What an earlier attempt of this same request recorded before it stopped; undefined if none. */
  readonly resumed: Steps | undefined;
  /** Records steps done, so a retry after a failure from here on knows (an email that went). */
  step(steps: Steps): void;
  /**
   * Part of the change could not be made (a Log line, a date after the email went): the answer
   * says so, and the same request sent again does the rest rather than repeating this answer.
   */
  unfinished(): void;
}

const FIRST_TIME: Attempt = {
  resumed: undefined,
  step: () => undefined,
  unfinished: () => undefined,
};

/**
 * Runs a form's work once per request id (issue 10, item 4), holding the document lock so two
 * copies of one request cannot both act. A repeat of a finished request gets the earlier answer
 * with the sheet as it is now; a request that stopped part-way runs again knowing it, and every
 * step of the work finds what the earlier attempt did rather than doing it twice.
 */
export function onceUnderLock<T>(
  requestId: string | undefined,
  work: (attempt: Attempt) => FormResult<T>,
  about?: (value: T) => RowOnSheet | undefined,
): FormResult<T> | Refusal {
  return underLock((): FormResult<T> | Refusal => {
    if (requestId === undefined) return caught(() => work(FIRST_TIME));
    const earlier = readRequest(requestId);
    if (earlier?.state === 'finished') {
      if (!earlier.ok) return refused(earlier.message ?? '');
      const value = earlier.value as T;
      return done(earlier.message ?? '', value, undefined, about?.(value));
    }
    const since = earlier?.at ?? Date.now();
    let steps: Steps = earlier?.steps ?? {};
    let finished = true;
    if (!earlier) recordSteps(requestId, since, steps);
    const result = caught(() =>
      work({
        resumed: earlier ? steps : undefined,
        step: (more) => {
          steps = { ...steps, ...more };
          recordSteps(requestId, since, steps);
        },
        unfinished: () => {
          finished = false;
        },
      }),
    );
    // Asked twice (a passing failure of the properties service); if still not remembered, a
    // repeat finds each change already made, step by step.
    for (let tries = 0; tries < 2; tries += 1) {
      try {
        if (result.ok && finished) recordAnswer(requestId, since, result);
        else if (result.ok) recordSteps(requestId, since, steps);
        else if (!PART_WAY.has(result)) forgetRequest(requestId);
        break;
      } catch {
        // Tried again once.
      }
    }
    return result;
  });
}

/**
 * What follows a write: the sheet read again and the placement's row re-checked, as onEdit would.
 * A failure from here on is said in an ok answer, never thrown: the change is already in the sheet,
 * and a person told "nothing was saved" would save it twice. The answer then shows the sheet as it
 * was read before the change (`before`).
 */
export function reread(
  before: SidebarRead,
  recheckIds: readonly string[] = [],
  attempt?: Attempt,
  /** A Reviews row just written, marked as Validate all would (its blank expected cells). */
  review?: { readonly placementId: string; readonly reviewDate: string },
): { readonly after: SidebarRead; readonly problem?: string } {
  try {
    const after = readSidebarWorkbook();
    let unmarked: string | undefined;
    // Found by Placement ID in this read: rows may have moved since the form's first read.
    const rows = new Set(
      (after.complete?.checks.placements.rows ?? [])
        .filter((r) => r.record.placementId && recheckIds.includes(r.record.placementId))
        .map((r) => r.rowNumber),
    );
    if (rows.size > 0 && after.complete) {
      unmarked = recheckPlacements(after.complete.checks, { rows }).unmarked;
    }
    const reviewRow = review && reviewRowOf(after, review.placementId, review.reviewDate);
    if (reviewRow !== undefined && after.complete) {
      const marked = recheckReviews(after.complete.checks, { rows: new Set([reviewRow]) });
      unmarked = [unmarked, marked.unmarked].filter(Boolean).join(' ') || undefined;
    }
    // The checks are part of the change: the same request sent again writes them.
    if (unmarked) attempt?.unfinished();
    return { after, ...(unmarked && { problem: unmarked }) };
  } catch (e) {
    attempt?.unfinished();
    const why = e instanceof Error ? e.message : String(e);
    return {
      after: before,
      problem: `It is saved, but the add-on could not read the sheet again (${why}): the sidebar shows it as it was. Send the same form again to bring the checks up to date (nothing is saved twice), or choose Validate all.`,
    };
  }
}

/** The Reviews row of a placement's review on a date, found in this read. */
function reviewRowOf(
  read: SidebarRead,
  placementId: string,
  reviewDate: string,
): number | undefined {
  return read.complete?.checks.reviews.rows.find(
    (r) => r.record.placementId === placementId && r.record.reviewDate === reviewDate,
  )?.rowNumber;
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
export function logChange(
  line: LogLine,
  requestId?: string,
  attempt?: Attempt,
): string | undefined {
  try {
    const problem = appendLog(line, requestId);
    if (problem) attempt?.unfinished();
    return problem;
  } catch (e) {
    attempt?.unfinished();
    return `The Log could not be written (${e instanceof Error ? e.message : String(e)}).`;
  }
}
