// Copies and fills one document after another, stopping cleanly before the time limit or at the first failure.
import { updateDocument } from '../../workspace/docs';
import type { DocsRequest } from '../../workspace/docs-requests';
import { copyFile, moveToBin, type CopiedFile } from '../../workspace/drive';
import { copyProblem, failureReason, type FailureReason } from './service-errors';

/**
 * Apps Script stops an execution at 6 minutes (PLATFORM.md); no new document is started after
 * 4.5, which leaves time to record what was made. Date.now() is the execution's clock.
 */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;

/** A document worked out in full before any file exists (plan.ts): its name and its one batch. */
export interface PlannedDocument {
  readonly key: string;
  readonly rowNumber: number;
  readonly name: string;
  readonly requests: readonly DocsRequest[];
}

export interface MadeDocument {
  readonly key: string;
  readonly rowNumber: number;
  readonly link: string;
}

export interface MakeOutcome {
  /** Keys still needing the document, in order: the failed one first, then those not started. */
  readonly remaining: readonly string[];
  readonly stoppedForTime: boolean;
  readonly failure?: {
    readonly key: string;
    readonly problem: string;
    /** A missing permission or the day's quota is said on its own, with its own advice. */
    readonly reason: FailureReason;
    /** The link of an unfilled copy that could not be moved to the bin. */
    readonly leftover?: string;
  };
}

/**
 * Per document, 2 calls whatever the template holds: files.copy (named, filed, link returned) and
 * ONE documents.batchUpdate (deletions and every replacement, applied all or nothing). A document
 * goes into `made` only once both succeed; a copy whose filling failed goes to the bin, so nothing
 * half-made is ever left looking done (DOMAIN.md §6).
 */
export function makeDocuments(
  planned: readonly PlannedDocument[],
  templateId: string,
  folderId: string,
  started: number,
  made: MadeDocument[],
): MakeOutcome {
  for (let i = 0; i < planned.length; i += 1) {
    const doc = planned[i] as PlannedDocument;
    const remaining = () => planned.slice(i).map((p) => p.key);
    if (Date.now() - started > TIME_BUDGET_MS)
      return { remaining: remaining(), stoppedForTime: true };
    let copy: CopiedFile | undefined;
    try {
      copy = copyFile(templateId, doc.name, folderId);
      updateDocument(copy.id, doc.requests);
    } catch (e) {
      const problem = copyProblem(e, { templateId, folderId });
      const failure = { key: doc.key, problem, reason: failureReason(e) };
      const leftover = copy && binOrLink(copy);
      return {
        remaining: remaining(),
        stoppedForTime: false,
        failure: leftover ? { ...failure, leftover } : failure,
      };
    }
    made.push({ key: doc.key, rowNumber: doc.rowNumber, link: copy.link });
  }
  return { remaining: [], stoppedForTime: false };
}

/** Undefined once the unfilled copy is in the bin; its link when even that failed. */
function binOrLink(copy: CopiedFile): string | undefined {
  try {
    moveToBin(copy.id);
    return undefined;
  } catch {
    return copy.link || copy.id;
  }
}
