// The add-on's sidebar in a 300 px sandboxed frame beside the sheet.
import type { SidebarView } from '../shared/api';
import { api } from './api';
import { byId, el } from './dom';
import { ADD_ON_SANDBOX, FrameBridge, type BridgeHandlers } from './frame-bridge';

export class SidebarFrame {
  readonly #panel = byId('sidebar');
  readonly #bridge: FrameBridge;
  #version: number | undefined;

  constructor(handlers: BridgeHandlers) {
    this.#bridge = new FrameBridge(handlers, () => void this.close());
  }

  /** Shows the sidebar the add-on last opened, reloading the frame only when it opened it again. */
  render(sidebar: SidebarView | null): void {
    if (!sidebar) {
      this.#panel.hidden = true;
      this.#panel.replaceChildren();
      this.#bridge.attach(undefined);
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
    const frame = el('iframe', {
      attrs: {
        src: `/sidebar?v=${sidebar.version}`,
        title: sidebar.title,
        sandbox: ADD_ON_SANDBOX,
      },
    });
    this.#bridge.attach(frame);
    this.#panel.replaceChildren(
      el('div', { className: 'sidebar-head' }, el('h2', { text: sidebar.title }), close),
      frame,
    );
    this.#panel.hidden = false;
  }

  async close(): Promise<void> {
    this.render(null);
    await api.closeSidebar();
  }
}
