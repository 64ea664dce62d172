// A Google Doc's body as a flat run of UTF-16 code units with their styles: the index space the Docs API uses.
//
// https://developers.google.com/docs/api/concepts/structure#start_and_end_index: indices count
// UTF-16 code units; the body starts with a section break at 0-1, every paragraph ends with '\n',
// and a table spends one index on its start, each row, each cell, and its end. Keeping the body
// as one array of units makes every request's index arithmetic the API's by construction.

export type NamedStyleType =
  | 'NORMAL_TEXT'
  | 'TITLE'
  | 'SUBTITLE'
  | 'HEADING_1'
  | 'HEADING_2'
  | 'HEADING_3'
  | 'HEADING_4'
  | 'HEADING_5'
  | 'HEADING_6';

export const NAMED_STYLES: readonly NamedStyleType[] = [
  'NORMAL_TEXT',
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
];

/** The markers Google's model uses for structure (they never appear in text: insertText strips them). */
export const SECTION = '\u0003';
export const TABLE_START = '\u0010';
export const TABLE_END = '\u0011';
export const ROW = '\u0012';
export const CELL = '\u001c';
const MARKERS = new Set([SECTION, TABLE_START, TABLE_END, ROW, CELL]);

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface Unit {
  /** One UTF-16 code unit, '\n' ending a paragraph, or a structural marker. */
  readonly c: string;
  /** Character style (text units only). */
  readonly text?: TextStyle;
  /** The paragraph's named style, carried by the '\n' that ends it. */
  readonly style?: NamedStyleType;
}

export function isMarker(u: Unit | undefined): boolean {
  return u !== undefined && MARKERS.has(u.c);
}

/**
 * "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic
 * Multilingual Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text."
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest
 */
export function stripForInsert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, '');
}

export function textUnits(
  text: string,
  style: TextStyle | undefined,
  para: NamedStyleType,
): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === '\n') out.push({ c, style: para, ...(style ? { text: style } : {}) });
    else out.push(style && Object.keys(style).length > 0 ? { c, text: style } : { c });
  }
  return out;
}

/** An empty rows x columns table, each cell one empty paragraph. */
export function tableUnits(rows: number, columns: number): Unit[] {
  const out: Unit[] = [{ c: TABLE_START }];
  for (let r = 0; r < rows; r += 1) {
    out.push({ c: ROW });
    for (let k = 0; k < columns; k += 1) out.push({ c: CELL }, { c: '\n', style: 'NORMAL_TEXT' });
  }
  out.push({ c: TABLE_END });
  return out;
}

/** A block of a document built by the host (templates in tests, files a person made). */
export type Block =
  | { readonly text: string; readonly style?: NamedStyleType; readonly bold?: boolean }
  | { readonly table: readonly (readonly string[])[] };

/** The units of a body holding these blocks (an empty body is one empty paragraph). */
export function bodyUnits(blocks: readonly Block[]): Unit[] {
  const out: Unit[] = [{ c: SECTION }];
  for (const block of blocks) {
    if ('table' in block) {
      if (out.length === 1 || isMarker(out[out.length - 1])) {
        out.push({ c: '\n', style: 'NORMAL_TEXT' });
      }
      out.push({ c: TABLE_START });
      for (const row of block.table) {
        out.push({ c: ROW });
        for (const cell of row) {
          out.push({ c: CELL });
          for (const line of stripForInsert(cell).split('\n')) {
            out.push(...textUnits(`${line}\n`, undefined, 'NORMAL_TEXT'));
          }
        }
      }
      out.push({ c: TABLE_END });
    } else {
      const lines = stripForInsert(block.text).split('\n');
      for (const line of lines) {
        out.push(
          ...textUnits(
            `${line}\n`,
            block.bold ? { bold: true } : undefined,
            block.style ?? 'NORMAL_TEXT',
          ),
        );
      }
    }
  }
  // A body always ends with a paragraph, after a table too.
  const last = out[out.length - 1];
  if (out.length === 1 || last?.c !== '\n') out.push({ c: '\n', style: 'NORMAL_TEXT' });
  return out;
}

/** For each unit the index of the TABLE_END matching a TABLE_START (and the reverse). */
export function tableBounds(units: readonly Unit[]): Map<number, number> {
  const bounds = new Map<number, number>();
  const open: number[] = [];
  units.forEach((u, i) => {
    if (u.c === TABLE_START) open.push(i);
    if (u.c === TABLE_END) {
      const start = open.pop();
      if (start === undefined) throw new Error('Docs model: unbalanced table');
      bounds.set(start, i);
      bounds.set(i, start);
    }
  });
  return bounds;
}

/**
 * The container each unit belongs to: 0 for the body, or the index of the CELL marker of the
 * innermost cell. A table's own markers belong to the container that holds the table.
 */
export function containers(units: readonly Unit[]): number[] {
  const out: number[] = [];
  const stack: number[] = [0];
  const depth: number[] = [];
  units.forEach((u, i) => {
    if (u.c === TABLE_START) {
      out.push(stack[stack.length - 1] as number);
      depth.push(stack.length);
      return;
    }
    if (u.c === ROW || u.c === CELL || u.c === TABLE_END) {
      stack.length = depth[depth.length - 1] as number;
      out.push(stack[stack.length - 1] as number);
      if (u.c === CELL) stack.push(i);
      if (u.c === TABLE_END) depth.pop();
      return;
    }
    out.push(stack[stack.length - 1] as number);
  });
  return out;
}

/** The text of the units (markers included), e.g. to search it. */
export function plain(units: readonly Unit[]): string {
  let s = '';
  for (const u of units) s += u.c;
  return s;
}

export function isHighSurrogate(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = c.charCodeAt(0);
  return n >= 0xd800 && n <= 0xdbff;
}
