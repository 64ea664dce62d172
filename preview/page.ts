// The preview page's HTML shell: the client script fills it from the server's JSON.
import { FRAME_STYLE_SOURCE } from './frames';
import { escapeHtml } from './html-text';

/**
 * Only this server: no font, stylesheet or script from anywhere else (nothing leaves the machine).
 * The one inline style allowed is the framed pages' stylesheet, by its hash (preview/frames.ts):
 * srcdoc frames inherit this policy.
 */
export const PAGE_CSP = `default-src 'self'; script-src 'self'; style-src 'self' ${FRAME_STYLE_SOURCE}; img-src 'self' data:; frame-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'`;

export function pageHtml(title: string): string {
  const text = escapeHtml(title);
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${text}</title>
    <link rel="stylesheet" href="/styles.css" />
    <script src="/app.js" defer></script>
  </head>
  <body>
    <header class="topbar">
      <div class="doc">
        <h1 id="doc-title">${text}</h1>
        <nav id="menubar" class="menubar" aria-label="Menus"></nav>
      </div>
      <a class="provider-view" href="/forms">Provider's view</a>
      <div id="user" class="user"></div>
      <div id="clock" class="clock" aria-live="polite"></div>
    </header>
    <div id="formula-bar" class="formula-bar">
      <span id="cell-name" class="cell-name"></span><span id="cell-content" class="cell-content"></span><span id="cell-link" class="cell-link"></span>
    </div>
    <main class="workspace">
      <section id="grid" class="grid" aria-label="Sheet"></section>
      <section id="viewer" class="viewer" aria-label="Viewer" hidden></section>
      <aside id="sidebar" class="sidebar" hidden></aside>
    </main>
    <nav id="tabs" class="tabs" aria-label="Sheets"></nav>
    <section class="activity">
      <div><h2>Messages</h2><ol id="messages" class="messages" aria-live="polite"></ol></div>
      <div><h2>Executions</h2><ol id="executions" class="executions"></ol></div>
      <div><h2>Outbox</h2><ol id="outbox" class="outbox"></ol></div>
      <div><h2>Documents</h2><ol id="documents" class="documents"></ol></div>
    </section>
    <div id="add-on-dialog" class="add-on-dialog" hidden></div>
    <div id="dialogs" class="dialogs"></div>
    <div id="toasts" class="toasts" aria-live="polite"></div>
  </body>
</html>
`;
}
