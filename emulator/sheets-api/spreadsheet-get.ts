// spreadsheets.get: the Spreadsheet resource (properties, sheets, developer metadata), never grid data, cut by `fields`.
import type { Execution } from '../core/execution';
import type { MetadataRecord } from '../spreadsheet/metadata-store';
import type { SheetModel } from '../spreadsheet/sheet-model';
import type { SpreadsheetState } from '../spreadsheet/state';
import { openSpreadsheet } from './access';
import { badRequest, type Json, type SheetsCall } from './errors';
import { applyMask, MaskError, parseMask } from './fields';
import { parseRange } from './ranges';

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties:
 * frozen counts and `hidden` appear only when set (proto3 JSON leaves out default values).
 */
export function sheetProperties(state: SpreadsheetState, sheet: SheetModel): Json {
  return {
    sheetId: sheet.id,
    title: sheet.name,
    index: state.sheets.indexOf(sheet),
    sheetType: 'GRID',
    gridProperties: {
      rowCount: sheet.maxRows,
      columnCount: sheet.maxColumns,
      ...(sheet.frozenRows ? { frozenRowCount: sheet.frozenRows } : {}),
      ...(sheet.frozenColumns ? { frozenColumnCount: sheet.frozenColumns } : {}),
    },
    ...(sheet.hidden ? { hidden: true } : {}),
  };
}

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadata */
export function metadataResource(r: MetadataRecord): Json {
  return {
    metadataId: r.id,
    metadataKey: r.key,
    ...(r.value !== null ? { metadataValue: r.value } : {}),
    location: { locationType: 'SPREADSHEET', spreadsheet: true },
    visibility: r.visibility,
  };
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#Spreadsheet (the parts
 * the emulator models). The locale is en_GB, as SpreadsheetApp's getSpreadsheetLocale says here.
 * `developerMetadata` lists what this project may see and is left out when there is none.
 */
export function spreadsheetResource(state: SpreadsheetState, sheets: readonly SheetModel[]): Json {
  const metadata = state.developerMetadata.visible().map(metadataResource);
  return {
    spreadsheetId: state.id,
    properties: {
      title: state.name,
      locale: 'en_GB',
      autoRecalc: 'ON_CHANGE',
      timeZone: state.timeZone,
    },
    sheets: sheets.map((s) => ({ properties: sheetProperties(state, s) })),
    ...(metadata.length > 0 ? { developerMetadata: metadata } : {}),
    spreadsheetUrl: state.url,
  };
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get, as Apps Script
 * calls it: `Sheets.Spreadsheets.get(spreadsheetId, { fields, ranges })`. `ranges` keeps only the
 * sheets they name [reported]; `fields` is a field mask (fields.ts; text that is not a mask is
 * 400 [open: wording]). Grid data is not modelled: includeGridData true is refused by the
 * emulator (a host error, not Google's).
 */
export function getSpreadsheet(exec: Execution, spreadsheetId: unknown, args: Json): Json {
  const call = 'sheets.spreadsheets.get';
  const state = openSpreadsheet(exec, call, spreadsheetId, 'read');
  if (args.includeGridData === true || args.includeGridData === 'true') {
    throw new Error('Emulator: Sheets.Spreadsheets.get with includeGridData is not modelled');
  }
  state.ensureSheet();
  const ranges: unknown[] =
    args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
  const named = new Set(ranges.map((r) => parseRange(state, call, r).sheet));
  const sheets = ranges.length === 0 ? state.sheets : state.sheets.filter((s) => named.has(s));
  return masked(call, spreadsheetResource(state, sheets), args.fields);
}

/**
 * The `fields` parameter on a resource: a field mask (fields.ts); text that is not a mask is 400
 * [open: wording].
 */
export function masked(call: SheetsCall, resource: Json, fields: unknown): Json {
  if (typeof fields !== 'string' || fields.trim() === '') return resource;
  try {
    return applyMask(resource, parseMask(fields)) as Json;
  } catch (e) {
    if (e instanceof MaskError) {
      throw badRequest(
        call,
        `Request contains an invalid argument: Invalid field selection ${fields}`,
      );
    }
    throw e;
  }
}
