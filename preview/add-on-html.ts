// The add-on's sidebar and dialog HTML as the preview serves it: Google's stylesheet dropped, the bridge first, the Picker stand-in, a strict CSP.

/**
 * Inline scripts and styles only (as the built Sidebar.html and Picker.html have); no request
 * leaves the frame, not even to this machine: the frame reaches the server only through the page.
 */
export const ADD_ON_HTML_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'";

/** The `<link>` to Google's add-on stylesheet (add-ons1.css on ssl.gstatic.com) in sidebar/index.html. */
const GOOGLE_ADD_ON_CSS =
  /<link\b[^>]*\bhref=["']https:\/\/ssl\.gstatic\.com\/docs\/script\/css\/add-ons\d*\.css["'][^>]*>/gi;

/** Google's loader for its JavaScript APIs (api.js on apis.google.com), which the Picker dialog loads. */
const GOOGLE_API_LOADER =
  /<script\b[^>]*\bsrc=["']https:\/\/apis\.google\.com\/js\/api\.js["'][^>]*>\s*<\/script>/gi;

/** Text safe inside an inline <script>: no '</script' can close it early. */
function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')}</script>`;
}

/**
 * Offline there is no Google to serve its add-on stylesheet, and the CSP would refuse it (an error
 * in the console at every load); the sidebar's own styles.css repeats it, so the link goes, and a
 * comment says so. Only that link: anything else from outside is still refused, and shows.
 */
export function withoutGoogleStylesheet(html: string): string {
  return html.replace(
    GOOGLE_ADD_ON_CSS,
    "<!-- preview: Google's add-on stylesheet is not fetched offline; the sidebar's styles.css repeats it -->",
  );
}

/**
 * Offline there is no Google Picker either: its loader becomes the preview's stand-in
 * (client/picker-stand-in.ts), inline where the loader was, so gapi exists exactly when Google's
 * would, before the dialog's own script runs.
 */
export function withPickerStandIn(html: string, standIn: string): string {
  return html.replace(
    GOOGLE_API_LOADER,
    () =>
      "<!-- preview: Google's api.js is not fetched offline; the preview's stand-in Picker instead -->" +
      inlineScript(standIn),
  );
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
