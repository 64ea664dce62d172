// The preview's HTTP server on loopback: the page, its JSON API, and the add-on's bridged sidebar and dialogs.
import { readFileSync } from 'node:fs';
import type { RunAs } from '../emulator';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { bundleClient } from './client-bundle';
import { PAGE_CSP, pageHtml } from './page';
import { BadRequest } from './bad-request';
import { PreviewSession } from './session';
import {
  ADD_ON_HTML_CSP,
  withBridge,
  withoutGoogleStylesheet,
  withPickerStandIn,
} from './add-on-html';
import { TokenRefused } from './picker-files';
import { FORM_ID, FORMS_CSP, formListPage, formPage } from './provider-forms';
import { DEFAULT_STATE_DIR } from './state-file';

export interface PreviewOptions {
  /** 0 picks a free port (tests); default PORT or 5173. */
  readonly port?: number;
  /** Only a loopback address is accepted. */
  readonly host?: string;
  readonly stateDir?: string;
  readonly distDir?: string;
  /** How the add-on is deployed: a script bound to the sheet (default) or an editor add-on. */
  readonly runAs?: RunAs;
}

export interface RunningPreview {
  readonly url: string;
  readonly port: number;
  readonly session: PreviewSession;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_BODY = 1024 * 1024;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

type Reply = (status: number, type: string, body: string, headers?: Record<string, string>) => void;

function replier(res: ServerResponse): Reply {
  return (status, type, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
    res.end(body);
  };
}

const json = (reply: Reply, status: number, value: unknown): void =>
  reply(status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new BadRequest('Send JSON (Content-Type: application/json)');
  }
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BadRequest('Request too large');
    chunks.push(chunk);
  }
  const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequest('Send a JSON object');
  }
  return body as Record<string, unknown>;
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw new BadRequest(`${key} must be a string`);
  return value;
}

/**
 * Requests must name this server as their host (no DNS rebinding) and, when a browser says where
 * they come from, come from the page itself (no other site posting to the preview).
 */
