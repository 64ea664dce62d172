// The Sheets advanced service (v4) globals: Sheets.Spreadsheets and Sheets.Spreadsheets.Values, as Apps Script calls them.
import type { Execution } from '../core/execution';
import { Emulated, KIND } from '../core/emulated';
import { appendValues } from './append';
import { batchUpdateSpreadsheet } from './batch-update';
import type { Json } from './errors';
import { createSpreadsheet } from './spreadsheet-create';
import { getSpreadsheet } from './spreadsheet-get';
import { batchGetValues, getValues } from './values-read';
import { batchUpdateValues, updateValues } from './values-write';

const args = (a: unknown): Json => (a && typeof a === 'object' ? (a as Json) : {});

/**
 * https://developers.google.com/apps-script/advanced/sheets: the REST methods of
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values with Apps
 * Script's argument order: the request body first, then the path parameters, then the query
 * parameters as one object. Counted as `Sheets.Spreadsheets.Values.<method>`.
 */
export class SheetsValues extends Emulated {
  readonly [KIND] = 'Sheets.Spreadsheets.Values';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  get(spreadsheetId: string, range: string, optionalArgs?: Json): Json {
    return getValues(this.#exec, spreadsheetId, range, args(optionalArgs));
  }
  batchGet(spreadsheetId: string, optionalArgs?: Json): Json {
    return batchGetValues(this.#exec, spreadsheetId, args(optionalArgs));
  }
  update(resource: Json, spreadsheetId: string, range: string, optionalArgs?: Json): Json {
    return updateValues(this.#exec, args(resource), spreadsheetId, range, args(optionalArgs));
  }
  batchUpdate(resource: Json, spreadsheetId: string): Json {
    return batchUpdateValues(this.#exec, args(resource), spreadsheetId);
  }
  append(resource: Json, spreadsheetId: string, range: string, optionalArgs?: Json): Json {
    return appendValues(this.#exec, args(resource), spreadsheetId, range, args(optionalArgs));
  }
}

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets (create, get, batchUpdate). */
export class SheetsSpreadsheets extends Emulated {
  readonly [KIND] = 'Sheets.Spreadsheets';
  readonly Values: SheetsValues;
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
    this.Values = new SheetsValues(exec);
  }

  create(resource: Json, optionalArgs?: Json): Json {
    return createSpreadsheet(this.#exec, args(resource), args(optionalArgs));
  }
  get(spreadsheetId: string, optionalArgs?: Json): Json {
    return getSpreadsheet(this.#exec, spreadsheetId, args(optionalArgs));
  }
  batchUpdate(resource: Json, spreadsheetId: string): Json {
    return batchUpdateSpreadsheet(this.#exec, args(resource), spreadsheetId);
  }
}

/** The `Sheets` global (under the manifest's userSymbol). */
export class Sheets extends Emulated {
  readonly [KIND] = 'Sheets';
  readonly Spreadsheets: SheetsSpreadsheets;

  constructor(exec: Execution) {
    super();
    this.Spreadsheets = new SheetsSpreadsheets(exec);
  }
}
