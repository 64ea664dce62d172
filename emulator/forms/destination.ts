// A form's response sheet: made on setDestination, a header row, a row per response, new questions as new columns.
import { displayValue } from '../spreadsheet/format';
import type { SheetModel } from '../spreadsheet/sheet-model';
import type { SpreadsheetState } from '../spreadsheet/state';
import { DATE_TIME_FORMAT } from '../spreadsheet/typed';
import {
  QUESTION_TYPES,
  type ColumnKey,
  type DestinationRecord,
  type FormRecord,
  type ResponseRecord,
} from './records';

/**
 * The first column's header: the form-submit event's example namedValues has a 'Timestamp' key
 * (https://developers.google.com/apps-script/guides/triggers/events#form-submit). When the form
 * collects addresses the second column is "Email address" (capitalisation [open]).
 */
export const TIMESTAMP_HEADER = 'Timestamp';
export const EMAIL_HEADER = 'Email address';

function wantedColumns(form: FormRecord): Array<{ key: ColumnKey; header: string }> {
  return [
    { key: 'timestamp', header: TIMESTAMP_HEADER },
    ...(form.collectEmail ? [{ key: 'email' as const, header: EMAIL_HEADER }] : []),
    ...form.items
      .filter((i) => QUESTION_TYPES.includes(i.type))
      .map((i) => ({ key: i.id, header: i.title })),
  ];
}

/** The response sheet, or undefined when someone deleted it. */
export function destinationSheet(
  book: SpreadsheetState,
  dest: DestinationRecord,
): SheetModel | undefined {
  return book.sheetById(dest.sheetId);
}

function setCell(sheet: SheetModel, row: number, column: number, value: string | Date): void {
  if (row > sheet.maxRows) sheet.maxRows = row;
  if (column > sheet.maxColumns) sheet.maxColumns = column;
  const cell = sheet.ensure(row, column);
  delete cell.formula;
  if (value === '') {
    delete cell.value;
    sheet.tidy(row, column);
    return;
  }
  if (value instanceof Date) {
    cell.value = new Date(value.getTime());
    cell.numberFormat = DATE_TIME_FORMAT;
    return;
  }
  // Answers go in as the respondent typed them: a leading '=' is text, never a formula [open].
  cell.value = value;
}

/**
 * Adds columns at the end for questions added since (and for the email address if the form
 * began collecting it), when the next response is written; a deleted question's column stays where
 * it was; a renamed question keeps its old header. Undocumented [open]: the expected behaviour.
 */
export function extendColumns(form: FormRecord, book: SpreadsheetState): void {
  const dest = form.destination;
  if (!dest) return;
  const sheet = destinationSheet(book, dest);
  for (const column of wantedColumns(form)) {
    if (dest.columns.some((c) => c.key === column.key)) continue;
    dest.columns.push(column);
    if (sheet) setCell(sheet, 1, dest.columns.length, column.header);
  }
}

/** The cell values of one response, column by column ('' for questions it did not answer). */
export function rowCells(form: FormRecord, response: ResponseRecord): Array<string | Date> {
  const dest = form.destination;
  if (!dest) return [];
  return dest.columns.map(({ key }) => {
    if (key === 'timestamp') return new Date(response.timestamp);
    if (key === 'email') return response.respondentEmail;
    return response.answers.find((a) => a.itemId === key)?.response ?? '';
  });
}

/** The text of each cell as Sheets shows it (the form-submit event's `values`). */
export function rowTexts(form: FormRecord, response: ResponseRecord, timeZone: string): string[] {
  return rowCells(form, response).map((v) =>
    v instanceof Date ? displayValue(v, DATE_TIME_FORMAT, timeZone) : v,
  );
}

/**
 * Writes a response: a new response goes below the last row with content; an edited one
 * overwrites its own row in place, timestamp included (undocumented [open]: the expected
 * behaviour, matching the Forms API's one responseId with a lastSubmittedTime). Returns the row, or undefined when the response sheet is gone.
 */
export function writeResponse(
  form: FormRecord,
  book: SpreadsheetState,
  response: ResponseRecord,
): number | undefined {
  const dest = form.destination;
  if (!dest) return undefined;
  extendColumns(form, book);
  const sheet = destinationSheet(book, dest);
  if (!sheet) return undefined;
  const row = response.row ?? Math.max(1, sheet.lastRow()) + 1;
  response.row = row;
  rowCells(form, response).forEach((v, i) => setCell(sheet, row, i + 1, v));
  return row;
}

/**
 * setDestination: a new sheet "<name> N" (N from 1, skipping names in use; the name is
 * FormsState.responsesSheetName) first in the spreadsheet, header frozen, every
 * response the form already holds written below it in order ("All forms … save a copy of
 * responses in the form's response store", so a new destination gets them all: [open], the expected behaviour).
 */
export function linkDestination(
  form: FormRecord,
  book: SpreadsheetState,
  sheetName: string,
): DestinationRecord {
  let n = 1;
  while (book.findSheet(`${sheetName} ${n}`)) n += 1;
  const sheet = book.addSheet(`${sheetName} ${n}`, [], { index: 0 });
  sheet.frozenRows = 1;
  const columns = wantedColumns(form);
  columns.forEach((c, i) => setCell(sheet, 1, i + 1, c.header));
  const dest: DestinationRecord = {
    type: 'SPREADSHEET',
    spreadsheetId: book.id,
    sheetId: sheet.id,
    columns,
  };
  form.destination = dest;
  for (const response of form.responses) {
    delete response.row;
    writeResponse(form, book, response);
  }
  return dest;
}

/** removeDestination: the link goes; the sheet and its rows stay ("retains a copy"). */
export function unlinkDestination(form: FormRecord): void {
  form.destination = null;
  for (const response of form.responses) delete response.row;
}
