// The one installable on-form-submit trigger that takes providers' answers in at once, owned by the reminders' owner.

/** The handler Apps Script calls when a linked form is answered (a top-level function in main.ts). */
export const RETURNS_HANDLER = 'receiveProviderReturns';

/**
 * This user's on-form-submit triggers for this workbook. An add-on may own one trigger of each type
 * per user per document, and may make triggers only for the file it is used in [doc: editor-add-on
 * trigger restrictions], so it is the spreadsheet's trigger, not the forms'.
 */
function ours(spreadsheetId: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === RETURNS_HANDLER && t.getTriggerSourceId() === spreadsheetId,
  );
}

/** Exactly one, made when there is none (safe to repeat). */
export function ensureReturnsTrigger(spreadsheetId: string): { readonly made: boolean } {
  const [first, ...extra] = ours(spreadsheetId);
  for (const trigger of extra) ScriptApp.deleteTrigger(trigger);
  if (first) return { made: false };
  ScriptApp.newTrigger(RETURNS_HANDLER).forSpreadsheet(spreadsheetId).onFormSubmit().create();
  return { made: true };
}

/** Removes this user's on-form-submit trigger for the workbook (its answers then come hourly). */
export function removeReturnsTriggers(spreadsheetId: string): number {
  const found = ours(spreadsheetId);
  for (const trigger of found) ScriptApp.deleteTrigger(trigger);
  return found.length;
}

/** The workbook a form-submit run is for: the trigger's source, found by the run's trigger id. */
export function workbookOfTrigger(triggerUid: string | undefined): string | undefined {
  if (!triggerUid) return undefined;
  const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === triggerUid);
  return trigger?.getTriggerSourceId() ?? undefined;
}
