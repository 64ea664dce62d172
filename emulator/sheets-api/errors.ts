// The Sheets API's errors as Apps Script surfaces them (GoogleJsonResponseException), with the API's wording.
import { GoogleJsonResponseException } from '../drive/errors';

export type Json = Record<string, unknown>;

/** The API's method names in Apps Script's message: `API call to sheets.spreadsheets.values.batchGet failed ...`. */
export type SheetsCall =
  | 'sheets.spreadsheets.create'
  | 'sheets.spreadsheets.get'
  | 'sheets.spreadsheets.batchUpdate'
  | 'sheets.spreadsheets.values.get'
  | 'sheets.spreadsheets.values.batchGet'
  | 'sheets.spreadsheets.values.update'
  | 'sheets.spreadsheets.values.batchUpdate'
  | 'sheets.spreadsheets.values.append';

/**
 * 404 "Requested entity was not found." [reported]: no such spreadsheet, and also one the
 * execution may not reach (under `drive.file`, a file this user never picked).
 */
export function notFound(call: SheetsCall): GoogleJsonResponseException {
  return new GoogleJsonResponseException(call, 'Requested entity was not found.', 404);
}

/** 400 INVALID_ARGUMENT with the API's message. */
export function badRequest(call: SheetsCall, message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(call, message, 400);
}

/**
 * A parameter outside its enum [reported: measured shape `Invalid value at 'value_render_option'
 * (type.googleapis.com/google.apps.sheets.v4.ValueRenderOption), "NOPE"`].
 */
export function enumValue<T extends string>(
  call: SheetsCall,
  value: unknown,
  allowed: readonly T[],
  fallback: T | undefined,
  field: string,
  type: string,
): T | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw badRequest(
    call,
    `Invalid value at '${field}' (type.googleapis.com/google.apps.sheets.v4.${type}), "${String(value)}"`,
  );
}

/** [reported] the API refuses a write call that names no valueInputOption. */
export function inputOption(call: SheetsCall, value: unknown): 'RAW' | 'USER_ENTERED' {
  if (value === undefined || value === null || value === 'INPUT_VALUE_OPTION_UNSPECIFIED') {
    throw badRequest(call, "'valueInputOption' is required but not specified");
  }
  return enumValue(
    call,
    value,
    ['RAW', 'USER_ENTERED'] as const,
    undefined,
    'value_input_option',
    'ValueInputOption',
  ) as 'RAW' | 'USER_ENTERED';
}

/** Refuses a value the API cannot take; `where` names it (`values[0][1]`). [open] wording. */
export function refuseValue(call: SheetsCall, prefix: string, where: string, v: unknown): never {
  throw badRequest(call, `${prefix}Invalid ${where}: ${JSON.stringify(v) ?? String(v)}`);
}
