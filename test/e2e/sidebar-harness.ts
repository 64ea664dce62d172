// Serves the built dist/Sidebar.html to Chromium with a stub google.script.run in front of the page's
// own script: a fake server in Node, typed by the contract, that records calls and answers from fixtures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import type {
  FieldErrors,
  FormResult,
  SidebarApi,
  SidebarState,
} from '../../src/shared/sidebar-api';

export type ServerName = keyof SidebarApi;
type Answer<K extends ServerName> = ReturnType<SidebarApi[K]>;
type Handler<K extends ServerName> = (
  ...args: Parameters<SidebarApi[K]>
) => Answer<K> | Promise<Answer<K>>;

export interface ServerCall {
  readonly name: ServerName;
  readonly args: readonly unknown[];
}

const serverNames: readonly ServerName[] = [
  'getSidebarState',
  'getSelectedPlacement',
  'openRow',
  'recordRegister',
  'recordReview',
  'recordConcern',
  'recordFollowUp',
  'generateDocument',
  'previewEmail',
  'sendEmail',
  'saveSetup',
  'takeOverReminders',
  'setProviderReturns',
  'makeReport',
];

/**
 * The calls that change the workbook or send something: each carries a request id (Repeatable).
 * takeOverReminders carries one too, checked in sidebar-reminders.test.ts (it shows only when stopped).
 */
export const changingNames = [
  'recordRegister',
  'recordReview',
  'recordConcern',
  'recordFollowUp',
  'generateDocument',
  'sendEmail',
  'saveSetup',
  'makeReport',
] as const satisfies readonly ServerName[];

/** What the contract allows for a request id. */
export const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The request id a recorded call sent (undefined if none). */
export function requestIdOf(call: ServerCall | undefined): unknown {
  const form = call?.args[0];
  return form && typeof form === 'object' ? (form as { requestId?: unknown }).requestId : undefined;
}

export function saved<T = null>(message: string, state: SidebarState, value: T): FormResult<T> {
  return { ok: true, message, state, value };
}

export function refused(message: string, fieldErrors: FieldErrors = {}): FormResult<never> {
  return { ok: false, message, fieldErrors };
}

/** Stands in for the add-on's server: answers each function from `state` unless told otherwise. */
export class FakeServer {
  readonly calls: ServerCall[] = [];
  private readonly handlers = new Map<ServerName, (...args: never[]) => unknown>();
  private readonly failures = new Map<ServerName, string>();
  private readonly holds = new Map<ServerName, Promise<void>>();

  constructor(public state: SidebarState) {}

  /** Answers `name` with `handler` from now on. */
  on<K extends ServerName>(name: K, handler: Handler<K>): this {
    this.handlers.set(name, handler as (...args: never[]) => unknown);
    return this;
  }

  /** The next call of `name` fails as a server exception does (withFailureHandler gets it). */
  failNext(name: ServerName, message: string): this {
    this.failures.set(name, message);
    return this;
  }

