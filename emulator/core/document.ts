// Whether an execution has an active document: an editor add-on's time-driven run has none.
import type { Execution } from './execution';

/**
 * Installed as an editor add-on, a time-driven trigger's run has no active document [reported:
 * github vtst/google-apps-scripts VtstAddonTriggerLib README]; a script bound to the sheet has
 * one. `SpreadsheetState.activeInTimeTrigger` says which ('null': none). Without a document,
 * SpreadsheetApp.getActiveSpreadsheet() is null, and so are PropertiesService.getDocumentProperties()
 * ("When document properties are not available this method returns null") and
 * LockService.getDocumentLock() (null "if the script is not ... in a container document"): the
 * two last ones are [reported] for add-on clock runs. Every other execution has the document.
 */
export function hasActiveDocument(exec: Execution): boolean {
  return !(
    exec.kind === 'time-trigger' && exec.workspace.spreadsheet.activeInTimeTrigger === 'null'
  );
}
