// Copies and fills one document after another, stopping cleanly before the time limit or at the first failure.
import { readDocumentBody, updateDocument } from '../../workspace/docs';
import type { DocsRequest } from '../../workspace/docs-requests';
import {
  copyFile,
  fileState,
  findCopy,
  isFileNotFound,
  moveToBin,
  type CopiedFile,
} from '../../workspace/drive';
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
  /** Made in the person's My Drive: Google would not file it in the connected folder [open]. */
  readonly inMyDrive?: true;
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

/** How a run labels its copies, and whether an earlier attempt of it may have made some. */
export interface MakeOptions {
  /** The label each copy carries (appProperties), to find it again after a lost reply. */
  readonly token: (doc: PlannedDocument, index: number) => string;
  /** An earlier attempt of this same request stopped part-way: look for its copies first. */
  readonly resumed: boolean;
  /** The template's text, element by element, to tell a filled copy from an unfilled one. */
  readonly templateText: readonly string[];
}

/**
 * Per document, 2 calls whatever the template holds: files.copy (named, filed, labelled, link
 * returned) and ONE documents.batchUpdate (deletions and every replacement, applied all or
 * nothing). A document goes into `made` only once both succeed; a copy whose filling failed goes
 * to the bin, so nothing half-made is ever left looking done (DOMAIN.md §6). A call whose reply
 * was lost after Drive or Docs did the work is found out (the copy by its label, the filling by
 * reading the copy) rather than reported as not done or done twice.
 */
export function makeDocuments(
  planned: readonly PlannedDocument[],
  templateId: string,
  folderId: string,
  started: number,
  made: MadeDocument[],
  options: MakeOptions,
): MakeOutcome {
  for (let i = 0; i < planned.length; i += 1) {
    const doc = planned[i] as PlannedDocument;
    const remaining = () => planned.slice(i).map((p) => p.key);
    if (Date.now() - started > TIME_BUDGET_MS)
      return { remaining: remaining(), stoppedForTime: true };
    const token = options.token(doc, i);
    let copy: Copy | undefined;
    try {
      const earlier = options.resumed ? findCopy(token) : undefined;
      copy = earlier ?? copyOrFind(templateId, doc.name, folderId, token);
      if (!earlier || !isFilled(copy.id, doc, options.templateText)) fill(copy.id, doc, options);
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
    made.push({
      key: doc.key,
      rowNumber: doc.rowNumber,
      link: copy.link,
      ...(copy.inMyDrive && { inMyDrive: true }),
    });
  }
  return { remaining: [], stoppedForTime: false };
}

type Copy = CopiedFile & { readonly inMyDrive?: true };

/**
 * The copy; if Drive answered with an error, the copy it may have made anyway. A folder the
 * person connected (picked) is expected to take new files under drive.file; if Drive refuses it
 * while it is reachable [open], the copy goes to the person's My Drive and the message says so,
 * rather than nothing being made (README "To confirm on a real account").
 */
function copyOrFind(templateId: string, name: string, folderId: string, token: string): Copy {
  try {
    return copyFile(templateId, name, folderId, token);
  } catch (e) {
    const found = lookUp(token);
    if (found) return found;
    if (!refusedAsParent(e, folderId)) throw e;
    return { ...copyFile(templateId, name, 'root', token), inMyDrive: true };
  }
}

/** Drive named the folder "not found", yet this person's runs can reach it. */
function refusedAsParent(error: unknown, folderId: string): boolean {
  if (!isFileNotFound(error) || !(error as Error).message.includes(folderId)) return false;
  try {
    return fileState(folderId) === 'present';
  } catch {
    return false;
  }
}

function lookUp(token: string): CopiedFile | undefined {
  try {
    return findCopy(token);
  } catch {
    return undefined;
  }
}

/** Fills the copy; if Docs answered with an error, checks whether the filling was applied anyway. */
function fill(id: string, doc: PlannedDocument, options: MakeOptions): void {
  try {
    updateDocument(id, doc.requests);
  } catch (e) {
    let filled = false;
    try {
      filled = isFilled(id, doc, options.templateText);
    } catch {
      // Unknown: treated as not filled, so the copy goes to the bin and the document is made again.
    }
    if (!filled) throw e;
  }
}

/** A copy whose text is no longer the template's has had its one batch applied (all or nothing). */
function isFilled(id: string, doc: PlannedDocument, templateText: readonly string[]): boolean {
  if (doc.requests.length === 0) return true;
  const text = readDocumentBody(id).map((element) => element.text);
  return text.length !== templateText.length || text.some((t, i) => t !== templateText[i]);
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
