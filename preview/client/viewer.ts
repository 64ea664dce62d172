// The viewer beside the grid: a sent mail (headers, HTML body, plain text) or a rendered Google Doc.
import type { MailView, RenderedDocument, RenderedMail } from '../shared/api';
import { byId, el, formatTime, linkedText } from './dom';

export type Viewing =
  | { readonly kind: 'mail'; readonly index: number }
  | { readonly kind: 'document'; readonly id: string };

export interface ViewerHandlers {
  /** A link in what is shown was clicked (a row, a document, or somewhere the preview never goes). */
  openLink(url: string): void;
  /** The viewer was closed (the lists drop their highlight). */
  onClose(): void;
}

/**
 * What a person sees of a mail or document is drawn by a frame with `sandbox=""`: no script, no
 * popup, no navigation of the page, an opaque origin. Its srcdoc comes whole from the server
 * (preview/frames.ts) with its own CSP; the page only sets the frame's properties, never markup.
 */
function sandboxedFrame(title: string, srcdoc: string): HTMLIFrameElement {
  const frame = el('iframe', {
    className: 'framed',
    attrs: { sandbox: '', title, referrerpolicy: 'no-referrer' },
  });
  frame.srcdoc = srcdoc;
  return frame;
}

export class Viewer {
  readonly #root = byId('viewer');
  readonly #handlers: ViewerHandlers;
  #viewing: Viewing | undefined;

  constructor(handlers: ViewerHandlers) {
    this.#handlers = handlers;
    this.#root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
  }

  get viewing(): Viewing | undefined {
    return this.#viewing;
  }

  showMail(mail: MailView, rendered: RenderedMail, timeZone: string): void {
    const field = (name: string, value: string): HTMLElement =>
      el(
        'div',
        { className: 'field' },
        el('span', { className: 'muted', text: `${name}: ` }),
        value,
      );
    const head = [
      field('From', mail.from),
      field('To', mail.to),
      ...(mail.cc ? [field('Cc', mail.cc)] : []),
      ...(mail.bcc ? [field('Bcc', mail.bcc)] : []),
      field('Sent', formatTime(mail.sentAt, timeZone, true)),
    ];
    const body: HTMLElement[] = [];
    if (rendered.srcdoc !== null) {
      body.push(
        el('h3', { text: 'HTML body' }),
        sandboxedFrame(`HTML body of “${mail.subject}”`, rendered.srcdoc),
      );
    } else {
      body.push(el('p', { className: 'muted', text: 'Sent as plain text only (no HTML body).' }));
    }
    body.push(
      el('h3', { text: 'Plain text' }),
      el('pre', { className: 'body' }, ...linkedText(mail.body, this.#handlers.openLink)),
    );
    this.#show({ kind: 'mail', index: mail.index }, mail.subject || '(no subject)', head, body);
  }

  showDocument(doc: RenderedDocument, timeZone: string): void {
    const head = [
      el('div', {
        className: 'muted',
        text: `Created ${formatTime(doc.createdAt, timeZone, true)} · ${doc.folder}${doc.byAddOn ? ' · made by the add-on' : ''}`,
      }),
      el('div', { className: 'url', text: doc.url }),
    ];
    const body = [sandboxedFrame(`Google Doc “${doc.name}”`, doc.srcdoc)];
    this.#show({ kind: 'document', id: doc.id }, doc.name, head, body, 'document');
  }

  close(): void {
    if (!this.#viewing) return;
    this.#viewing = undefined;
    this.#root.hidden = true;
    this.#root.replaceChildren();
    this.#handlers.onClose();
  }

  #show(
    viewing: Viewing,
    title: string,
    head: readonly HTMLElement[],
    body: readonly HTMLElement[],
    kind = 'mail',
  ): void {
    this.#viewing = viewing;
    const close = el('button', {
      className: 'close',
      text: '×',
      attrs: { type: 'button', 'aria-label': 'Close the viewer' },
    });
    close.addEventListener('click', () => this.close());
    this.#root.replaceChildren(
      el(
        'div',
        { className: 'viewer-head' },
        el('div', {}, el('h2', { text: title }), ...head),
        close,
      ),
      el('div', { className: `viewer-body ${kind}` }, ...body),
    );
    this.#root.dataset.kind = viewing.kind;
    this.#root.hidden = false;
    close.focus();
  }
}