function trusted(req: IncomingMessage, port: number): boolean {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  const host = req.headers.host ?? '';
  if (!hosts.includes(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    throw new Error(`The preview listens on loopback only (127.0.0.1), not ${host}.`);
  }
  const client = await bundleClient();
  const stylesheet = (file: string) =>
    readFileSync(path.join(__dirname, 'client', 'styles', file), 'utf8');
  const styles = ['page.css', 'sheet.css'].map(stylesheet).join('\n');
  const formStyles = stylesheet('forms.css');
  // Made once the port is ours, so a second preview on a busy port never touches the saved state.
  let session: PreviewSession | undefined;
  let port = 0;

  /** The add-on's HTML for a frame: bridged, Google's stylesheet and Picker swapped for local stand-ins. */
  function addOnHtml(
    reply: Reply,
    html: string | undefined,
    closed: string,
    functions: readonly string[],
  ): void {
    if (html === undefined) return reply(404, 'text/plain; charset=utf-8', closed);
    const page = withBridge(
      withPickerStandIn(withoutGoogleStylesheet(html), client.pickerStandIn),
      client.bridge,
      functions,
    );
    return reply(200, 'text/html; charset=utf-8', page, {
      'Content-Security-Policy': ADD_ON_HTML_CSP,
    });
  }

  async function route(req: IncomingMessage, reply: Reply, session: PreviewSession): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    switch (`${req.method ?? 'GET'} ${url.pathname}`) {
      case 'GET /':
        return reply(200, 'text/html; charset=utf-8', pageHtml(session.state().spreadsheetName), {
          'Content-Security-Policy': PAGE_CSP,
        });
      case 'GET /app.js':
        return reply(200, 'text/javascript; charset=utf-8', client.app);
      case 'GET /favicon.ico':
        return reply(204, 'image/x-icon', '');
      case 'GET /styles.css':
        return reply(200, 'text/css; charset=utf-8', styles);
      case 'GET /sidebar':
        return addOnHtml(
          reply,
          session.sidebarHtml(),
          'No sidebar is open: open it from the menu.',
          session.addOn.topLevelFunctions,
        );
      case 'GET /dialog':
        return addOnHtml(
          reply,
          session.dialogHtml(),
          'No dialog of the add-on is open.',
          session.addOn.topLevelFunctions,
        );
      case 'GET /forms':
        return reply(200, 'text/html; charset=utf-8', formListPage(session.workspace.forms.all()), {
          'Content-Security-Policy': FORMS_CSP,
        });
      case 'GET /forms.css':
        return reply(200, 'text/css; charset=utf-8', formStyles);
      case 'GET /provider-form.js':
        return reply(200, 'text/javascript; charset=utf-8', client.providerForm);
      case 'GET /api/state':
        return json(reply, 200, session.state());
      case 'GET /api/sheet':
        return json(reply, 200, session.sheet(url.searchParams.get('name') ?? ''));
      case 'GET /api/workbook':
        return json(reply, 200, session.workspace.spreadsheet.toJSON());
      case 'GET /api/document':
        return json(reply, 200, session.document(url.searchParams.get('id') ?? ''));
      case 'GET /api/mail':
        return json(reply, 200, session.mail(Number(url.searchParams.get('index') || Number.NaN)));
    }
    if (req.method === 'GET' && url.pathname.startsWith('/forms/')) {
      const id = url.pathname.slice('/forms/'.length);
      const form = FORM_ID.test(id) ? session.workspace.forms.find(id) : undefined;
      if (!form) return reply(404, 'text/plain; charset=utf-8', 'No such form in this preview.');
      return reply(200, 'text/html; charset=utf-8', formPage(form), {
        'Content-Security-Policy': FORMS_CSP,
      });
    }
    if (req.method !== 'POST') return reply(404, 'text/plain; charset=utf-8', 'Not found');
    const body = await readJson(req);
    switch (url.pathname) {
      case '/api/edit':
        return json(
          reply,
          200,
          session.edit(text(body, 'sheet'), text(body, 'a1'), text(body, 'value')),
        );
      case '/api/select':
        session.select(text(body, 'sheet'), text(body, 'a1'));
        return json(reply, 200, { ok: true });
      case '/api/menu':
        return json(reply, 200, session.runMenuItem(text(body, 'functionName')));
      case '/api/run': {
        const args = body.args ?? [];
        if (!Array.isArray(args)) throw new BadRequest('args must be an array');
        return json(reply, 200, session.call(text(body, 'functionName'), args));
      }
      case '/api/advance':
        return json(reply, 200, session.advance(Number(body.ms)));
      case '/api/clock':
        return json(reply, 200, session.jump(text(body, 'shortcut')));
      case '/api/sidebar/close':
        session.closeSidebar();
        return json(reply, 200, { ok: true });
      case '/api/dialog/close':
        session.closeDialog();
        return json(reply, 200, { ok: true });
      case '/api/user':
        return json(reply, 200, session.switchUser(text(body, 'user')));
      case '/api/picker/files':
        return json(reply, 200, session.pickerFiles(text(body, 'token'), body.ids));
      case '/api/forms/submit': {
        const email = body.respondentEmail;
        if (email !== undefined && typeof email !== 'string') {
          throw new BadRequest('respondentEmail must be a string');
        }
        return json(reply, 200, session.submitForm(text(body, 'formId'), body.answers, email));
      }
      case '/api/picker/pick':
        return json(reply, 200, session.pickFiles(text(body, 'token'), body.ids));
    }
    return reply(404, 'text/plain; charset=utf-8', 'Not found');
  }

  const server = http.createServer((req, res) => {
    const reply = replier(res);
    if (!trusted(req, port)) return reply(403, 'text/plain; charset=utf-8', 'Forbidden');
    if (!session) return reply(503, 'text/plain; charset=utf-8', 'Starting: try again');
    route(req, reply, session).catch((e: unknown) => {
      const bad = e instanceof BadRequest || e instanceof SyntaxError;
      const status = e instanceof TokenRefused ? 401 : bad ? 400 : 500;
      const message = e instanceof Error ? e.message : String(e);
      if (status === 500) console.error(e);
      json(reply, status, { ok: false, error: message });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  try {
    session = new PreviewSession({
      stateDir: options.stateDir ?? DEFAULT_STATE_DIR,
      ...(options.distDir ? { distDir: options.distDir } : {}),
      ...(options.runAs ? { runAs: options.runAs } : {}),
    });
  } catch (e) {
    server.close();
    throw e;
  }
  const opened = session;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    session: opened,
    close: () =>
      new Promise<void>((resolve, reject) => {
        opened.flush();
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