  /** The next call of `name` waits until the returned function is called: the call "in flight". */
  hold(name: ServerName): () => void {
    let release = () => undefined as void;
    this.holds.set(name, new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  }

  /** The workbook's day the fake server's state is for (its overview's). */
  today(): string {
    return this.state.overview?.today ?? this.state.register?.date ?? '2026-11-30';
  }

  callsOf(name: ServerName): ServerCall[] {
    return this.calls.filter((call) => call.name === name);
  }

  names(): ServerName[] {
    return this.calls.map((call) => call.name);
  }

  async answer(
    name: ServerName,
    args: unknown[],
  ): Promise<{ ok: boolean; value?: unknown; message?: string }> {
    this.calls.push({ name, args });
    const hold = this.holds.get(name);
    if (hold) {
      this.holds.delete(name);
      await hold;
    }
    const failure = this.failures.get(name);
    if (failure !== undefined) {
      this.failures.delete(name);
      return { ok: false, message: failure };
    }
    const handler = this.handlers.get(name);
    const value = handler
      ? await (handler as (...a: unknown[]) => unknown)(...args)
      : this.defaultAnswer(name);
    // google.script.run carries plain data only (PLATFORM.md): what the page gets is a JSON copy.
    return { ok: true, value: JSON.parse(JSON.stringify(value ?? null)) };
  }

  private defaultAnswer(name: ServerName): unknown {
    switch (name) {
      case 'getSidebarState':
        return this.state;
      case 'getSelectedPlacement':
      case 'openRow':
        return {
          selected: this.state.selected,
          selectionHint: this.state.selectionHint,
          today: this.today(),
        };
      case 'generateDocument':
        return saved('Made the document.', this.state, {
          link: 'https://docs.google.com/document/d/invented-new-document/edit',
        });
      case 'previewEmail':
        return saved('Check the email, then confirm.', this.state, {
          to: 'ap-notify@la.example',
          subject: 'Alternative provision placement AP-0007',
          body: 'Dear colleague,\n\nWe write to tell you of a placement.\n\nMeadowbank Academy',
          records: 'LA notified on Placements row 8 = 2026-11-30',
        });
      case 'makeReport':
        return saved('The AP register is on the AP register sheet.', this.state, { link: '' });
      default:
        return saved('Saved.', this.state, null);
    }
  }
}

/** The stub google.script.run, in the page before the sidebar's own script (as Google's is). */
function stubScript(): string {
  return `<script>
(function () {
  var names = ${JSON.stringify(serverNames)};
  function runner(success, failure) {
    var run = {
      withSuccessHandler: function (handler) { return runner(handler, failure); },
      withFailureHandler: function (handler) { return runner(success, handler); },
    };
    names.forEach(function (name) {
      run[name] = function () {
        var args = JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments)));
        window.__fakeServer(name, args).then(function (answer) {
          if (answer.ok) { if (success) success(answer.value); }
          else if (failure) failure(new Error(answer.message));
        });
      };
    });
    return run;
  }
  window.google = { script: { run: runner(null, null) } };
})();
</script>`;
}

const SIDEBAR_URL = 'http://sidebar.test/';

export interface OpenSidebar {
  readonly page: Page;
  readonly server: FakeServer;
  /** Anything that would mean markup ran: alert() dialogs and uncaught page errors. */
  readonly dialogs: string[];
  readonly pageErrors: string[];
}

export function builtSidebar(): string {
  const file = path.resolve(__dirname, '../../dist/Sidebar.html');
  return readFileSync(file, 'utf8');
}

/** Opens the built sidebar at 300 px wide against a fake server holding `state`. */
export async function openSidebar(
  browser: Browser,
  state: SidebarState,
  setUp: (server: FakeServer) => void = () => undefined,
): Promise<OpenSidebar> {
  const server = new FakeServer(state);
  setUp(server);
  // en-GB, as the school's staff: date fields show day/month/year.
  const page = await browser.newPage({ viewport: { width: 300, height: 700 }, locale: 'en-GB' });
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.exposeFunction('__fakeServer', (name: ServerName, args: unknown[]) =>
    server.answer(name, args),
  );
  const html = builtSidebar().replace(/<head>/i, (head) => head + stubScript());
  // No network here: Google's stylesheet fails fast and the inlined fallback is what shows.
  await page.route('https://ssl.gstatic.com/**', (route) => route.abort());
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(SIDEBAR_URL);
  return { page, server, dialogs, pageErrors };
}

// Code run in the page is written as text: the tests' TypeScript has no DOM library.

/** A screenshot of the whole sidebar: the frame is made as tall as the content first. */
export async function screenshotSidebar(page: Page, file: string): Promise<void> {
  const height = await page.evaluate<number>(
    `Math.min(4000, Math.max(700, document.querySelector('.sidebar')?.scrollHeight ?? 700))`,
  );
  const before = page.viewportSize();
  await page.setViewportSize({ width: 300, height });
  await page.screenshot({ path: file });
  if (before) await page.setViewportSize(before);
}

/** How far the page, the sidebar or anything in it reaches past the 300 px frame (0 means it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    const root = document.scrollingElement ?? document.documentElement;
    let worst = root.scrollWidth - root.clientWidth;
    for (const element of document.querySelectorAll('.sidebar, .sidebar *')) {
      if (element.matches('.sidebar, .email-body')) {
        worst = Math.max(worst, element.scrollWidth - element.clientWidth);
      }
      const box = element.getBoundingClientRect();
      if (box.width > 0 && !element.closest('.visually-hidden, .segmented input')) {
        worst = Math.max(worst, Math.ceil(box.right - window.innerWidth));
      }
    }
    return worst;
  })()`);
}

/**
 * One Chromium for a describe block, and `open` for each test's sidebar: closed after the test,
 * which fails there if the page raised a dialog or an uncaught error.
 */
export function sidebarsInBrowser(): {
  readonly open: (
    state: SidebarState,
    setUp?: (server: FakeServer) => void,
  ) => Promise<OpenSidebar>;
} {
  let browser: Browser | undefined;
  let opened: OpenSidebar | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    if (opened) {
      expect(opened.dialogs).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
      await opened.page.close();
    }
    opened = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (state, setUp) => {
      if (!browser)
        throw new Error('Chromium is not running: call sidebarsInBrowser() inside describe.');
      opened = await openSidebar(browser, state, setUp);
      return opened;
    },
  };
}
