// "Generate documents": one menu item per document type, for the selected rows, all checked before any file is made.
import { templateProblems } from '../../domain/documents/check';
import type { DefaultTemplate, TemplateKind } from '../../domain/documents/model';
import { planDocument } from '../../domain/documents/plan';
import {
  LA_NOTIFICATION,
  PARENT_CARER_AGREEMENT,
  PERSONALISED_PLAN,
  PROVIDER_AGREEMENT,
  SAFEGUARDING_CONFIRMATION_REQUEST,
} from '../../domain/documents/templates';
import { readDocumentBody } from '../../workspace/docs';
import { fillRequests, type TemplateElement } from '../../workspace/docs-requests';
import {
  documentSettingsOf,
  DOCUMENTS_FOLDER,
  templateSetting,
} from '../../workspace/document-settings';
import { Documents } from '../../domain/sheets/documents';
import { appendRecords } from '../../workspace/document-records';
import {
  clearPendingBatch,
  clearUnlisted,
  readPendingBatch,
  readUnlisted,
  type PendingBatch,
} from '../../workspace/pending-batch';
import { selectedRows } from '../../workspace/selection';
import { withDocumentLock } from '../../workspace/session';
import { tellPerson } from '../../workspace/ui';
import { readWorkbookForChecks, type WorkbookForChecks } from '../../workspace/workbook-for-checks';
import { againAdvice, refusalMessage, runMessage } from './generate-messages';
import {
  makeDocuments,
  type MadeDocument,
  type MakeOutcome,
  type PlannedDocument,
} from './make-documents';
import { recordRun, type Recorded } from './record-run';
import { isPermissionProblem, PERMISSION_ADVICE, serviceProblem } from './service-errors';
import { targetsFromKeys, targetsFromSelection, type DocumentTarget } from './targets';
import { inBinMessage, notConnectedMessage } from './connect-messages';
import { filesToMake, probe } from './school-files';

export const generateParentAgreement = () => generateDocuments(PARENT_CARER_AGREEMENT);
export const generateProviderAgreement = () => generateDocuments(PROVIDER_AGREEMENT);
export const generatePersonalisedPlan = () => generateDocuments(PERSONALISED_PLAN);
export const generateLaNotification = () => generateDocuments(LA_NOTIFICATION);
export const generateSafeguardingRequest = () =>
  generateDocuments(SAFEGUARDING_CONFIRMATION_REQUEST);

/**
 * Holding the document lock: two people generating for the same rows at once would both make a
 * document and split a pending batch between them.
 */
export function generateDocuments(kind: DefaultTemplate): void {
  const started = Date.now();
  const message = withDocumentLock(10_000, () => generate(kind, started));
  tellPerson(
    message ??
      `Someone else is making documents or changing this workbook right now. Wait a minute, then ${againAdvice(kind)}.`,
  );
}

/**
 * Documents an earlier run made but could not list (record-run.ts) go on the Documents sheet now,
 * before anything else is made; appended by link, so never twice. A failure leaves them waiting.
 */
function listUnlisted(workbook: WorkbookForChecks): void {
  try {
    const waiting = readUnlisted();
    if (waiting.length === 0) return;
    const problem = appendRecords(Documents, waiting, workbook.providers.dates, {
      sameBy: ['link'],
    });
    if (!problem) clearUnlisted();
  } catch {
    // Still waiting: the next generation tries again.
  }
}

