// Who may open a form (its owner and editors), and Google's errors for a form or item out of reach.
import { AppsScriptError } from '../core/emulated';
import type { Execution } from '../core/execution';
import type { FormRecord, ItemRecord } from './records';

/**
 * FormApp.openById/openByUrl of a form the effective user neither owns nor edits, or that does not
 * exist: Google answers with the message DocumentApp uses for documents [reported: the same
 * "No item with the given ID could be found…" text is quoted for FormApp.openById].
 */
export const NO_SUCH_FORM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** The form, if the execution's effective user may edit it; Google's error otherwise. */
export function openForm(exec: Execution, id: string): FormRecord {
  const forms = exec.workspace.forms;
  const form = forms.find(id);
  if (!form || !forms.canEdit(form, exec.effectiveUser)) throw new AppsScriptError(NO_SUCH_FORM);
  return form;
}

/** The live record behind a Form object (a form cannot be deleted through FormApp). */
export function liveForm(exec: Execution, id: string): FormRecord {
  const form = exec.workspace.forms.find(id);
  if (!form) throw new AppsScriptError(NO_SUCH_FORM);
  return form;
}

/**
 * The live record behind an Item object. Using an item after deleteItem fails; Google's wording
 * is [open] (here "The item with ID <id> has been deleted.").
 */
export function liveItem(exec: Execution, formId: string, itemId: number): ItemRecord {
  const item = liveForm(exec, formId).items.find((i) => i.id === itemId);
  if (!item) throw new AppsScriptError(`The item with ID ${itemId} has been deleted.`);
  return item;
}
