// Injected into the sidebar's HTML: google.script.run and google.script.host, carried to the page by postMessage.
import type { BridgeRequest, BridgeResponse } from '../shared/api';

/** The bundle's callable functions, written by the server just before this script. */
declare const PREVIEW_SERVER_FUNCTIONS: readonly string[];

type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  readonly success?: Handler;
  readonly failure?: Handler;
  readonly userObject?: unknown;
}

interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
  withUserObject(userObject: unknown): Runner;
  [functionName: string]: unknown;
}

const pending = new Map<number, Handlers>();
let nextId = 1;

/**
 * What google.script.run may carry (numbers, booleans, strings, null, plain objects and arrays; a
 * form as the only argument). Dates are tagged so the emulator can refuse them as Google does.
 */
function encode(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

function formFields(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((value, name) => {
    if (typeof value === 'string') out[name] = value;
  });
  return out;
}

function send(request: BridgeRequest): void {
  window.parent.postMessage(request, '*');
}

function call(handlers: Handlers, functionName: string, args: unknown[]): void {
  const id = nextId++;
  pending.set(id, handlers);
  const only = args.length === 1 ? args[0] : undefined;
  const plain = only instanceof HTMLFormElement ? [formFields(only)] : args.map(encode);
  send({ channel: 'ap-preview-bridge', type: 'run', id, functionName, args: plain });
}

function runner(handlers: Handlers): Runner {
  const run: Runner = {
    withSuccessHandler: (success) => runner({ ...handlers, success }),
    withFailureHandler: (failure) => runner({ ...handlers, failure }),
    withUserObject: (userObject) => runner({ ...handlers, userObject }),
  };
  for (const name of PREVIEW_SERVER_FUNCTIONS) {
    run[name] = (...args: unknown[]): void => call(handlers, name, args);
  }
  return run;
}

window.addEventListener('message', (event: MessageEvent<BridgeResponse>) => {
  const data = event.data;
  if (event.source !== window.parent || data?.channel !== 'ap-preview-page') return;
  const handlers = pending.get(data.id);
  if (!handlers) return;
  pending.delete(data.id);
  if (data.ok) {
    handlers.success?.(data.value, handlers.userObject);
  } else if (handlers.failure) {
    handlers.failure(new Error(data.error ?? 'The server call failed'), handlers.userObject);
  } else {
    console.error(data.error);
  }
});

/**
 * The sidebar's links (a generated document, a row) would open Google in a popup or the top
 * window; here the page is asked instead, which opens documents and rows itself and nothing
 * remote. Links inside the sidebar (#…) and to the preview itself are left alone.
 */
function leavesThePreview(href: string): boolean {
  // The frame's origin is opaque ("null"); its URL still names the preview's host.
  const here = `${window.location.protocol}//${window.location.host}/`;
  return /^https?:\/\//i.test(href) && !href.startsWith(here);
}

function openOutside(url: string): void {
  send({ channel: 'ap-preview-bridge', type: 'open', url });
}

if (typeof document !== 'undefined') {
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest('a[href]');
      if (!(link instanceof HTMLAnchorElement) || !leavesThePreview(link.href)) return;
      event.preventDefault();
      openOutside(link.href);
    },
    true,
  );
}

window.open = (url?: string | URL): null => {
  const href = url === undefined ? '' : String(url);
  if (leavesThePreview(href)) openOutside(href);
  return null;
};

const host = {
  close: (): void => send({ channel: 'ap-preview-bridge', type: 'close' }),
  setHeight: (): void => undefined,
  setWidth: (): void => undefined,
  origin: 'https://docs.google.com',
  editor: { focus: (): void => undefined },
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host } };
