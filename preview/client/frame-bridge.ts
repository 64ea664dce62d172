// The page's half of the bridge for one frame of the add-on's HTML (its sidebar, a dialog): server calls, links, close, the stand-in Picker.
import type {
  ActionResult,
  BridgeRequest,
  BridgeResponse,
  PickerAnswer,
  PickerReply,
} from '../shared/api';
import { api } from './api';

export interface BridgeHandlers {
  /** A server call from the frame finished (it may have changed the workbook). */
  onResult(functionName: string, result: ActionResult): void;
  /** The frame would open a link (a document, a row): the page opens it here, or says it won't. */
  onOpenLink(url: string): void;
  /** The stand-in Picker's Select granted files to the holder of the token it was given. */
  onPicked(answer: PickerAnswer): void;
}

/**
 * The sandbox of every frame of the add-on's HTML. No allow-same-origin: like Google's sandbox,
 * the frame cannot reach the page or its API, only ask the page by postMessage.
 */
export const ADD_ON_SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups';

/** Longer than any Google link the add-on makes: a bigger "URL" is not one. */
const MAX_URL = 2048;

function isRequest(data: unknown): data is BridgeRequest {
  const d = data as Partial<Record<string, unknown>> | null;
  return typeof d === 'object' && d !== null && d.channel === 'ap-preview-bridge';
}

export class FrameBridge {
  readonly #handlers: BridgeHandlers;
  readonly #onClose: () => void;
  #frame: HTMLIFrameElement | undefined;

  /** Listens to the frame attached (and no other window): `onClose` is google.script.host.close(). */
  constructor(handlers: BridgeHandlers, onClose: () => void) {
    this.#handlers = handlers;
    this.#onClose = onClose;
    window.addEventListener('message', (event) => {
      const from = this.#frame?.contentWindow;
      if (!from || event.source !== from || !isRequest(event.data)) return;
      this.#handle(event.data, from);
    });
  }

  attach(frame: HTMLIFrameElement | undefined): void {
    this.#frame = frame;
  }

  #handle(request: BridgeRequest, from: Window): void {
    // Answers go to the window that asked, even if the frame has been reloaded since.
    const reply = (response: BridgeResponse | PickerReply): void => from.postMessage(response, '*');
    if (request.type === 'close') {
      this.#onClose();
    } else if (request.type === 'open') {
      if (typeof request.url === 'string' && request.url.length <= MAX_URL) {
        this.#handlers.onOpenLink(request.url);
      }
    } else if (request.type === 'picker') {
      const { id, call, token, ids } = request;
      const asked = call === 'pick' ? api.pickFiles(token, ids) : api.pickerFiles(token, ids);
      asked.then(
        (answer) => {
          reply({ channel: 'ap-preview-picker', id, ok: true, answer });
          if (call === 'pick') this.#handlers.onPicked(answer);
        },
        (error: Error) =>
          reply({ channel: 'ap-preview-picker', id, ok: false, error: error.message }),
      );
    } else {
      const { id, functionName, args } = request;
      api.run(functionName, args).then(
        (result) => {
          reply({
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
          reply({
            channel: 'ap-preview-page',
            type: 'result',
            id,
            ok: false,
            error: error.message,
          }),
      );
    }
  }
}
