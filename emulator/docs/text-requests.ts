// insertText, replaceAllText, updateParagraphStyle and updateTextStyle applied to a body's units.
import { fieldMask, insertionIndex, invalid, rangeOf, type RequestContext } from './request-error';
import {
  NAMED_STYLES,
  isMarker,
  stripForInsert,
  textUnits,
  type NamedStyleType,
  type TextStyle,
  type Unit,
} from './units';

/** The named style of the paragraph holding index i: the style of the newline that ends it. */
export function paragraphStyleAt(units: readonly Unit[], i: number): NamedStyleType {
  for (let k = i; k < units.length; k += 1) {
    const u = units[k] as Unit;
    if (u.c === '\n') return u.style ?? 'NORMAL_TEXT';
    if (isMarker(u)) break;
  }
  return 'NORMAL_TEXT';
}

function isText(u: Unit | undefined): u is Unit {
  return u !== undefined && u.c !== '\n' && !isMarker(u);
}

/** Inserted text takes the style of the text before it (or after it, at a paragraph start). [open] */
function inheritedStyle(units: readonly Unit[], index: number): TextStyle | undefined {
  const before = units[index - 1];
  if (isText(before)) return before.text;
  const at = units[index];
  return isText(at) ? at.text : undefined;
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest */
export function insertText(
  ctx: RequestContext,
  req: { text?: unknown; location?: { index?: unknown }; endOfSegmentLocation?: unknown },
  units: Unit[],
): void {
  const index = insertionIndex(ctx, req, units);
  const text = stripForInsert(typeof req.text === 'string' ? req.text : '');
  if (text === '') {
    throw invalid(ctx.i, ctx.kind, 'Insert text requests must specify text to insert.'); // [open]
  }
  units.splice(
    index,
    0,
    ...textUnits(text, inheritedStyle(units, index), paragraphStyleAt(units, index)),
  );
}

function lower(c: string): string {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#replacealltextrequest
 * "Replaces all instances of text matching a criteria with replace text." The criteria is
 * SubstringMatchCriteria: literal text, `matchCase` default false. The replacement is literal
 * too ('$1', '\\' come out as given). A match never spans a paragraph break or a table marker
 * [open: Google does not say]. The replacement takes the style of the first character it
 * replaces [open]. The reply's occurrencesChanged is omitted when 0, as JSON omits zero numbers
 * [reported: https://github.com/n8n-io/n8n/issues/13230].
 */
export function replaceAllText(
  ctx: RequestContext,
  req: { containsText?: { text?: unknown; matchCase?: unknown }; replaceText?: unknown },
  units: Unit[],
): { replaceAllText: { occurrencesChanged?: number } } {
  const find = req.containsText?.text;
  if (typeof find !== 'string' || find === '') {
    throw invalid(ctx.i, ctx.kind, 'The text to search for must not be empty.'); // [open] wording
  }
  const matchCase = req.containsText?.matchCase === true;
  const replacement = stripForInsert(typeof req.replaceText === 'string' ? req.replaceText : '');
  const norm = (s: string): string => (matchCase ? s : Array.from(s, lower).join(''));
  let hay = '';
  for (const u of units) hay += matchCase ? u.c : lower(u.c);
  const needle = norm(find);
  const starts: number[] = [];
  for (let at = hay.indexOf(needle); at !== -1;) {
    const span = units.slice(at, at + needle.length);
    if (span.every(isText)) {
      starts.push(at);
      at = hay.indexOf(needle, at + needle.length);
    } else {
      at = hay.indexOf(needle, at + 1);
    }
  }
  for (let k = starts.length - 1; k >= 0; k -= 1) {
    const at = starts[k] as number;
    const style = (units[at] as Unit).text;
    const para = paragraphStyleAt(units, at);
    units.splice(at, needle.length, ...textUnits(replacement, style, para));
  }
  return { replaceAllText: starts.length > 0 ? { occurrencesChanged: starts.length } : {} };
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#updateparagraphstylerequest */
export function updateParagraphStyle(
  ctx: RequestContext,
  req: {
    range?: { startIndex?: unknown; endIndex?: unknown };
    paragraphStyle?: { namedStyleType?: unknown };
    fields?: unknown;
  },
  units: Unit[],
): void {
  const { start, end } = rangeOf(ctx, req.range, units);
  const fields = fieldMask(ctx, req.fields);
  if (!fields.has('namedStyleType') && !fields.has('*')) return; // other fields are not modelled
  const wanted = req.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT';
  if (!NAMED_STYLES.includes(wanted as NamedStyleType)) {
    throw invalid(ctx.i, ctx.kind, `Invalid value for namedStyleType: ${String(wanted)}`); // [open]
  }
  // Every paragraph the range touches: from the paragraph holding `start` to the one holding end-1.
  for (let i = start; i < units.length; i += 1) {
    const u = units[i] as Unit;
    if (u.c === '\n') {
      units[i] = { ...u, style: wanted as NamedStyleType };
      if (i >= end - 1) break;
    } else if (isMarker(u) && i >= end) break;
  }
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetextstylerequest (bold, italic, underline) */
export function updateTextStyle(
  ctx: RequestContext,
  req: {
    range?: { startIndex?: unknown; endIndex?: unknown };
    textStyle?: TextStyle;
    fields?: unknown;
  },
  units: Unit[],
): void {
  const { start, end } = rangeOf(ctx, req.range, units);
  const fields = fieldMask(ctx, req.fields);
  const all = fields.has('*');
  const given = req.textStyle ?? {};
  for (let i = start; i < end; i += 1) {
    const u = units[i] as Unit;
    if (isMarker(u)) continue;
    const next: TextStyle = { ...u.text };
    for (const key of ['bold', 'italic', 'underline'] as const) {
      if (all || fields.has(key)) {
        if (given[key] === true) next[key] = true;
        else delete next[key];
      }
    }
    const rest: Unit = u.style ? { c: u.c, style: u.style } : { c: u.c };
    units[i] = Object.keys(next).length > 0 ? { ...rest, text: next } : rest;
  }
}
