// spreadsheets.batchUpdate: requests applied in order, all or nothing, each with its reply.
import type { Execution } from '../core/execution';
import { openSpreadsheet } from './access';
import { badRequest, type Json } from './errors';
import {
  createDeveloperMetadata,
  deleteDeveloperMetadata,
  updateDeveloperMetadata,
} from './metadata-requests';
import { BATCH_CALL as CALL, type RequestContext } from './request-context';
import { updateSheetProperties, deleteSheet } from './sheet-property-requests';
import { addSheet, deleteDimension } from './sheet-requests';

type Handler = (ctx: RequestContext, body: Json) => Json | undefined;

const HANDLERS: Record<string, Handler> = {
  deleteDimension,
  addSheet,
  updateSheetProperties,
  deleteSheet,
  createDeveloperMetadata,
  updateDeveloperMetadata,
  deleteDeveloperMetadata,
};

/** The Request kinds of the v4 reference (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#Request). */
const API_KINDS = new Set(
  (
    'addBanding addChart addConditionalFormatRule addDataSource addDimensionGroup addFilterView ' +
    'addNamedRange addProtectedRange addSheet addSlicer addTable appendCells appendDimension ' +
    'autoFill autoResizeDimensions cancelDataSourceRefresh clearBasicFilter copyPaste ' +
    'createDeveloperMetadata cutPaste deleteBanding deleteConditionalFormatRule deleteDataSource ' +
    'deleteDeveloperMetadata deleteDimension deleteDimensionGroup deleteDuplicates ' +
    'deleteEmbeddedObject deleteFilterView deleteNamedRange deleteProtectedRange deleteRange ' +
    'deleteSheet deleteTable duplicateFilterView duplicateSheet findReplace insertDimension ' +
    'insertRange mergeCells moveDimension pasteData randomizeRange refreshDataSource repeatCell ' +
    'setBasicFilter setDataValidation sortRange textToColumns trimWhitespace unmergeCells ' +
    'updateBanding updateBorders updateCells updateChartSpec updateConditionalFormatRule ' +
    'updateDataSource updateDeveloperMetadata updateDimensionGroup updateDimensionProperties ' +
    'updateEmbeddedObjectBorder updateEmbeddedObjectPosition updateFilterView updateNamedRange ' +
    'updateProtectedRange updateSheetProperties updateSlicerSpec updateSpreadsheetProperties ' +
    'updateTable'
  ).split(' '),
);

/**
 * A request names exactly one kind. A name the API does not have fails the whole call as the
 * JSON parser does [reported: `Invalid JSON payload received. Unknown name "foo" at
 * 'requests[0]': Cannot find field.`]; a real kind the emulator does not model is refused loudly
 * (a host error, so a test never mistakes it for Google's).
 */
function kindOf(request: unknown, i: number): string {
  const keys = request && typeof request === 'object' ? Object.keys(request) : [];
  for (const key of keys) {
    if (!API_KINDS.has(key)) {
      throw badRequest(
        CALL,
        `Invalid JSON payload received. Unknown name "${key}" at 'requests[${i}]': Cannot find field.`,
      );
    }
  }
  const [kind] = keys;
  if (keys.length !== 1 || kind === undefined) {
    // [open] wording for a request with no kind or several.
    throw badRequest(CALL, `Invalid requests[${i}]: exactly one kind of request must be set.`);
  }
  if (!HANDLERS[kind]) {
    throw new Error(
      `Emulator: requests[${i}].${kind} is not modelled by Sheets.Spreadsheets.batchUpdate`,
    );
  }
  return kind;
}

/**
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate: "If any
 * request is not valid then the entire request will fail and nothing will be applied"; the
 * replies mirror the requests, `{}` for a request with no reply. Here each request is checked
 * and applied in order (a later one sees the earlier ones, as an addSheet then its use), and a
 * failure undoes those already applied.
 */
export function batchUpdateSpreadsheet(
  exec: Execution,
  resource: Json,
  spreadsheetId: unknown,
): Json {
  const state = openSpreadsheet(exec, CALL, spreadsheetId, 'write');
  const requests = (resource ?? {}).requests;
  if (!Array.isArray(requests)) {
    // [open] wording for a batch without a list of requests.
    throw badRequest(CALL, 'Invalid JSON payload received. requests must be a list.');
  }
  const kinds = requests.map(kindOf);
  const undos: Array<() => void> = [];
  const replies: Json[] = [];
  try {
    requests.forEach((request: Json, i) => {
      const kind = kinds[i] as string;
      const ctx: RequestContext = {
        state,
        user: exec.effectiveUser,
        i,
        kind,
        onUndo: (undo) => undos.push(undo),
      };
      const body = request[kind];
      const handler = HANDLERS[kind] as Handler;
      replies.push(handler(ctx, body && typeof body === 'object' ? (body as Json) : {}) ?? {});
    });
  } catch (e) {
    while (undos.length) undos.pop()?.();
    throw e;
  }
  return { spreadsheetId: state.id, replies };
}
