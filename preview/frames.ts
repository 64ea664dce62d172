// Whole pages for sandboxed frames (srcdoc): a digest's HTML body or a rendered document, inert.
import { createHash } from 'node:crypto';

/**
 * The one stylesheet framed pages may have. A srcdoc frame inherits the page's CSP, which allows
 * no inline style; the page's CSP names this exact text by its hash, so it (and nothing else
 * inline) applies. The content's own style="" attributes stay blocked: the preview shows the
 * words and structure Google would, in a Docs-like or Gmail-like plain style.
 */
export const FRAME_CSS = [
  'html{background:#fff;color:#202124}',
  'body{margin:0;padding:24px 32px;font:14px/1.5 Arial,Helvetica,sans-serif;max-width:760px;overflow-wrap:anywhere}',
  'h1{font-size:22px;font-weight:400;margin:16px 0 8px}',
  'h1.title{font-size:26px}',
  'h2{font-size:18px;font-weight:400}',
  'h3{font-size:15px}',
  'p.subtitle{color:#5f6368;font-size:16px}',
  'table{border-collapse:collapse;margin:8px 0}',
  'td,th{border:1px solid #c0c0c0;padding:4px 8px;vertical-align:top}',
  'a{color:#1a73e8}',
  'hr{border:0;border-top:1px solid #dadce0}',
  'ul{padding-left:22px}',
].join('');

/** The CSP source that allows FRAME_CSS as an inline <style> (and no other). */
export const FRAME_STYLE_SOURCE = `'sha256-${createHash('sha256').update(FRAME_CSS).digest('base64')}'`;

/**
 * The framed page's own policy, on top of the page's: nothing loads (no image, font or stylesheet
 * from anywhere, this machine included), no form goes anywhere, only FRAME_CSS styles it.
 */
export const FRAME_CSP = `default-src 'none'; style-src ${FRAME_STYLE_SOURCE}; img-src data:; form-action 'none'`;

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A whole page around `bodyHtml` for an iframe's srcdoc. The HTML is put in as it is (the add-on's
 * own output, shown faithfully): what keeps it inert is the frame, `sandbox=""` (no script, no
 * popup, no navigation of the page, an opaque origin), and the CSP above. `<base target="_blank">`
 * turns a click on a link into a popup, which the sandbox refuses, so the frame stays on the page
 * instead of trying to load Google.
 */
export function framedPage(title: string, bodyHtml: string): string {
  return (
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}">` +
    '<base target="_blank">' +
    `<title>${escapeText(title)}</title><style>${FRAME_CSS}</style></head>` +
    `<body>${bodyHtml}</body></html>`
  );
}
