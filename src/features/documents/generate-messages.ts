// The one message a generation ends with: what was made (with links), what stopped it, what is still needed.
import { DOCUMENTS_FOLDER_NAME } from './template-files';
import type { TemplateKind } from '../../domain/documents/model';
import type { PendingBatch } from '../../workspace/pending-batch';
import type { MadeDocument, MakeOutcome } from './make-documents';
import type { Recorded } from './record-run';

// An alert is read, not scrolled: beyond these the Documents sheet has the full list.
const MOST_LINKS = 10;
const MOST_PROBLEMS = 40;
const MOST_KEYS = 50;

function documents(kind: TemplateKind, count: number): string {
  return `${count} ${kind.name}${count === 1 ? '' : 's'}`;
}

function listed(keys: readonly string[], most = MOST_KEYS): string {
  const shown = keys.slice(0, most).join(', ');
  return keys.length > most ? `${shown} and ${keys.length - most} more` : shown;
}

export function againAdvice(kind: TemplateKind): string {
  return `choose Generate documents > ${kind.name} again`;
}

/** Nothing was made: every problem at once, so one round of fixes is enough. */
export function refusalMessage(kind: TemplateKind, problems: readonly string[]): string {
  const shown = problems.slice(0, MOST_PROBLEMS).map((p) => `• ${p}`);
  if (problems.length > MOST_PROBLEMS) {
    shown.push(`… and ${problems.length - MOST_PROBLEMS} more like these.`);
  }
  return [
    `No ${kind.name} was made. Fix ${problems.length === 1 ? 'this' : 'these'}, then ${againAdvice(kind)}:`,
    ...shown,
  ].join('\n');
}

export interface RunSummary {
  readonly kind: TemplateKind;
  readonly made: readonly MadeDocument[];
  readonly outcome: MakeOutcome;
  readonly continuing: PendingBatch | undefined;
  readonly planned: number;
  readonly gone: readonly string[];
  readonly recorded: Recorded;
}

function headline({ kind, made, outcome, continuing, planned, recorded }: RunSummary): string {
  const total = continuing?.total ?? planned;
  const doneSoFar = (continuing?.made ?? 0) + made.length;
  const next = recorded.pendingSaved
    ? `${againAdvice(kind)} today to make`
    : `select those rows and ${againAdvice(kind)} to make`;
  if (outcome.failure) {
    const { key, problem, reason } = outcome.failure;
    const still = `still needed: ${listed(outcome.remaining)}`;
    if (reason === 'daily limit') {
      return `Made ${doneSoFar} of ${documents(kind, total)}: Google's limit on new documents for one day is reached (${problem}). ${capital(still)}. Select those rows and ${againAdvice(kind)} tomorrow.`;
    }
    const failed =
      reason === 'permission'
        ? `${problem} ${capital(still)}.`
        : `${key} failed (${problem}); ${still}.`;
    return `Made ${doneSoFar} of ${documents(kind, total)}. ${failed} ${capital(next)} them.`;
  }
  if (outcome.stoppedForTime) {
    const left = outcome.remaining.length;
    return `Made ${doneSoFar} of ${documents(kind, total)} before Google's time limit for one run; ${next} the other ${left}.`;
  }
  if (continuing) {
    return `Made the last ${made.length} of the batch started earlier: all ${documents(kind, total)} are done.`;
  }
  return `Made ${documents(kind, made.length)}.`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Headline, then each document's link (capped), then anything that could not be recorded. */
export function runMessage(summary: RunSummary): string {
  const { made, outcome, gone, recorded } = summary;
  const lines = [headline(summary)];
  if (outcome.failure?.leftover) {
    lines.push(
      `An unfilled copy for ${outcome.failure.key} could not be moved to the bin: delete it (${outcome.failure.leftover}).`,
    );
  }
  if (gone.length > 0) {
    lines.push(`No longer on the sheet, so skipped: ${listed(gone)}.`);
  }
  if (made.length > 0) {
    lines.push(...made.slice(0, MOST_LINKS).map((doc) => `${doc.key}: ${doc.link}`));
    if (made.length > MOST_LINKS) {
      lines.push(`… and ${made.length - MOST_LINKS} more: the Documents sheet lists every link.`);
    }
  }
  const mine = made.filter((doc) => doc.inMyDrive).map((doc) => doc.key);
  if (mine.length > 0) lines.push(inMyDriveNote(mine));
  lines.push(...recorded.problems);
  return lines.join('\n');
}

/** Where a document went when Google would not file it in the school's folder (make-documents.ts). */
export function inMyDriveNote(keys: readonly string[]): string {
  const what =
    keys.length === 1
      ? `The document for ${keys[0] ?? ''} is`
      : `The documents for ${listed(keys)} are`;
  return `${what} in your own My Drive, not in the "${DOCUMENTS_FOLDER_NAME}" folder: Google would not let the add-on file ${keys.length === 1 ? 'it' : 'them'} there for you. Move ${keys.length === 1 ? 'it' : 'them'} into that folder so colleagues can open ${keys.length === 1 ? 'it' : 'them'}; the Documents sheet links ${keys.length === 1 ? 'it' : 'them'} either way.`;
}
