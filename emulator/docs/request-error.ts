// The 400 errors a batchUpdate request can raise, worded as the Docs API words them, and shared request helpers.
import { isMarker, type Unit } from './units';

/** One invalid request: the whole batch fails with this message and nothing is applied. */
export class InvalidRequest extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequest';
  }
}

/** `Invalid requests[0].deleteContentRange: ...` [reported: the shape of every Docs 400 message]. */
export function invalid(i: number, kind: string, message: string): InvalidRequest {
  return new InvalidRequest(`Invalid requests[${i}].${kind}: ${message}`);
}

export interface RequestContext {
  /** The request's position in the batch (for messages). */
  readonly i: number;
  readonly kind: string;
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** Headers, footers and footnotes are not modelled: only the body segment (segmentId '' or absent). */
function assertBody(ctx: RequestContext, segmentId: unknown): void {
  if (segmentId !== undefined && segmentId !== null && segmentId !== '') {
    throw new Error(
      `Emulator: requests[${ctx.i}].${ctx.kind} names segment ${String(segmentId)}; only the body is modelled`,
    );
  }
}

/**
 * The index a Location or EndOfSegmentLocation names, checked to lie inside a paragraph:
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest
 * ("The index must lie within the bounds of an existing Paragraph"; the end of the body is just
 * before its final newline).
 */
export function insertionIndex(
  ctx: RequestContext,
  req: { location?: { index?: unknown; segmentId?: unknown }; endOfSegmentLocation?: unknown },
  units: readonly Unit[],
): number {
  const hasLocation = req.location !== undefined && req.location !== null;
  const hasEnd = req.endOfSegmentLocation !== undefined && req.endOfSegmentLocation !== null;
  if (hasLocation === hasEnd) {
    // [open] wording; Google documents that exactly one of the two is set.
    throw invalid(ctx.i, ctx.kind, 'Exactly one of location or endOfSegmentLocation must be set.');
  }
  if (hasEnd) {
    assertBody(ctx, (req.endOfSegmentLocation as { segmentId?: unknown }).segmentId);
    return units.length - 1;
  }
  const location = req.location as { index?: unknown; segmentId?: unknown };
  assertBody(ctx, location.segmentId);
  const index = location.index ?? 0;
  if (!isInt(index)) throw invalid(ctx.i, ctx.kind, `Invalid index: ${String(index)}`);
  if (index >= units.length) {
    // [reported] "Index 1041 must be less than the end index of the referenced segment, 1038."
    throw invalid(
      ctx.i,
      ctx.kind,
      `Index ${index} must be less than the end index of the referenced segment, ${units.length}.`,
    );
  }
  if (index < 1 || isMarker(units[index])) {
    // [reported] wording; index 0 is the section break, a marker is between paragraphs.
    throw invalid(
      ctx.i,
      ctx.kind,
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  }
  return index;
}

/** A Range's start and end, checked against the body. */
export function rangeOf(
  ctx: RequestContext,
  range: { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown } | undefined,
  units: readonly Unit[],
): { start: number; end: number } {
  if (!range) throw invalid(ctx.i, ctx.kind, 'range must be set.'); // [open] wording
  assertBody(ctx, range.segmentId);
  const start = range.startIndex ?? 0;
  const end = range.endIndex ?? 0;
  if (!isInt(start) || !isInt(end)) throw invalid(ctx.i, ctx.kind, 'Invalid range.');
  if (end <= start) {
    // [reported] "Invalid requests[0].deleteContentRange: The range should not be empty."
    throw invalid(ctx.i, ctx.kind, 'The range should not be empty.');
  }
  if (end > units.length) {
    throw invalid(
      ctx.i,
      ctx.kind,
      `Index ${end} must be less than the end index of the referenced segment, ${units.length}.`,
    );
  }
  return { start, end };
}

/** Field masks: 'a,b' or '*'. https://developers.google.com/docs/api/how-tos/field-masks */
export function fieldMask(ctx: RequestContext, fields: unknown): Set<string> {
  const list = typeof fields === 'string' ? fields.split(',').map((f) => f.trim()) : [];
  const set = new Set(list.filter((f) => f !== ''));
  if (set.size === 0) {
    // [reported] wording of the Docs/Slides APIs for an empty field mask.
    throw invalid(
      ctx.i,
      ctx.kind,
      "At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
  }
  return set;
}
