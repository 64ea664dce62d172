// The Docs advanced service (v1): a Doc's body read as the elements templates are checked on, and batch updates.
import type { DocsRequest, TemplateElement } from './docs-requests';

type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** The Docs global exists only when appsscript.json enables the advanced service. */
function documents(): GoogleAppsScript.Docs.Collection.DocumentsCollection {
  if (typeof Docs === 'undefined' || !Docs) {
    throw new Error(
      'the Docs advanced service is not enabled in this script (appsscript.json dependencies)',
    );
  }
  return Docs.Documents;
}

function paragraphText(element: StructuralElement): string {
  const text = (element.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** A table as one element: a line per row, cells joined by " | " as model.ts tableText writes them. */
function tableText(element: StructuralElement): string {
  return (element.table?.tableRows ?? [])
    .map((row) =>
      (row.tableCells ?? [])
        .map((cell) => (cell.content ?? []).map(elementText).join('\n'))
        .join(' | '),
    )
    .join('\n');
}

function elementText(element: StructuralElement): string {
  return element.table ? tableText(element) : paragraphText(element);
}

/**
 * The body's paragraphs and tables with their indexes, in one documents.get: what the template
 * check, the conditional blocks and the deletions are worked out on (plan.ts BodyElement). The
 * section break and anything else without text (a table of contents) are not elements.
 */
export function readDocumentBody(documentId: string): TemplateElement[] {
  const doc = documents().get(documentId);
  return (doc.body?.content ?? []).flatMap((element): TemplateElement[] => {
    if (!element.paragraph && !element.table) return [];
    return [
      {
        text: elementText(element),
        startIndex: element.startIndex ?? 0,
        endIndex: element.endIndex ?? 0,
        isTable: element.table !== undefined,
      },
    ];
  });
}

/** All the requests in one call, applied by Docs all or nothing (documents.batchUpdate). */
export function updateDocument(documentId: string, requests: readonly DocsRequest[]): void {
  if (requests.length === 0) return;
  documents().batchUpdate({ requests: [...requests] }, documentId);
}
