// "Set up workbook": creates or repairs every sheet of DOMAIN.md §4 and the document templates, in one message.
import { planWorkbookSetup } from '../domain/setup-plan';
import { SettingsSheet } from '../domain/sheets/settings';
import { TermDates } from '../domain/sheets/term-dates';
import { WORKBOOK } from '../domain/workbook';
import { appendLog } from '../workspace/log';
import { withDocumentLock } from '../workspace/session';
import { tellPerson } from '../workspace/ui';
import { readWorkbookLayout } from '../workspace/workbook-layout';
import { setUpTemplates } from './documents/set-up-templates';

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
export function runWorkbookSetup(): WorkbookSetUp {
  // Settings and Term dates are read whole: setup adds their missing rows, never over typed ones.
  const layout = readWorkbookLayout(WORKBOOK, [SettingsSheet, TermDates]);
  const plan = planWorkbookSetup(WORKBOOK, layout.snapshots);
  // Applied even when nothing is missing: dropdowns and date formats lost to a paste come back.
  const unformatted = layout.apply(plan);
  // After the sheets, so that the template ids go below the Settings rows just written (§6).
  const templates = setUpTemplates();
  const sheetsSaid = plan.changed || !templates.changed ? plan.message : SHEETS_IN_PLACE;
  const said = [sheetsSaid, unformatted, templates.message].filter(Boolean).join(' ');
  const changed = plan.changed || templates.changed;
  if (!changed) return { message: said, changed };
  const logProblem = appendLog({ action: 'Set up workbook', subject: 'Workbook', detail: said });
  return { message: logProblem ? `${said} ${logProblem}` : said, changed };
}

export function setUpWorkbook(): void {
  const message = withDocumentLock(10_000, () => runWorkbookSetup().message);
  tellPerson(message ?? BUSY);
}
