// Builds the Docs API Document resource (body.content with startIndex/endIndex) from a body's units.
import {
  CELL,
  ROW,
  SECTION,
  TABLE_END,
  TABLE_START,
  type NamedStyleType,
  type TextStyle,
  type Unit,
} from './units';

export interface TextRunJSON {
  startIndex: number;
  endIndex: number;
  textRun: { content: string; textStyle: TextStyle };
}

export interface ParagraphJSON {
  elements: TextRunJSON[];
  paragraphStyle: { namedStyleType: NamedStyleType; direction: 'LEFT_TO_RIGHT' };
}

export interface TableCellJSON {
  startIndex: number;
  endIndex: number;
  content: StructuralElementJSON[];
}

export interface TableJSON {
  rows: number;
  columns: number;
  tableRows: Array<{ startIndex: number; endIndex: number; tableCells: TableCellJSON[] }>;
}

export interface StructuralElementJSON {
  startIndex?: number;
  endIndex: number;
  sectionBreak?: { sectionStyle: { sectionType: 'CONTINUOUS'; contentDirection: 'LEFT_TO_RIGHT' } };
  paragraph?: ParagraphJSON;
  table?: TableJSON;
}

function sameStyle(a: TextStyle | undefined, b: TextStyle | undefined): boolean {
  return (
    (a?.bold ?? false) === (b?.bold ?? false) &&
    (a?.italic ?? false) === (b?.italic ?? false) &&
    (a?.underline ?? false) === (b?.underline ?? false)
  );
}

function styleJSON(s: TextStyle | undefined): TextStyle {
  const out: TextStyle = {};
  if (s?.bold) out.bold = true;
  if (s?.italic) out.italic = true;
  if (s?.underline) out.underline = true;
  return out;
}

class Reader {
  constructor(private readonly units: readonly Unit[]) {}

  /** Structural elements from `i` until a CELL/ROW/TABLE_END marker or the end. */
  content(i: number): { elements: StructuralElementJSON[]; next: number } {
    const elements: StructuralElementJSON[] = [];
    for (;;) {
      const u = this.units[i];
      if (u === undefined || u.c === CELL || u.c === ROW || u.c === TABLE_END) break;
      const read = u.c === TABLE_START ? this.table(i) : this.paragraph(i);
      elements.push(read.element);
      i = read.next;
    }
    return { elements, next: i };
  }

  paragraph(start: number): { element: StructuralElementJSON; next: number } {
    const elements: TextRunJSON[] = [];
    let i = start;
    let runStart = start;
    let content = '';
    for (;;) {
      const u = this.units[i];
      if (u === undefined) throw new Error('Docs model: paragraph without its newline');
      content += u.c;
      const next = this.units[i + 1];
      const ends = u.c === '\n';
      if (ends || !sameStyle(u.text, next?.text)) {
        elements.push({
          startIndex: runStart,
          endIndex: i + 1,
          textRun: { content, textStyle: styleJSON(u.text) },
        });
        content = '';
        runStart = i + 1;
      }
      i += 1;
      if (ends) {
        return {
          element: {
            startIndex: start,
            endIndex: i,
            paragraph: {
              elements,
              paragraphStyle: {
                namedStyleType: u.style ?? 'NORMAL_TEXT',
                direction: 'LEFT_TO_RIGHT',
              },
            },
          },
          next: i,
        };
      }
    }
  }

  table(start: number): { element: StructuralElementJSON; next: number } {
    const tableRows: TableJSON['tableRows'] = [];
    let i = start + 1;
    while (this.units[i]?.c === ROW) {
      const rowStart = i;
      i += 1;
      const tableCells: TableCellJSON[] = [];
      while (this.units[i]?.c === CELL) {
        const cellStart = i;
        const read = this.content(i + 1);
        tableCells.push({ startIndex: cellStart, endIndex: read.next, content: read.elements });
        i = read.next;
      }
      tableRows.push({ startIndex: rowStart, endIndex: i, tableCells });
    }
    if (this.units[i]?.c !== TABLE_END) throw new Error('Docs model: table without its end');
    return {
      element: {
        startIndex: start,
        endIndex: i + 1,
        table: {
          rows: tableRows.length,
          columns: tableRows[0]?.tableCells.length ?? 0,
          tableRows,
        },
      },
      next: i + 1,
    };
  }
}

/** body.content: a section break at 0-1 (it alone has no startIndex), then the elements. */
export function bodyContent(units: readonly Unit[]): StructuralElementJSON[] {
  if (units[0]?.c !== SECTION) throw new Error('Docs model: body must start with a section break');
  const { elements, next } = new Reader(units).content(1);
  if (next !== units.length) throw new Error(`Docs model: stray structure at ${next}`);
  return [
    {
      endIndex: 1,
      sectionBreak: {
        sectionStyle: { sectionType: 'CONTINUOUS', contentDirection: 'LEFT_TO_RIGHT' },
      },
    },
    ...elements,
  ];
}
