// The Docs batchUpdate requests that write a template from its model and fill a copy: pure index arithmetic.
import type { Replacement } from '../domain/documents/fill';
import { signatureLines, type TemplateBlock } from '../domain/documents/model';
import type { BodyElement, DeleteRange } from '../domain/documents/plan';

export type DocsRequest = GoogleAppsScript.Docs.Schema.Request;

/** One element of a Doc's body as read back: a paragraph, or a whole table (plan.ts). */
export interface TemplateElement extends BodyElement {
  readonly isTable: boolean;
}

type NamedStyle = 'TITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'NORMAL_TEXT';

type Piece =
  | { readonly kind: 'paragraph'; readonly text: string; readonly style: NamedStyle }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

const STYLE_OF: Readonly<Record<'title' | 'heading1' | 'heading2' | 'paragraph', NamedStyle>> = {
  title: 'TITLE',
  heading1: 'HEADING_1',
  heading2: 'HEADING_2',
  paragraph: 'NORMAL_TEXT',
};

/** The model's blocks as the paragraphs and tables of a Doc (model.ts blockElements, with styles). */
function piecesOf(blocks: readonly TemplateBlock[]): Piece[] {
  return blocks.flatMap((block): Piece[] => {
    if (block.kind === 'table') return [{ kind: 'table', rows: block.rows }];
    if (block.kind === 'signatures') {
      return block.parties.flatMap((party) =>
        signatureLines(party).map((text, line): Piece => ({
          kind: 'paragraph',
          text,
          style: line === 0 ? 'HEADING_3' : 'NORMAL_TEXT',
        })),
      );
    }
    return [{ kind: 'paragraph', text: block.text, style: STYLE_OF[block.kind] }];
  });
}

const insertText = (index: number, text: string): DocsRequest => ({
  insertText: { location: { index }, text },
});

/**
 * The requests that write a template into an empty Doc, in ONE batchUpdate. Each piece is written
 * at index 1, last piece first, so no index ever depends on text written before it
 * (https://developers.google.com/docs/api/how-tos/best-practices#edit_backwards_for_efficiency).
 * An empty Doc is one empty paragraph; insertTable puts an empty paragraph before the table
 * ("A newline character will be inserted before the inserted table", InsertTableRequest), and the
 * piece before the table is typed into that paragraph rather than given a newline of its own, so
 * the Doc holds exactly the model's paragraphs. Every paragraph's style is set explicitly: a new
 * paragraph otherwise takes the style of the one it was split from.
 */
export function templateRequests(blocks: readonly TemplateBlock[]): DocsRequest[] {
  const requests: DocsRequest[] = [];
  let emptyParagraphAtStart = true;
  for (const piece of piecesOf(blocks).reverse()) {
    if (piece.kind === 'table') {
      requests.push(...tableRequests(piece.rows));
      emptyParagraphAtStart = true;
      continue;
    }
    const text = emptyParagraphAtStart ? piece.text : `${piece.text}\n`;
    if (text !== '') requests.push(insertText(1, text));
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: 1, endIndex: 1 + piece.text.length + 1 },
        paragraphStyle: { namedStyleType: piece.style },
        fields: 'namedStyleType',
      },
    });
    emptyParagraphAtStart = false;
  }
  return requests;
}

/**
 * A table inserted at index 1 starts at 2; each row takes one index, each empty cell two (its
 * start and its paragraph's newline) (https://developers.google.com/docs/api/concepts/structure).
 * Cells are filled last first so earlier cells keep their indexes; the header row is bold.
 */
function tableRequests(rows: readonly (readonly string[])[]): DocsRequest[] {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const requests: DocsRequest[] = [
    { insertTable: { rows: rows.length, columns, location: { index: 1 } } },
  ];
  const tableStart = 2;
  for (let r = rows.length - 1; r >= 0; r -= 1) {
    const rowStart = tableStart + 1 + r * (1 + 2 * columns);
    for (let c = columns - 1; c >= 0; c -= 1) {
      const text = rows[r]?.[c] ?? '';
      if (text === '') continue;
      const at = rowStart + 2 + 2 * c;
      requests.push(insertText(at, text));
      if (r === 0) {
        requests.push({
          updateTextStyle: {
            range: { startIndex: at, endIndex: at + text.length },
            textStyle: { bold: true },
            fields: 'bold',
          },
        });
      }
    }
  }
  return requests;
}

/**
 * Docs refuses to delete "the newline character before a Table ... without deleting the element"
 * (DeleteContentRangeRequest). A left-out block whose last paragraph sits just before a table
 * therefore keeps that one newline: an empty paragraph stays before the table.
 */
function deletableRange(range: DeleteRange, tableStarts: ReadonlySet<number>): DeleteRange {
  return tableStarts.has(range.endIndex) ? { ...range, endIndex: range.endIndex - 1 } : range;
}

/**
 * The ONE batchUpdate that fills a copy of the template (plan.ts): the left-out blocks deleted last
 * first, then every placeholder replaced literally with matchCase, whatever their number.
 */
export function fillRequests(
  plan: {
    readonly deletions: readonly DeleteRange[];
    readonly replacements: readonly Replacement[];
  },
  elements: readonly TemplateElement[],
): DocsRequest[] {
  const tableStarts = new Set(elements.filter((e) => e.isTable).map((e) => e.startIndex));
  const deletions = plan.deletions
    .map((range) => deletableRange(range, tableStarts))
    .filter((range) => range.endIndex > range.startIndex)
    .map((range): DocsRequest => ({
      deleteContentRange: { range: { startIndex: range.startIndex, endIndex: range.endIndex } },
    }));
  const replacements = plan.replacements.map(({ find, replace }): DocsRequest => ({
    replaceAllText: { containsText: { text: find, matchCase: true }, replaceText: replace },
  }));
  return [...deletions, ...replacements];
}
