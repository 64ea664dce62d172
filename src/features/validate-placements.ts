// "Validate all": checks every placement and provider row, writes what it found, and says so in one line.
import { checkSummary, countRows } from '../domain/check-run';
import { appendLog } from '../workspace/log';
import { withDocumentLock } from '../workspace/session';
import { tellPerson } from '../workspace/ui';
import { readWorkbookForChecks } from '../workspace/workbook-for-checks';
import { recheckPlacements, recheckProviders } from './recheck';

const BUSY =
  'Someone else is checking or changing this workbook right now. Wait a minute, then choose Validate all again.';

/**
 * Reads each sheet once, gives new placements their IDs, and writes Last review, Next review due,
 * Checks and the marks on every placement and provider row (issue 3, item 4). Holding the document
 * lock: two runs at once could issue the same Placement ID.
 */
export function validatePlacements(): void {
  const message = withDocumentLock(10_000, () => {
    const read = readWorkbookForChecks();
    if (!read.ok) return read.message;
    const placements = recheckPlacements(read.workbook);
    const providers = recheckProviders(read.workbook);
    const summary = checkSummary(
      countRows(placements.checks),
      countRows(providers.checks),
      read.workbook.settingsProblems,
    );
    // Counts only: the Log never holds a pupil's name (DOMAIN.md §4).
    let logProblem: string | undefined;
    try {
      logProblem = appendLog({ action: 'Validate all', subject: 'Workbook', detail: summary });
    } catch (e) {
      // The checks are written: a Log that cannot be written is said, never thrown.
      logProblem = `The Log could not be written (${e instanceof Error ? e.message : String(e)}).`;
    }
    return [summary, placements.unmarked, providers.unmarked, logProblem].filter(Boolean).join(' ');
  });
  tellPerson(message ?? BUSY);
}
