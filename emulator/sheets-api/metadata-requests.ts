// batchUpdate requests on developer metadata: create, update and delete, found by DataFilter lookups.
import {
  MetadataLimitError,
  type MetadataRecord,
  type MetadataVisibility,
} from '../spreadsheet/metadata-store';
import type { Json } from './errors';
import { invalid, isInt, type RequestContext } from './request-context';
import { metadataResource } from './spreadsheet-get';

function visibilityOf(ctx: RequestContext, v: unknown): MetadataVisibility {
  if (v === 'DOCUMENT' || v === 'PROJECT') return v;
  // "Developer metadata must always have a visibility specified." [open: wording]
  throw invalid(
    ctx,
    `Developer metadata must have a visibility of DOCUMENT or PROJECT, not ${String(v)}.`,
  );
}

/** Only the spreadsheet location is modelled: `{ spreadsheet: true }`. */
function assertSpreadsheetLocation(ctx: RequestContext, location: unknown): void {
  const loc = (location ?? {}) as Json;
  if (loc.spreadsheet === true) return;
  if (loc.sheetId !== undefined || loc.dimensionRange !== undefined) {
    throw new Error(`Emulator: ${ctx.kind} at a sheet, row or column location is not modelled`);
  }
  throw invalid(ctx, 'Developer metadata must have a location.'); // [open] wording
}

/** Runs a store change, turning the size limit into the request's 400 [open: wording]. */
function withinLimit(ctx: RequestContext, change: () => void): void {
  try {
    change();
  } catch (e) {
    if (e instanceof MetadataLimitError) throw invalid(ctx, e.message);
    throw e;
  }
}

/** Undo for any metadata change: the store as it was. */
function undoable(ctx: RequestContext): void {
  const store = ctx.state.developerMetadata;
  const before = store.snapshot();
  ctx.onUndo(() => store.restore(before));
}

/**
 * A DataFilter's developerMetadataLookup (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DataFilter):
 * every field given must match
 * (metadataId, metadataKey, metadataValue, visibility, locationType, metadataLocation); only
 * metadata this project may see is found. a1Range and gridRange filters are not modelled.
 */
