// Applies a documents.batchUpdate request list in order, all or nothing, and collects the replies.
import { deleteContentRange } from './delete-range';
import { InvalidRequest, type RequestContext } from './request-error';
import { deleteTableRow, insertTable, insertTableRow } from './table-requests';
import { insertText, replaceAllText, updateParagraphStyle, updateTextStyle } from './text-requests';
import type { Unit } from './units';

type Handler = (ctx: RequestContext, req: never, units: Unit[]) => object | void;

const handlers: Record<string, Handler> = {
  replaceAllText,
  insertText,
  deleteContentRange,
  updateParagraphStyle,
  updateTextStyle,
  insertTable,
  insertTableRow,
  deleteTableRow,
};

/** Request kinds of the Docs API the emulator does not model: a clear emulator error, not Google's. */
const known = new Set([
  'createParagraphBullets',
  'deleteParagraphBullets',
  'createNamedRange',
  'deleteNamedRange',
  'insertInlineImage',
  'insertTableColumn',
  'deleteTableColumn',
  'insertPageBreak',
  'deletePositionedObject',
  'updateTableColumnProperties',
  'updateTableCellStyle',
  'updateTableRowStyle',
  'replaceImage',
  'updateDocumentStyle',
  'mergeTableCells',
  'unmergeTableCells',
  'createHeader',
  'createFooter',
  'createFootnote',
  'replaceNamedRangeContent',
  'updateSectionStyle',
  'insertSectionBreak',
  'deleteHeader',
  'deleteFooter',
  'pinTableHeaderRows',
]);

export interface BatchResult {
  readonly units: Unit[];
  readonly replies: object[];
  /** Whether any request changed the body (a replaceAllText that found nothing does not). */
  readonly changed: boolean;
}

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: "Each request
 * is validated before being applied. If any request is not valid, then the entire request will
 * fail and nothing will be applied." Requests apply in order, each seeing the document as the
 * previous ones left it; replies come in the same order, `{}` for requests without one.
 */
export function applyBatch(body: readonly Unit[], requests: unknown): BatchResult {
  if (!Array.isArray(requests)) {
    throw new InvalidRequest('Invalid JSON payload received. Expected an array of requests.'); // [open]
  }
  const units = [...body];
  const replies: object[] = [];
  requests.forEach((raw: unknown, i) => {
    const request = (raw ?? {}) as Record<string, unknown>;
    const kinds = Object.keys(request).filter(
      (k) => request[k] !== undefined && request[k] !== null,
    );
    if (kinds.length !== 1) {
      // [open] wording: a Request is a union; exactly one kind must be set.
      throw new InvalidRequest(`Invalid requests[${i}]: exactly one kind of request must be set.`);
    }
    const kind = kinds[0] as string;
    const handler = handlers[kind];
    if (!handler) {
      if (known.has(kind)) {
        throw new Error(`Emulator: Docs request ${kind} (requests[${i}]) is not modelled`);
      }
      throw new InvalidRequest(
        `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`,
      );
    }
    const reply = handler({ i, kind }, request[kind] as never, units);
    replies.push(reply ?? {});
  });
  const changed = units.length !== body.length || units.some((u, k) => u !== body[k]);
  return { units, replies, changed };
}
