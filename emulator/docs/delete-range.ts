// deleteContentRange with the Docs API's structural rules: no final newline, no partial table, no cell's last newline.
import { invalid, rangeOf, type RequestContext } from './request-error';
import {
  CELL,
  ROW,
  TABLE_END,
  TABLE_START,
  containers,
  isHighSurrogate,
  tableBounds,
  type Unit,
} from './units';

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest
 * "Some examples of invalid delete requests include: Deleting one code unit of a surrogate pair.
 * Deleting the last newline character of a Body, Header, Footer, Footnote, TableCell or
 * TableOfContents. Deleting the start or end of a Table, TableOfContents or Equation without
 * deleting the entire element. Deleting the newline character before a Table, TableOfContents or
 * SectionBreak without deleting the element. Deleting individual rows or cells of a table.
 * Deleting the content within a table cell is allowed."
 */
const CANNOT_DELETE = 'Invalid deletion range. Cannot delete the requested range.'; // [reported: think41/extrasuite#58]
const FINAL_NEWLINE = 'The range cannot include the newline character at the end of the segment.'; // [reported]

export function deleteContentRange(
  ctx: RequestContext,
  req: { range?: { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown } },
  units: Unit[],
): void {
  const { start, end } = rangeOf(ctx, req.range, units);
  if (end === units.length) throw invalid(ctx.i, ctx.kind, FINAL_NEWLINE);
  // Index 0 is the body's section break [open: Google's wording for this case].
  if (start < 1) throw invalid(ctx.i, ctx.kind, CANNOT_DELETE);
  if (isHighSurrogate(units[start - 1]?.c) || isHighSurrogate(units[end - 1]?.c)) {
    throw invalid(ctx.i, ctx.kind, CANNOT_DELETE);
  }
  const bounds = tableBounds(units);
  const owner = containers(units);
  const home = owner[start];
  for (let i = start; i < end;) {
    const c = units[i]?.c;
    if (c === TABLE_START) {
      const close = bounds.get(i) as number;
      if (close >= end) throw invalid(ctx.i, ctx.kind, CANNOT_DELETE);
      i = close + 1;
      continue;
    }
    // A row, cell or table end reached without its table start: a partial table.
    if (c === ROW || c === CELL || c === TABLE_END) throw invalid(ctx.i, ctx.kind, CANNOT_DELETE);
    if (owner[i] !== home) throw invalid(ctx.i, ctx.kind, CANNOT_DELETE);
    i += 1;
  }
  // The last newline of a cell (followed by the next cell, row or the table end) stays.
  const after = units[end]?.c;
  if (units[end - 1]?.c === '\n' && (after === CELL || after === ROW || after === TABLE_END)) {
    throw invalid(ctx.i, ctx.kind, CANNOT_DELETE);
  }
  // The newline before a table stays unless the table goes too (it did not: units[end] is the table).
  if (units[end - 1]?.c === '\n' && after === TABLE_START) {
    throw invalid(ctx.i, ctx.kind, CANNOT_DELETE);
  }
  units.splice(start, end - start);
}
