// The add-on's sidebar HTML as the preview serves it: the bridge script injected first, a strict CSP.

/** Inline scripts and styles only (as the built Sidebar.html has); no request leaves the frame. */
export const SIDEBAR_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'";

/** Text safe inside an inline <script>: no '</script' can close it early. */
function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')}</script>`;
}

/**
 * Google runs its own google.script.run before the page's scripts; so does the preview: right
 * after <head>, or at the very start when the file has no head.
 */
export function withBridge(html: string, bridge: string, functions: readonly string[]): string {
  const callable = functions.filter((name) => !name.endsWith('_'));
  const scripts =
    inlineScript(`var PREVIEW_SERVER_FUNCTIONS = ${JSON.stringify(callable)};`) +
    inlineScript(bridge);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return scripts + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + scripts + html.slice(at);
}
