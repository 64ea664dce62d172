// What a Google link in the workbook, a digest or the sidebar points at, so the preview can open it here.

/** Where a link goes: a document in the emulated Drive, a row of this workbook, or outside. */
export type LinkTarget =
  | { readonly kind: 'document'; readonly id: string }
  | { readonly kind: 'sheet'; readonly gid: number; readonly a1: string }
  | { readonly kind: 'outside'; readonly url: string };

const DOCUMENT = /^https:\/\/docs\.google\.com\/document\/d\/([A-Za-z0-9_-]{10,})(?:[/?#]|$)/;
const ROW =
  /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[A-Za-z0-9_-]+\/edit[^#]*#gid=(\d+)(?:&range=([A-Z]{1,3}[1-9]\d{0,6}))?$/;

/** Links in text: https URLs up to a space, a quote or an angle bracket. */
export const LINKS_IN_TEXT = /https?:\/\/[^\s<>"]+/g;

/** A Docs link (…/document/d/<id>/edit?usp=drivesdk), a row link (…#gid=<id>&range=A5), or outside. */
export function linkTarget(url: string): LinkTarget {
  const document = DOCUMENT.exec(url);
  if (document?.[1]) return { kind: 'document', id: document[1] };
  const row = ROW.exec(url);
  if (row?.[1]) return { kind: 'sheet', gid: Number(row[1]), a1: row[2] ?? 'A1' };
  return { kind: 'outside', url };
}
