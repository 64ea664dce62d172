// The add-on's sidebar in a 300 px sandboxed frame, and the page's half of its google.script.run bridge.
import type { ActionResult, BridgeRequest, BridgeResponse, SidebarView } from '../shared/api';
import { api } from './api';
import { byId, el } from './dom';

export interface SidebarHandlers {
  /** A server call from the sidebar finished (it may have changed the workbook). */
  onResult(functionName: string, result: ActionResult): void;
  /** The sidebar would open a link (a document, a row): the page opens it here, or says it won't. */
  onOpenLink(url: string): void;
}

/** Longer than any Google link the add-on makes: a bigger "URL" is not one. */
const MAX_URL = 2048;

function isRequest(data: unknown): data is BridgeRequest {
  const d = data as Partial<Record<string, unknown>> | null;
  return typeof d === 'object' && d !== null && d.channel === 'ap-preview-bridge';
}

export class SidebarFrame {
  readonly #panel = byId('sidebar');
  readonly #handlers: SidebarHandlers;
  #frame: HTMLIFrameElement | undefined;
  #version: number | undefined;

  constructor(handlers: SidebarHandlers) {
    this.#handlers = handlers;
    window.addEventListener('message', (event) => {
      if (!this.#frame || event.source !== this.#frame.contentWindow) return;
      if (isRequest(event.data)) this.#handle(event.data);
    });
  }

  /** Shows the sidebar the add-on last opened, reloading the frame only when it opened it again. */
  render(sidebar: SidebarView | null): void {
    if (!sidebar) {
      this.#panel.hidden = true;
      this.#panel.replaceChildren();
      this.#frame = undefined;
      this.#version = undefined;
      return;
    }
    if (sidebar.version === this.#version) return;
    this.#version = sidebar.version;
    const close = el('button', {
      className: 'close',
      text: '×',
      attrs: { type: 'button', 'aria-label': 'Close sidebar' },
    });
    close.addEventListener('click', () => void this.close());
    // No allow-same-origin: like Google's sandbox, the sidebar cannot reach the page or its API.
    this.#frame = el('iframe', {
      attrs: {
        src: `/sidebar?v=${sidebar.version}`,
        title: sidebar.title,
        sandbox: 'allow-scripts allow-forms allow-modals allow-popups',
      },
    });
    this.#panel.replaceChildren(
      el('div', { className: 'sidebar-head' }, el('h2', { text: sidebar.title }), close),
      this.#frame,
    );
    this.#panel.hidden = false;
  }

  async close(): Promise<void> {
    this.render(null);
    await api.closeSidebar();
  }

  #reply(response: BridgeResponse): void {
    this.#frame?.contentWindow?.postMessage(response, '*');
  }

  #handle(request: BridgeRequest): void {
    if (request.type === 'close') {
      void this.close();
      return;
    }
    if (request.type === 'open') {
      if (typeof request.url === 'string' && request.url.length <= MAX_URL) {
        this.#handlers.onOpenLink(request.url);
      }
      return;
    }
    const { id, functionName, args } = request;
    api.run(functionName, args).then(
      (result) => {
        this.#reply({
          channel: 'ap-preview-page',
          type: 'result',
          id,
          ok: result.ok,
          value: result.value,
          ...(result.error ? { error: result.error } : {}),
        });
        this.#handlers.onResult(functionName, result);
      },
      (error: Error) =>
        this.#reply({
          channel: 'ap-preview-page',
          type: 'result',
          id,
          ok: false,
          error: error.message,
        }),
    );
  }
}