function lookup(ctx: RequestContext, filter: unknown): MetadataRecord[] {
  const f = (filter ?? {}) as Json;
  if (f.a1Range !== undefined || f.gridRange !== undefined) {
    throw new Error(
      `Emulator: ${ctx.kind} with an a1Range or gridRange data filter is not modelled`,
    );
  }
  const l = f.developerMetadataLookup as Json | undefined;
  if (!l || typeof l !== 'object') throw invalid(ctx, 'A data filter must be set.'); // [open]
  const location = l.metadataLocation as Json | undefined;
  const elsewhere =
    (l.locationType !== undefined && l.locationType !== 'SPREADSHEET') ||
    (location !== undefined && location.spreadsheet !== true);
  if (elsewhere) return [];
  return ctx.state.developerMetadata.find({
    ...(l.metadataId !== undefined ? { id: Number(l.metadataId) } : {}),
    ...(typeof l.metadataKey === 'string' ? { key: l.metadataKey } : {}),
    ...(typeof l.metadataValue === 'string' ? { value: l.metadataValue } : {}),
    ...(l.visibility !== undefined ? { visibility: visibilityOf(ctx, l.visibility) } : {}),
  });
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#CreateDeveloperMetadataRequest:
 * `{ developerMetadata: { metadataId?, metadataKey,
 * metadataValue?, location: { spreadsheet: true }, visibility } }`; replies
 * `{ createDeveloperMetadata: { developerMetadata } }`. "Developer metadata must always have a
 * key specified" and a visibility; an id, when given, must be positive and free.
 */
export function createDeveloperMetadata(ctx: RequestContext, body: Json): Json {
  const dm = (body.developerMetadata ?? {}) as Json;
  if (typeof dm.metadataKey !== 'string' || dm.metadataKey === '') {
    throw invalid(ctx, 'Developer metadata must have a key.'); // [open] wording
  }
  const visibility = visibilityOf(ctx, dm.visibility);
  assertSpreadsheetLocation(ctx, dm.location);
  const store = ctx.state.developerMetadata;
  if (dm.metadataId !== undefined && (!isInt(dm.metadataId) || dm.metadataId < 1)) {
    throw invalid(ctx, `Invalid metadataId: ${String(dm.metadataId)}`); // [open] wording
  }
  if (isInt(dm.metadataId) && store.has(dm.metadataId)) {
    throw invalid(ctx, `Developer metadata with ID ${dm.metadataId} already exists.`); // [open]
  }
  if (dm.metadataValue !== undefined && typeof dm.metadataValue !== 'string') {
    throw invalid(ctx, `Invalid metadataValue: ${String(dm.metadataValue)}`); // [open] wording
  }
  undoable(ctx);
  let record: MetadataRecord | undefined;
  withinLimit(ctx, () => {
    record = store.add({
      key: dm.metadataKey as string,
      value: (dm.metadataValue as string | undefined) ?? null,
      visibility,
      ...(isInt(dm.metadataId) ? { id: dm.metadataId } : {}),
    });
  });
  return {
    createDeveloperMetadata: { developerMetadata: metadataResource(record as MetadataRecord) },
  };
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#UpdateDeveloperMetadataRequest:
 * `{ dataFilters: [...], developerMetadata,
 * fields: 'metadataValue' }` sets the named fields (metadataKey, metadataValue, visibility; '*'
 * all three) on every metadata any filter finds; replies `{ updateDeveloperMetadata: {
 * developerMetadata: [...] } }`. `fields` is required [open: wording when missing]; moving
 * metadata (location) is not modelled.
 */
export function updateDeveloperMetadata(ctx: RequestContext, body: Json): Json {
  const filters = body.dataFilters;
  if (!Array.isArray(filters) || filters.length === 0) {
    throw invalid(ctx, 'At least one data filter is required.'); // [open] wording
  }
  if (typeof body.fields !== 'string' || body.fields.trim() === '') {
    throw invalid(ctx, "'fields' is required.");
  }
  const fields = body.fields.split(',').map((f) => f.trim());
  const all = fields.includes('*');
  if (fields.includes('location')) {
    throw new Error('Emulator: updateDeveloperMetadata of location is not modelled');
  }
  const unknown = fields.find(
    (f) => !['*', 'metadataKey', 'metadataValue', 'visibility'].includes(f),
  );
  if (unknown) throw invalid(ctx, `Invalid field: ${unknown}`); // [open] wording
  const dm = (body.developerMetadata ?? {}) as Json;
  const wants = (f: string): boolean => all || fields.includes(f);
  const change: Partial<Pick<MetadataRecord, 'key' | 'value' | 'visibility'>> = {};
  if (wants('metadataKey')) {
    if (typeof dm.metadataKey !== 'string' || dm.metadataKey === '') {
      throw invalid(ctx, 'Developer metadata must have a key.'); // [open] wording
    }
    change.key = dm.metadataKey;
  }
  if (wants('metadataValue')) {
    change.value = typeof dm.metadataValue === 'string' ? dm.metadataValue : null;
  }
  if (wants('visibility')) change.visibility = visibilityOf(ctx, dm.visibility);
  const found = [...new Set(filters.flatMap((f: unknown) => lookup(ctx, f)))];
  undoable(ctx);
  const store = ctx.state.developerMetadata;
  withinLimit(ctx, () => found.forEach((r) => store.update(r, change)));
  return { updateDeveloperMetadata: { developerMetadata: found.map(metadataResource) } };
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DeleteDeveloperMetadataRequest:
 * `{ dataFilter }` deletes every metadata it finds;
 * replies `{ deleteDeveloperMetadata: { deletedDeveloperMetadata: [...] } }`.
 */
export function deleteDeveloperMetadata(ctx: RequestContext, body: Json): Json {
  const found = lookup(ctx, body.dataFilter);
  undoable(ctx);
  for (const r of found) ctx.state.developerMetadata.remove(r.id);
  return { deleteDeveloperMetadata: { deletedDeveloperMetadata: found.map(metadataResource) } };
}
