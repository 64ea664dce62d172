// The add-on's dialogs (showModalDialog, showModelessDialog) over the sheet, each in a sandboxed frame of the size asked.
import type { DialogView } from '../shared/api';
import { api } from './api';
import { byId, el } from './dom';
import { ADD_ON_SANDBOX, FrameBridge, type BridgeHandlers } from './frame-bridge';

/** The preview's choice when the add-on set no size (HtmlOutput.setWidth/setHeight). */
const UNSET = { width: 600, height: 400 } as const;
/** What stays usable under a modal dialog: the page's own alerts and toasts. */
const ABOVE_MODAL = new Set(['dialogs', 'toasts']);

export class DialogFrame {
  readonly #holder = byId('add-on-dialog');
  readonly #bridge: FrameBridge;
  #version: number | undefined;

  constructor(handlers: BridgeHandlers) {
    this.#bridge = new FrameBridge(handlers, () => void this.close());
  }

  /**
   * Shows the dialog the add-on last opened, reloading the frame only when it opened one again. A
   * modal dialog covers the page, sidebar included, until it is closed, as on Google; a modeless
   * one leaves the sheet usable.
   */
  render(dialog: DialogView | null): void {
    if (!dialog) {
      this.#blockPage(false);
      this.#holder.hidden = true;
      this.#holder.replaceChildren();
      this.#bridge.attach(undefined);
      this.#version = undefined;
      return;
    }
    if (dialog.version === this.#version) return;
    this.#version = dialog.version;
    const close = el('button', {
      className: 'close',
      text: '×',
      attrs: { type: 'button', 'aria-label': 'Close dialog' },
    });
    close.addEventListener('click', () => void this.close());
    const frame = el('iframe', {
      attrs: {
        src: `/dialog?v=${dialog.version}`,
        title: dialog.title,
        sandbox: ADD_ON_SANDBOX,
        width: String(dialog.width ?? UNSET.width),
        height: String(dialog.height ?? UNSET.height),
      },
    });
    this.#bridge.attach(frame);
    const box = el(
      'div',
      {
        className: 'add-on-dialog-box',
        attrs: {
          role: 'dialog',
          'aria-modal': String(dialog.kind === 'modal'),
          'aria-label': dialog.title,
        },
      },
      el('div', { className: 'add-on-dialog-head' }, el('h2', { text: dialog.title }), close),
      frame,
    );
    this.#holder.className = `add-on-dialog ${dialog.kind}`;
    this.#holder.replaceChildren(box);
    this.#holder.hidden = false;
    this.#blockPage(dialog.kind === 'modal');
    frame.focus();
  }

  /** Under a modal dialog nothing else takes a click, a key or the focus, sidebar included. */
  #blockPage(block: boolean): void {
    for (const part of Array.from(document.body.children)) {
      if (part instanceof HTMLElement && part !== this.#holder && !ABOVE_MODAL.has(part.id)) {
        part.inert = block;
      }
    }
  }

  async close(): Promise<void> {
    this.render(null);
    await api.closeDialog();
  }
}
