// The google.script.run bridge injected into the sidebar, run against a stand-in window.
import vm from 'node:vm';
import { bundleClient } from '../../preview/client-bundle';
import { withBridge, withPickerStandIn } from '../../preview/add-on-html';

interface Runner {
  withSuccessHandler(f: (value: unknown, user?: unknown) => void): Runner;
  withFailureHandler(f: (error: Error, user?: unknown) => void): Runner;
  withUserObject(o: unknown): Runner;
  [name: string]: unknown;
}
interface Google {
  script: { run: Runner; host: { close(): void } };
}

let bridge: string;
let pickerStandIn: string;

beforeAll(async () => {
  ({ bridge, pickerStandIn } = await bundleClient());
});

/** A stand-in for the DOM's elements: an anchor is its own closest('a[href]'). */
class Element {
  closest(_selector: string): Element | null {
    return null;
  }
}
class HTMLAnchorElement extends Element {
  constructor(readonly href: string) {
    super();
  }
  override closest(): Element {
    return this;
  }
}

interface Click {
  target: unknown;
  preventDefault(): void;
}

/** A frame whose parent records what it is sent and can answer. */
function frame(functions: readonly string[]) {
  const posted: Array<Record<string, unknown>> = [];
  const listeners: Array<(e: { source: unknown; data: unknown }) => void> = [];
  const clicks: Array<(e: Click) => void> = [];
  const parent = { postMessage: (m: Record<string, unknown>) => posted.push(m) };
  class HTMLFormElement {}
  const window = {
    parent,
    location: { protocol: 'http:', host: '127.0.0.1:5173' },
    open: (_url?: string): unknown => 'a new window',
    addEventListener: (_type: string, f: (typeof listeners)[number]) => listeners.push(f),
  };
  const document = {
    addEventListener: (type: string, f: (e: Click) => void, capture: boolean) => {
      if (type === 'click' && capture) clicks.push(f);
    },
  };
  const click = (target: unknown): boolean => {
    let prevented = false;
    const event = { target, preventDefault: () => (prevented = true) };
    clicks.forEach((f) => f(event));
    return prevented;
  };
  const context = vm.createContext({
    window,
    document,
    Element,
    HTMLAnchorElement,
    HTMLFormElement,
    console,
  });
  vm.runInContext(`var PREVIEW_SERVER_FUNCTIONS = ${JSON.stringify(functions)};${bridge}`, context);
  const google = (window as unknown as { google: Google }).google;
  const answer = (data: unknown, source: unknown = parent): void =>
    listeners.forEach((f) => f({ source, data }));
  const scriptDate = vm.runInContext('new Date("2026-11-30T08:00:00Z")', context) as Date;
  return { google, posted, answer, scriptDate, click, window };
}

it('sends a call to the page and calls the success handler only when the answer comes', () => {
  const { google, posted, answer } = frame(['getSidebarState']);
  const success = jest.fn();
  const run = google.script.run.withSuccessHandler(success).withUserObject('row 5');
  (run.getSidebarState as (...a: unknown[]) => void)(3, 'x');
  expect(posted).toEqual([
    {
      channel: 'ap-preview-bridge',
      type: 'run',
      id: 1,
      functionName: 'getSidebarState',
      args: [3, 'x'],
    },
  ]);
  expect(success).not.toHaveBeenCalled();
  answer({ channel: 'ap-preview-page', type: 'result', id: 1, ok: true, value: { total: 25 } });
  expect(success).toHaveBeenCalledWith({ total: 25 }, 'row 5');
});

it('calls the failure handler with an Error, and ignores messages from anyone but the page', () => {
  const { google, answer } = frame(['setUpWorkbook']);
  const failure = jest.fn();
  (google.script.run.withFailureHandler(failure).setUpWorkbook as () => void)();
  answer({ channel: 'ap-preview-page', type: 'result', id: 1, ok: false, error: 'x' }, {});
  expect(failure).not.toHaveBeenCalled();
  answer({ channel: 'ap-preview-page', type: 'result', id: 1, ok: false, error: 'No lock' });
  expect(failure).toHaveBeenCalledWith(expect.objectContaining({ message: 'No lock' }), undefined);
});

it('offers only the bundle’s public functions, each chain with its own handlers', () => {
  const { google } = frame(['getSidebarState']);
  expect(google.script.run.getSidebarState).toEqual(expect.any(Function));
  expect(google.script.run.secret_).toBeUndefined();
  expect(google.script.run.withSuccessHandler(() => undefined)).not.toBe(google.script.run);
});

it('tags Dates so the emulator refuses them as Google does, and host.close() asks the page', () => {
  const { google, posted, scriptDate } = frame(['getSidebarState']);
  (google.script.run.getSidebarState as (a: unknown) => void)({ when: scriptDate });
  expect(posted[0]?.args).toEqual([{ when: { $date: '2026-11-30T08:00:00.000Z' } }]);
  google.script.host.close();
  expect(posted[1]).toEqual({ channel: 'ap-preview-bridge', type: 'close' });
});

it('injects the bridge where no closing tag in it can end the script early', () => {
  const html = withBridge('<html><head><title>x</title></head></html>', 'a("</script>")', [
    'run',
    'hidden_',
  ]);
  expect(html).toBe(
    '<html><head><script>var PREVIEW_SERVER_FUNCTIONS = ["run"];</script>' +
      '<script>a("<\\/script>")</script><title>x</title></head></html>',
  );
  expect(withBridge('<p>no head</p>', 'b()', [])).toMatch(/^<script>.*<\/script><p>no head<\/p>$/);
});

it('puts the stand-in Picker where Google’s loader was, and nothing else of the page changes', () => {
  const loader = '<script src="https://apis.google.com/js/api.js"></script>';
  const html = withPickerStandIn(
    `<head>${loader}<script>main()</script></head>`,
    'a("$&</script>")',
  );
  expect(html).toBe(
    "<head><!-- preview: Google's api.js is not fetched offline; the preview's stand-in Picker instead -->" +
      '<script>a("$&<\\/script>")</script><script>main()</script></head>',
  );
  expect(withPickerStandIn('<p>no Picker</p>', 'a()')).toBe('<p>no Picker</p>');
  // File names from Drive go in as text: the stand-in writes no markup.
  expect(pickerStandIn).toContain('Preview stand-in for the Google Picker');
  expect(pickerStandIn).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});

it('hands the page any link the sidebar would open, so nothing remote loads', () => {
  const { posted, click, window } = frame([]);
  const doc =
    'https://docs.google.com/document/d/1tCfslWGyubzA5elwxhY1e0xVMnWuN8toD0a1eBjGgOG/edit';
  expect(click(new HTMLAnchorElement(doc))).toBe(true);
  expect(window.open('https://example.com/elsewhere')).toBeNull();
  expect(posted).toEqual([
    { channel: 'ap-preview-bridge', type: 'open', url: doc },
    { channel: 'ap-preview-bridge', type: 'open', url: 'https://example.com/elsewhere' },
  ]);
  // The sidebar's own anchors (#tab) and the preview's own pages are left to the sidebar.
  expect(click(new HTMLAnchorElement('http://127.0.0.1:5173/sidebar?v=1#tab'))).toBe(false);
  expect(click(new Element())).toBe(false);
  expect(posted).toHaveLength(2);
});
