// "Set up workbook": creates or repairs every sheet of DOMAIN.md §4 and the document templates, in one message.
import { planWorkbookSetup } from '../domain/setup-plan';
import { SettingsSheet } from '../domain/sheets/settings';
import { TermDates } from '../domain/sheets/term-dates';
import { WORKBOOK } from '../domain/workbook';
import { appendLog } from '../workspace/log';
import { withDocumentLock } from '../workspace/session';
import { readDocumentSettings } from '../workspace/document-settings';
import { askYesNoCancel, tellPerson } from '../workspace/ui';
import { listOf } from '../domain/words';
import { CONNECT_WHERE } from './documents/connect-messages';
import { readWorkbookLayout } from '../workspace/workbook-layout';
import {
  outOfReach,
  setUpTemplates,
  type TemplatesSetUpOptions,
} from './documents/set-up-templates';

const BUSY =
  'Someone else is setting up this workbook right now. Wait a minute, then choose Set up workbook again.';

const SHEETS_IN_PLACE = 'Set up: every sheet and column is already in place.';

export interface WorkbookSetUp {
  /** What setup did, in the words the menu's alert uses. */
  readonly message: string;
  /** True when a sheet, column, row or template was added. */
  readonly changed: boolean;
}

/**
 * The work of "Set up workbook", without any UI and without taking the lock: the caller holds the
 * document lock (the menu item below, or the sidebar's setup form, each takes it once).
 */
export function runWorkbookSetup(
  options: TemplatesSetUpOptions = { replaceOutOfReach: false },
): WorkbookSetUp {
  // Settings and Term dates are read whole: setup adds their missing rows, never over typed ones.
  const layout = readWorkbookLayout(WORKBOOK, [SettingsSheet, TermDates]);
  const plan = planWorkbookSetup(WORKBOOK, layout.snapshots);
  // Applied even when nothing is missing: dropdowns and date formats lost to a paste come back.
  const unformatted = layout.apply(plan);
  // After the sheets, so that the template ids go below the Settings rows just written (§6).
  const templates = setUpTemplates(options);
  const sheetsSaid = plan.changed || !templates.changed ? plan.message : SHEETS_IN_PLACE;
  const said = [sheetsSaid, unformatted, templates.message].filter(Boolean).join(' ');
  const changed = plan.changed || templates.changed;
  if (!changed) return { message: said, changed };
  const logProblem = appendLog({ action: 'Set up workbook', subject: 'Workbook', detail: said });
  return { message: logProblem ? `${said} ${logProblem}` : said, changed };
}

/**
 * Issue 12: setup run by a colleague never replaces the school's templates silently. When Settings
 * names files this person's runs cannot reach, it asks first, before changing anything: No sets
 * up the sheets and leaves the templates (Connect templates is the way to use them), Yes replaces
 * them for everyone, Cancel does nothing.
 */
export function setUpWorkbook(): void {
  const question = outOfReachQuestion();
  const answer = question ? askYesNoCancel(TEMPLATES_TITLE, question) : 'no';
  if (answer === 'cancel') {
    tellPerson('Set up workbook: nothing was changed.');
    return;
  }
  const message = withDocumentLock(
    10_000,
    () => runWorkbookSetup({ replaceOutOfReach: answer === 'yes' }).message,
  );
  tellPerson(message ?? BUSY);
}

const TEMPLATES_TITLE = "The school's document templates";

/** The question, when Settings names files this person cannot reach; read only. */
function outOfReachQuestion(): string | undefined {
  const read = readDocumentSettings();
  if (!read.ok) return undefined;
  const files = outOfReach(read.settings);
  if (files.length === 0) return undefined;
  return [
    `Settings names ${listOf(files.map((f) => f.label))}, and the add-on cannot reach ${files.length === 1 ? 'it' : 'them'} for you.`,
    `Usually that is because a colleague set ${files.length === 1 ? 'it' : 'them'} up: Google lets the add-on use only the files it made for you or that you picked. Then answer No: the sheets are set up and the templates left as they are; afterwards choose ${CONNECT_WHERE}.`,
    `Only if they were deleted, answer Yes: new default templates are made and Settings points everyone at them (any wording the school changed is not in them).`,
    'Make new templates for everyone?',
  ].join('\n\n');
}
