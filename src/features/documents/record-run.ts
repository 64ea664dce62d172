// After a generation, in one go: the Documents rows, the provider's request date, the batch still to do, the Log.
import type { TemplateKind } from '../../domain/documents/model';
import { Documents } from '../../domain/sheets/documents';
import { appendRecords } from '../../workspace/document-records';
import { writeColumnCells } from '../../workspace/row-cells';
import { appendLog } from '../../workspace/log';
import {
  clearPendingBatch,
  savePendingBatch,
  saveUnlisted,
  type PendingBatch,
} from '../../workspace/pending-batch';
import { currentUserEmail } from '../../workspace/session';
import type { WorkbookForChecks } from '../../workspace/workbook-for-checks';
import type { MadeDocument, MakeOutcome } from './make-documents';
import { serviceProblem } from './service-errors';

export interface RunToRecord {
  readonly kind: TemplateKind;
  readonly workbook: WorkbookForChecks;
  readonly made: readonly MadeDocument[];
  /** Undefined when making stopped on something unexpected: the batch is then left as it was. */
  readonly outcome: MakeOutcome | undefined;
  /** The batch this run continued, if any. */
  readonly continuing: PendingBatch | undefined;
  /** Documents this run set out to make. */
  readonly planned: number;
  /** False from the sidebar: one document is asked for, and no batch is left for the menu. */
  readonly keepsBatch?: boolean;
  /** The sidebar's request, so a repeat adds no second Log line. */
  readonly requestId?: string;
}

export interface Recorded {
  /** Whether the rest was saved for the next click. */
  readonly pendingSaved: boolean;
  readonly problems: readonly string[];
}

function attempt(problems: string[], what: string, work: () => string | undefined | void): void {
  try {
    const problem = work();
    if (problem) problems.push(problem);
  } catch (e) {
    problems.push(`${what} (${serviceProblem(e)}).`);
  }
}

/** Each step on its own: one failing never stops the next, and each failure is said. */
export function recordRun(run: RunToRecord): Recorded {
  const { kind, workbook, made, outcome, continuing } = run;
  const problems: string[] = [];
  let user = '';
  for (let tries = 0; tries < 2 && user === ''; tries += 1) {
    try {
      user = currentUserEmail();
      break;
    } catch {
      // Asked once more; then Created by is left blank, as when Google will not say (PLATFORM.md).
    }
  }
  const created = workbook.providers.dates.isoTimestamp(new Date());
  const rows = made.map((doc) => ({
    created,
    subject: doc.key,
    document: kind.name,
    link: doc.link,
    createdBy: user,
  }));
  attempt(
    problems,
    'The documents were made but could not be listed on the Documents sheet',
    () => {
      try {
        // A document is listed once, whichever attempt of a request lists it.
        return appendRecords(Documents, rows, workbook.providers.dates, { sameBy: ['link'] });
      } catch (e) {
        // Kept, so the next document made (from the menu or the sidebar) lists these first.
        if (rows.length > 0 && saveUnlisted(rows)) {
          return `The documents were made but could not be listed on the Documents sheet (${serviceProblem(e)}); they will be listed the next time a document is made.`;
        }
        throw e;
      }
    },
  );
  if (kind.scope === 'provider' && made.length > 0) {
    // Safeguarding confirmation requested is a person's column (DOMAIN.md §4), written here at the
    // person's request: choosing this item is asking the provider for its confirmation today.
    attempt(
      problems,
      'Safeguarding confirmation requested could not be filled in',
      () =>
        writeColumnCells(
          workbook.providers,
          'safeguardingConfirmationRequested',
          new Map(made.map((doc) => [doc.rowNumber, workbook.today])),
        ).said,
    );
  }
  let pendingSaved = false;
  attempt(problems, 'The rest of the batch could not be kept for next time', () => {
    if (!outcome || run.keepsBatch === false) return;
    // A batch is continued the same day only, and the day's quota will not be back before then.
    if (outcome.remaining.length === 0 || outcome.failure?.reason === 'daily limit') {
      if (continuing) clearPendingBatch(kind.name);
      return;
    }
    pendingSaved = savePendingBatch(kind.name, {
      subjects: outcome.remaining,
      total: continuing?.total ?? run.planned,
      made: (continuing?.made ?? 0) + made.length,
      day: workbook.today,
    });
  });
  if (made.length > 0 || outcome?.failure) {
    attempt(problems, 'The Log could not be written', () => appendLog(logLine(run), run.requestId));
  }
  return { pendingSaved, problems };
}

/** IDs (or provider names) only, never a pupil's name (DOMAIN.md §4). */
function logLine({ kind, made, outcome, planned }: RunToRecord) {
  const noun = kind.scope === 'provider' ? 'providers' : 'placements';
  const keys = made.map((doc) => doc.key);
  const subject = keys.length === 1 ? (keys[0] ?? '') : `${keys.length} ${noun}`;
  const failure = outcome?.failure
    ? ` ${outcome.failure.key} failed: ${outcome.failure.problem}`
    : outcome?.stoppedForTime
      ? ' Stopped before the time limit; the rest is kept for the next run.'
      : '';
  return {
    action: `Generate ${kind.name}`,
    subject,
    detail: `Made ${made.length} of ${planned}${keys.length > 0 ? `: ${keys.join(', ')}` : ''}.${failure}`,
  };
}
