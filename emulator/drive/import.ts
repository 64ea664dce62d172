// Converts an uploaded blob (text/plain, text/html) into a Google Doc body, as Drive's import does for simple files.
import type { Blob } from '../services/blob';
import {
  CELL,
  ROW,
  SECTION,
  TABLE_END,
  TABLE_START,
  isMarker,
  stripForInsert,
  textUnits,
  type NamedStyleType,
  type TextStyle,
  type Unit,
} from '../docs/units';
import { GoogleJsonResponseException } from './errors';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const HEADINGS: Record<string, NamedStyleType> = {
  h1: 'HEADING_1',
  h2: 'HEADING_2',
  h3: 'HEADING_3',
  h4: 'HEADING_4',
  h5: 'HEADING_5',
  h6: 'HEADING_6',
};

/**
 * A simple HTML page as Drive converts it to a Doc (https://developers.google.com/drive/api/guides/manage-uploads#import-docs):
 * h1-h6 become headings, p/div/li/br paragraphs, b/strong/i/em/u character styles, table/tr/td/th
 * tables; other markup is dropped. Google's converter keeps far more (lists, fonts): [open].
 */
export function htmlUnits(html: string): Unit[] {
  const out: Unit[] = [{ c: SECTION }];
  let para: Unit[] = [];
  let style: NamedStyleType = 'NORMAL_TEXT';
  let pending = false;
  const inline = { bold: 0, italic: 0, underline: 0 };
  const stack: Array<'table' | 'cell'> = [];
  const flush = (force: boolean): void => {
    if (para.length > 0 || force) out.push(...para, { c: '\n', style });
    para = [];
    style = 'NORMAL_TEXT';
    pending = false;
  };
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '');
  for (const m of source.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g)) {
    const [, closing, rawTag, text] = m;
    if (text !== undefined) {
      if (stack[stack.length - 1] === 'table') continue; // whitespace between rows and cells
      let t = decode(text.replace(/\s+/g, ' '));
      if (para.length === 0) t = t.replace(/^ /, '');
      if (t === '') continue;
      const ts: TextStyle = {};
      if (inline.bold) ts.bold = true;
      if (inline.italic) ts.italic = true;
      if (inline.underline) ts.underline = true;
      para.push(...textUnits(stripForInsert(t), ts, 'NORMAL_TEXT'));
      continue;
    }
    const tag = (rawTag as string).toLowerCase();
    const delta = closing ? -1 : 1;
    if (tag === 'b' || tag === 'strong') inline.bold += delta;
    else if (tag === 'i' || tag === 'em') inline.italic += delta;
    else if (tag === 'u') inline.underline += delta;
    else if (tag === 'br') flush(true);
    else if (tag === 'p' || tag === 'div' || tag === 'li' || HEADINGS[tag]) {
      if (!closing) {
        flush(false);
        style = HEADINGS[tag] ?? 'NORMAL_TEXT';
        pending = true;
      } else flush(pending);
    } else if (tag === 'table' && !closing) {
      flush(false);
      if (out.length === 1 || isMarker(out[out.length - 1]))
        out.push({ c: '\n', style: 'NORMAL_TEXT' });
      out.push({ c: TABLE_START });
      stack.push('table');
    } else if (tag === 'table' && stack[stack.length - 1] === 'table') {
      out.push({ c: TABLE_END });
      stack.pop();
    } else if (tag === 'tr' && !closing && stack[stack.length - 1] === 'table') {
      out.push({ c: ROW });
    } else if ((tag === 'td' || tag === 'th') && !closing && stack[stack.length - 1] === 'table') {
      out.push({ c: CELL });
      stack.push('cell');
    } else if ((tag === 'td' || tag === 'th') && closing && stack[stack.length - 1] === 'cell') {
      flush(false);
      if (out[out.length - 1]?.c === CELL) out.push({ c: '\n', style: 'NORMAL_TEXT' });
      stack.pop();
    }
  }
  flush(false);
  while (stack.length) {
    if (stack.pop() === 'table') out.push({ c: TABLE_END });
    else if (out[out.length - 1]?.c === CELL) out.push({ c: '\n', style: 'NORMAL_TEXT' });
  }
  if (out.length === 1 || out[out.length - 1]?.c !== '\n')
    out.push({ c: '\n', style: 'NORMAL_TEXT' });
  return out;
}

/** The body a blob becomes when uploaded as a Google Doc: text/plain line by line, or text/html. */
export function importBody(call: string, blob: Blob): Unit[] {
  const type = (blob.getContentType() ?? '').split(';')[0]?.trim().toLowerCase();
  const text = blob.getDataAsString();
  if (type === 'text/html') return htmlUnits(text);
  if (type === 'text/plain') {
    const units: Unit[] = [{ c: SECTION }];
    for (const line of text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')) {
      units.push(...textUnits(`${stripForInsert(line)}\n`, undefined, 'NORMAL_TEXT'));
    }
    return units;
  }
  // [open] Google converts .docx and more; the emulator only text and simple HTML.
  throw new GoogleJsonResponseException(
    call,
    `Emulator: cannot convert ${type || 'this blob'} to a Google Doc (text/plain and text/html only)`,
    400,
  );
}
