// Form.setDestination/removeDestination: who may link which spreadsheet, under which scopes.
import { AppsScriptError } from '../core/emulated';
import type { Execution } from '../core/execution';
import { denied } from '../runtime/permissions';
import { NO_SUCH_FORM } from './access';
import { linkDestination, unlinkDestination } from './destination';
import type { FormRecord } from './records';

const SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';

/**
 * setDestination(FormApp.DestinationType.SPREADSHEET, id): "Sets the destination where form
 * responses are saved" (https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)).
 * The spreadsheet must be one the effective user can edit (Google's error otherwise is [open]:
 * here DocumentApp's "No item with the given ID…"). Whether `spreadsheets.currentonly` is enough
 * is [open]: `ws.forms.destinationUnderCurrentOnly` ('allowed' by default; 'refused' demands the
 * full spreadsheets scope). A form already linked elsewhere is unlinked first.
 */
export function setDestination(exec: Execution, form: FormRecord, type: string, id: string): void {
  const ws = exec.workspace;
  if (type !== 'SPREADSHEET') throw new AppsScriptError('Invalid argument: type');
  if (ws.forms.destinationUnderCurrentOnly === 'refused' && !ws.grantedScopes.has(SPREADSHEETS)) {
    throw denied('Form.setDestination', ['spreadsheets']);
  }
  const book = ws.findSpreadsheet(id);
  const user = exec.effectiveUser;
  if (!book || (book.owner !== user && !book.editors.includes(user))) {
    throw new AppsScriptError(NO_SUCH_FORM);
  }
  if (form.destination) unlinkDestination(form);
  linkDestination(form, book, ws.forms.responsesSheetName);
}

/** "Unlinks the form from its current response destination": the sheet and its rows stay. */
export function removeDestination(form: FormRecord): void {
  unlinkDestination(form);
}
