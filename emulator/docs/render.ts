// Host views of a document body: plain text for assertions, HTML (escaped) for the local preview, JSON for saving.
import { bodyContent, type StructuralElementJSON } from './structure';
import type { NamedStyleType, TextStyle, Unit } from './units';

function paragraphText(el: StructuralElementJSON): string {
  const text = (el.paragraph?.elements ?? []).map((e) => e.textRun.content).join('');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

function textLines(content: readonly StructuralElementJSON[]): string[] {
  const lines: string[] = [];
  for (const el of content) {
    if (el.paragraph) lines.push(paragraphText(el));
    if (el.table) {
      for (const row of el.table.tableRows) {
        // Cells separated by a tab, a cell's paragraphs by ' / ' so that one row stays one line.
        lines.push(row.tableCells.map((cell) => textLines(cell.content).join(' / ')).join('\t'));
      }
    }
  }
  return lines;
}

/** The body as text: one line per paragraph, one line per table row (cells tab-separated). */
export function renderText(units: readonly Unit[]): string {
  return textLines(bodyContent(units)).join('\n');
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const TAGS: Record<NamedStyleType, string> = {
  NORMAL_TEXT: 'p',
  TITLE: 'h1 class="title"',
  SUBTITLE: 'p class="subtitle"',
  HEADING_1: 'h1',
  HEADING_2: 'h2',
  HEADING_3: 'h3',
  HEADING_4: 'h4',
  HEADING_5: 'h5',
  HEADING_6: 'h6',
};

function runHtml(content: string, style: TextStyle): string {
  let html = escapeHtml(content.replace(/\n$/, '')).split('\u000b').join('<br>');
  if (style.underline) html = `<u>${html}</u>`;
  if (style.italic) html = `<em>${html}</em>`;
  if (style.bold) html = `<strong>${html}</strong>`;
  return html;
}

function contentHtml(content: readonly StructuralElementJSON[]): string {
  const out: string[] = [];
  for (const el of content) {
    if (el.paragraph) {
      const open = TAGS[el.paragraph.paragraphStyle.namedStyleType];
      const close = open.split(' ')[0];
      const inner = el.paragraph.elements
        .map((e) => runHtml(e.textRun.content, e.textRun.textStyle))
        .join('');
      out.push(`<${open}>${inner}</${close}>`);
    }
    if (el.table) {
      const rows = el.table.tableRows.map(
        (row) =>
          `<tr>${row.tableCells.map((c) => `<td>${contentHtml(c.content)}</td>`).join('')}</tr>`,
      );
      out.push(`<table>${rows.join('')}</table>`);
    }
  }
  return out.join('\n');
}

/** The body as an HTML fragment: headings h1-h6, paragraphs, tables; all text escaped. */
export function renderHtml(units: readonly Unit[]): string {
  return contentHtml(bodyContent(units));
}

/** A body as plain JSON: its text (markers included) and runs of equal styling. */
export interface BodyJSON {
  text: string;
  runs: Array<[start: number, end: number, text: TextStyle | null, style: NamedStyleType | null]>;
}

export function bodyToJSON(units: readonly Unit[]): BodyJSON {
  let text = '';
  const runs: BodyJSON['runs'] = [];
  units.forEach((u, i) => {
    text += u.c;
    const key = [u.text ?? null, u.style ?? null] as const;
    const last = runs[runs.length - 1];
    if (
      last &&
      last[1] === i &&
      JSON.stringify(last[2]) === JSON.stringify(key[0]) &&
      last[3] === key[1]
    ) {
      last[1] = i + 1;
    } else if (key[0] || key[1]) {
      runs.push([i, i + 1, key[0], key[1]]);
    }
  });
  return { text, runs };
}

export function bodyFromJSON(json: BodyJSON): Unit[] {
  const units: Unit[] = Array.from({ length: json.text.length }, (_, i) => ({
    c: json.text[i] as string,
  }));
  for (const [start, end, text, style] of json.runs) {
    for (let i = start; i < end; i += 1) {
      units[i] = {
        c: (units[i] as Unit).c,
        ...(text ? { text: { ...text } } : {}),
        ...(style ? { style } : {}),
      };
    }
  }
  return units;
}
