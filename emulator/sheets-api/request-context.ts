// What a spreadsheets.batchUpdate request handler gets, and the 400 it raises.
import type { GoogleJsonResponseException } from '../drive/errors';
import type { SpreadsheetState } from '../spreadsheet/state';
import { badRequest } from './errors';

export const BATCH_CALL = 'sheets.spreadsheets.batchUpdate';

/** The document, who runs, the request's place in the batch, and where to register its undo. */
export interface RequestContext {
  readonly state: SpreadsheetState;
  readonly user: string;
  /** The request's position, for messages ("Invalid requests[2].addSheet: ..."). */
  readonly i: number;
  readonly kind: string;
  onUndo(undo: () => void): void;
}

/** [reported] The shape of every batchUpdate 400: `Invalid requests[0].addSheet: <message>`. */
export function invalid(ctx: RequestContext, message: string): GoogleJsonResponseException {
  return badRequest(BATCH_CALL, `Invalid requests[${ctx.i}].${ctx.kind}: ${message}`);
}

export function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}
