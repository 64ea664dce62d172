// The spreadsheet form-submit event object a response's installable trigger receives.
import type { Execution } from '../core/execution';
import { rangeObject, Spreadsheet } from '../spreadsheet';
import { destinationSheet, rowTexts } from './destination';
import type { SubmitSuccess } from './submit';

/**
 * https://developers.google.com/apps-script/guides/triggers/events#form-submit (Sheets):
 * authMode, namedValues ("question names and values", each an array: several columns may share a
 * title, whose values are then listed in column order [open]), range (the response's row),
 * triggerUid, values ("in the same order as they appear in the spreadsheet": the cells' display
 * text). `source` is not documented but present at runtime [reported]. For an edited response
 * with FormsState.editEventValues 'changed-only' (default), unchanged answers are '' [reported].
 * Undefined when the response wrote no row (no destination, or its sheet was deleted).
 */
export function formSubmitEvent(
  outcome: SubmitSuccess,
  triggerUid: string,
): ((exec: Execution) => Record<string, unknown>) | undefined {
  const { form, response, row } = outcome;
  const dest = form.destination;
  if (!dest || row === undefined) return undefined;
  return (exec) => {
    const ws = exec.workspace;
    const book = ws.spreadsheetById(dest.spreadsheetId);
    const sheet = destinationSheet(book, dest);
    if (!sheet) throw new Error('formSubmitEvent: the response sheet is gone');
    const onlyChanged = outcome.edited && ws.forms.editEventValues === 'changed-only';
    const values = rowTexts(form, response, book.timeZone).map((text, i) => {
      const key = dest.columns[i]?.key;
      const unchanged = typeof key === 'number' && !outcome.changedItemIds.includes(key);
      return onlyChanged && unchanged ? '' : text;
    });
    const namedValues: Record<string, string[]> = {};
    dest.columns.forEach(({ header }, i) => {
      namedValues[header] = [...(namedValues[header] ?? []), values[i] ?? ''];
    });
    return {
      authMode: 'FULL',
      namedValues,
      range: rangeObject(exec, sheet.name, row, 1, 1, dest.columns.length, book),
      source: new Spreadsheet({ exec, state: book }),
      triggerUid,
      values,
    };
  };
}