type Plans =
  | { readonly ok: true; readonly planned: readonly PlannedDocument[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Every document's name and batch, or every reason not to make any (DOMAIN.md §6: "an unknown
 * placeholder or a required value missing stops generation with a list of what to fix").
 */
function planAll(
  kind: TemplateKind,
  elements: readonly TemplateElement[],
  targets: readonly DocumentTarget[],
  workbook: WorkbookForChecks,
): Plans {
  const broken = templateProblems(
    kind,
    elements.map((e) => e.text),
  );
  if (broken.length > 0) return { ok: false, problems: broken.map((p) => p.message) };
  const problems: string[] = [];
  const planned: PlannedDocument[] = [];
  for (const { key, subject, values } of targets) {
    const plan = planDocument(kind, elements, values, subject, workbook.today);
    if (!plan.ok) problems.push(...plan.problems.map((p) => p.message));
    else {
      const requests = fillRequests(plan, elements);
      planned.push({ key, rowNumber: subject.rowNumber, name: plan.name, requests });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, planned };
}

function generate(kind: DefaultTemplate, started: number): string {
  const read = readWorkbookForChecks();
  if (!read.ok) return read.message;
  const { workbook } = read;
  // A batch stopped by the time limit is continued by the next click, that day only.
  const saved = readPendingBatch(kind.name);
  const continuing = saved && saved.day === workbook.today ? saved : undefined;
  if (saved && !continuing) clearPendingBatch(kind.name);
  const targets = continuing
    ? targetsFromKeys(kind, workbook, continuing.subjects)
    : targetsFromSelection(kind, workbook, selectedRows());
  if (!targets.ok) return targets.message;
  const run = generateFor({
    kind,
    workbook,
    targets: targets.targets,
    started,
    continuing,
    keepsBatch: true,
  });
  if (!run.ran) return run.message;
  return runMessage({
    kind,
    made: run.made,
    outcome: run.outcome,
    continuing,
    planned: run.planned,
    gone: targets.gone,
    recorded: run.recorded,
  });
}

export interface Generating {
  readonly kind: DefaultTemplate;
  readonly workbook: WorkbookForChecks;
  readonly targets: readonly DocumentTarget[];
  /** Date.now() when the execution began: no document is started after the time budget. */
  readonly started: number;
  /** The menu's batch this run continues, if any. */
  readonly continuing?: PendingBatch;
  /** Whether what is left (time, a failure) is kept for the menu's next click: not from the sidebar. */
  readonly keepsBatch: boolean;
  /** The sidebar's request: its copies carry its id, and its repeat finds them. */
  readonly request?: { readonly id: string; readonly resumed: boolean };
}

export type Generated =
  | {
      readonly ran: false;
      readonly message: string;
      /** Nothing was made because this person has not connected the school's templates. */
      readonly needsConnection?: true;
    }
  | {
      readonly ran: true;
      readonly made: readonly MadeDocument[];
      readonly outcome: MakeOutcome;
      readonly planned: number;
      readonly recorded: Recorded;
    };

/**
 * Before anything is planned or made: can this person's runs reach the template and the documents
 * folder (drive.file is per user, issue 12)? Two files.get calls; a template a colleague set up is
 * "File not found" until this person connects it. Undefined when both are there.
 */
function reachProblem(
  kind: DefaultTemplate,
  templateId: string,
  folderId: string,
): string | undefined {
  const files = probe(filesToMake(kind, templateId, folderId));
  const missing = files.filter((f) => f.state === 'missing').map((f) => f.label);
  if (missing.length > 0) return notConnectedMessage(missing, againAdvice(kind));
  const binned = files.find((f) => f.state === 'trashed');
  return binned ? inBinMessage(binned.label, againAdvice(kind)) : undefined;
}

/**
 * The one path the menu (selected rows) and the sidebar (one placement or provider by key) share:
 * the template read, every document planned before any file is made, made, then recorded.
 */
export function generateFor(run: Generating): Generated {
  const { kind, workbook } = run;
  listUnlisted(workbook);
  const ids = documentSettingsOf(workbook.settingsTable);
  const templateId = ids.id(templateSetting(kind));
  const folderId = ids.id(DOCUMENTS_FOLDER);
  if (!templateId || !folderId) {
    return {
      ran: false,
      message: `There is no ${kind.name} template on Settings yet. Choose Set up workbook to make the templates, then ${againAdvice(kind)}.`,
    };
  }
  let unreachable: string | undefined;
  try {
    unreachable = reachProblem(kind, templateId, folderId);
  } catch (e) {
    return { ran: false, message: `Nothing was made. ${serviceProblem(e)}` };
  }
  if (unreachable) return { ran: false, message: unreachable, needsConnection: true };
  let elements: TemplateElement[];
  try {
    elements = readDocumentBody(templateId);
  } catch (e) {
    if (isPermissionProblem(e))
      return { ran: false, message: `Nothing was made. ${PERMISSION_ADVICE}` };
    return {
      ran: false,
      message: `The ${kind.name} template (${templateId}) could not be opened (${serviceProblem(e)}). If it was deleted, choose Set up workbook to make a new one, then ${againAdvice(kind)}. Nothing was made.`,
    };
  }
  const plans = planAll(kind, elements, run.targets, workbook);
  if (!plans.ok) return { ran: false, message: refusalMessage(kind, plans.problems) };
  const made: MadeDocument[] = [];
  let outcome: MakeOutcome | undefined;
  let recorded: Recorded;
  try {
    const request = run.request;
    outcome = makeDocuments(plans.planned, templateId, folderId, run.started, made, {
      token: (_doc, i) => (request ? `${request.id}-${i}` : `menu-${run.started}-${i}`),
      resumed: request?.resumed ?? false,
      templateText: elements.map((e) => e.text),
    });
  } finally {
    // Even when making stops on something unexpected, what was made is recorded.
    recorded = recordRun({
      kind,
      workbook,
      made,
      outcome,
      continuing: run.continuing,
      planned: plans.planned.length,
      keepsBatch: run.keepsBatch,
      ...(run.request && { requestId: run.request.id }),
    });
  }
  return { ran: true, made, outcome, planned: plans.planned.length, recorded };
}
