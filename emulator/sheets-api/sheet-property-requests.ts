// batchUpdate requests on a sheet's properties: updateSheetProperties (rename, move, hide, freeze) and deleteSheet, each undoable.
import type { Rect } from '../spreadsheet/a1';
import { blocking, PROTECTED_MESSAGE } from '../spreadsheet/protection-rules';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { badRequest, type Json } from './errors';
import { MaskError, parseMask, type Mask } from './fields';
import { BATCH_CALL, invalid, isInt, type RequestContext } from './request-context';

/** The fields of SheetProperties this emulator updates (paths under `properties`). */
const MODELLED = new Set([
  'title',
  'index',
  'hidden',
  'gridProperties.frozenRowCount',
  'gridProperties.frozenColumnCount',
]);

function sheetOf(ctx: RequestContext, sheetId: unknown): SheetModel {
  const sheet = isInt(sheetId) ? ctx.state.sheetById(sheetId) : undefined;
  // [reported] "No grid with id: 123" (as deleteDimension).
  if (!sheet) throw invalid(ctx, `No grid with id: ${String(sheetId)}`);
  return sheet;
}

const whole = (sheet: SheetModel): Rect => ({
  row: 1,
  column: 1,
  numRows: sheet.maxRows,
  numColumns: sheet.maxColumns,
});

/** A strict protection on the sheet that stops this user stops the change too [open]. */
function checkProtection(ctx: RequestContext, sheet: SheetModel): void {
  if (blocking(ctx.state, sheet, whole(sheet), ctx.user)) {
    throw badRequest(BATCH_CALL, PROTECTED_MESSAGE);
  }
}

function paths(mask: Mask, prefix = ''): string[] {
  return [...mask].flatMap(([key, sub]) =>
    sub === true ? [prefix + key] : paths(sub, `${prefix}${key}.`),
  );
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#UpdateSheetPropertiesRequest:
 * `{ properties: { sheetId, title?, ... }, fields: 'title' }`; "The root `properties` is implied
 * and should not be specified", and only the fields named change. Modelled: title, index,
 * hidden, gridProperties.frozenRowCount / frozenColumnCount; any other field (and `*`) is
 * refused by the emulator. A title another sheet has (in any case) is refused with addSheet's
 * wording [reported for addSheet]; index counts "before the move" and an update to the current
 * index or the one after it is ignored
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties).
 * No fields, an empty title, or hiding the last visible sheet: refused [open: wordings].
 */
export function updateSheetProperties(ctx: RequestContext, body: Json): undefined {
  const props = (body.properties ?? {}) as Json;
  const sheet = sheetOf(ctx, props.sheetId);
  if (typeof body.fields !== 'string' || body.fields.trim() === '') {
    throw invalid(ctx, 'At least one field must be specified.');
  }
  let fields: string[];
  try {
    fields = paths(parseMask(body.fields));
  } catch (e) {
    if (e instanceof MaskError) throw invalid(ctx, `Invalid field mask: ${body.fields}`);
    throw e;
  }
  for (const f of fields) {
    if (!MODELLED.has(f)) {
      throw new Error(`Emulator: updateSheetProperties of "${f}" is not modelled`);
    }
  }
  const state = ctx.state;
  const grid = (props.gridProperties ?? {}) as Json;
  const want = (f: string): boolean => fields.includes(f);
  const count = (v: unknown, what: string): number => {
    if (v === undefined) return 0; // proto3: an absent number is 0
    if (!isInt(v) || v < 0) throw invalid(ctx, `Invalid ${what}: ${String(v)}`); // [open] wording
    return v;
  };
  checkProtection(ctx, sheet);
  const before = {
    name: sheet.name,
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    index: state.sheets.indexOf(sheet),
  };
  ctx.onUndo(() => {
    Object.assign(sheet, {
      name: before.name,
      hidden: before.hidden,
      frozenRows: before.frozenRows,
      frozenColumns: before.frozenColumns,
    });
    state.sheets = state.sheets.filter((s) => s !== sheet);
    state.sheets.splice(before.index, 0, sheet);
  });
  if (want('title')) {
    const title = typeof props.title === 'string' ? props.title : '';
    if (title.trim() === '') throw invalid(ctx, 'Sheet title must not be empty.'); // [open] wording
    const taken = state.sheets.some(
      (s) => s !== sheet && s.name.toLowerCase() === title.toLowerCase(),
    );
    if (taken) {
      throw invalid(
        ctx,
        `A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    }
    sheet.name = title;
  }
  if (want('gridProperties.frozenRowCount')) {
    sheet.frozenRows = count(grid.frozenRowCount, 'frozenRowCount');
  }
  if (want('gridProperties.frozenColumnCount')) {
    sheet.frozenColumns = count(grid.frozenColumnCount, 'frozenColumnCount');
  }
  if (want('hidden')) {
    const hidden = props.hidden === true;
    if (hidden && state.sheets.every((s) => s === sheet || s.hidden)) {
      throw invalid(ctx, "You can't hide all the sheets in a document."); // [open] wording
    }
    sheet.hidden = hidden;
  }
  if (want('index')) moveSheet(ctx, sheet, props.index);
  return undefined;
}

/** SheetProperties.index: "movement is considered in 'before the move' indexes"; absent means the end. */
function moveSheet(ctx: RequestContext, sheet: SheetModel, index: unknown): void {
  const sheets = ctx.state.sheets;
  const current = sheets.indexOf(sheet);
  const target = index === undefined ? sheets.length : index;
  if (!isInt(target) || target < 0 || target > sheets.length) {
    throw invalid(ctx, `Invalid index: ${String(index)}`); // [open] wording
  }
  if (target === current || target === current + 1) return;
  const rest = sheets.filter((s) => s !== sheet);
  rest.splice(target > current ? target - 1 : target, 0, sheet);
  ctx.state.sheets = rest;
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DeleteSheetRequest:
 * `{ sheetId }`; the sheet and everything on it go. The only sheet cannot go [reported:
 * "Invalid requests[0].deleteSheet: You can't remove all the sheets in a document.",
 * googleapis/google-api-php-client#1293, tidyverse/googlesheets4#70]; a strict protection that
 * stops the user refuses it [open].
 */
export function deleteSheet(ctx: RequestContext, body: Json): undefined {
  const state = ctx.state;
  const sheet = sheetOf(ctx, body.sheetId);
  if (state.sheets.length <= 1) {
    throw invalid(ctx, "You can't remove all the sheets in a document.");
  }
  checkProtection(ctx, sheet);
  const index = state.sheets.indexOf(sheet);
  state.removeSheet(sheet);
  ctx.onUndo(() => {
    state.sheets.splice(index, 0, sheet);
  });
  return undefined;
}
