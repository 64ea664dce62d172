// What a document template is: its kind (name, file-name type, scope, required values) and its blocks.

/** A placement's documents are about one pupil; the safeguarding request is about a provider (§6). */
export type TemplateScope = 'placement' | 'provider';

/**
 * One piece of a document, in the order it appears. The Docs adapter turns each into paragraphs of
 * the matching style (title, heading 1, heading 2, normal text) or a table; tests render it to text.
 */
export type TemplateBlock =
  | { readonly kind: 'title' | 'heading1' | 'heading2' | 'paragraph'; readonly text: string }
  /** The first row is the header row. */
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] }
  /** One signature panel per party: its name, then Name / Signature / Date lines to write on. */
  | { readonly kind: 'signatures'; readonly parties: readonly string[] };

/** What the add-on knows about a template, whatever a person has since typed into its Doc. */
export interface TemplateKind {
  /** How staff call it, and how messages name it: "Parent/carer agreement". */
  readonly name: string;
  /** Its words in file names, with no slash (Drive shows one as a folder): "Parent-carer agreement". */
  readonly documentType: string;
  readonly scope: TemplateScope;
  /**
   * Placeholders (header texts) that must have a value for the document to make sense. Checked only
   * where the template still uses them outside a block left out, so a school may drop one.
   */
  readonly required: readonly string[];
}

/** A template as setup first writes it (DOMAIN.md §6); staff then edit it in Docs. */
export interface DefaultTemplate extends TemplateKind {
  readonly blocks: readonly TemplateBlock[];
}

/** The line left for a hand-written name, signature or date: long enough to write on when printed. */
export const WRITE_ON_LINE = '________________________________';

/** The paragraphs of one signature panel, the same in the Doc and in rendered text. */
export function signatureLines(party: string): readonly string[] {
  return [party, `Name: ${WRITE_ON_LINE}`, `Signature: ${WRITE_ON_LINE}`, `Date: ${WRITE_ON_LINE}`];
}

/** A table's cells in one line each row, as the text renderer and template checks read a table. */
export function tableText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join(' | ')).join('\n');
}

/**
 * The body elements a block becomes, each as its text: a paragraph per heading or paragraph, one
 * element for a whole table (so a condition marker typed into a cell is not on a paragraph of its
 * own), and four paragraphs per signing party.
 */
export function blockElements(block: TemplateBlock): readonly string[] {
  switch (block.kind) {
    case 'table':
      return [tableText(block.rows)];
    case 'signatures':
      return block.parties.flatMap(signatureLines);
    default:
      return [block.text];
  }
}

/** Every body element of a template in order: the lines conditions and checks are worked out on. */
export function templateElements(blocks: readonly TemplateBlock[]): string[] {
  return blocks.flatMap((block) => [...blockElements(block)]);
}
