// Host-side links from emulated objects to their document state, and Google-typed casts.
import type { Execution } from '../core/execution';
import { AppsScriptError, type Emulated } from '../core/emulated';
import type { Rect } from './a1';
import type { SheetModel } from './sheet-model';
import type { SpreadsheetState } from './state';

export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
export type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type GCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
export type GSelection = GoogleAppsScript.Spreadsheet.Selection;
export type GUser = GoogleAppsScript.Base.User;

/**
 * The emulator implements a subset of each Google class, so its objects are handed out under
 * Google's types (what the bundle is compiled against); this is the one place that cast happens.
 */
export function asGoogle<T>(o: Emulated): T {
  return o as unknown as T;
}

export interface Doc {
  readonly exec: Execution;
  readonly state: SpreadsheetState;
}

export interface RangeHandle extends Doc {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export interface SheetHandle extends Doc {
  readonly sheet: SheetModel;
}

const ranges = new WeakMap<object, RangeHandle>();
const sheets = new WeakMap<object, SheetHandle>();

export function linkRange(o: Emulated, h: RangeHandle): void {
  ranges.set(o, h);
}

export function linkSheet(o: Emulated, h: SheetHandle): void {
  sheets.set(o, h);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `${v.length > 0 ? typeName(v[0]) : 'Object'}[]`;
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'object') return 'Object';
  return typeof v;
}

/**
 * Google's complaint when arguments fit no overload [reported wording]:
 * "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues."
 */
export function signatureError(method: string, args: readonly unknown[]): AppsScriptError {
  return new AppsScriptError(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

export function rangeHandle(o: unknown, method: string): RangeHandle {
  const h = typeof o === 'object' && o !== null ? ranges.get(o) : undefined;
  if (!h) throw signatureError(method, [o]);
  return h;
}

export function sheetHandle(o: unknown, method: string): SheetHandle {
  const h = typeof o === 'object' && o !== null ? sheets.get(o) : undefined;
  if (!h) throw signatureError(method, [o]);
  return h;
}

/** Calls on a Sheet or Range whose sheet was deleted fail [open: Google's wording unconfirmed]. */
export function assertLive(h: SheetHandle): void {
  if (!h.state.sheets.includes(h.sheet)) throw new AppsScriptError('The sheet was deleted.');
}
