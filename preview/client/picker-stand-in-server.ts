// The stand-in Google Picker's calls to the preview server, carried by the page as google.script.run's are.
import type { BridgeRequest, PickerAnswer, PickerReply } from '../shared/api';

const waiting = new Map<number, { resolve(a: PickerAnswer): void; reject(e: Error): void }>();
let asked = 0;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const reply = event.data as Partial<PickerReply> | null;
  if (event.source !== window.parent || reply?.channel !== 'ap-preview-picker') return;
  const id = typeof reply.id === 'number' ? reply.id : -1;
  const pending = waiting.get(id);
  if (!pending) return;
  waiting.delete(id);
  if (reply.ok && reply.answer) pending.resolve(reply.answer);
  else pending.reject(new Error(reply.error ?? 'The preview did not answer.'));
});

/**
 * The preview server lists and picks for the token's holder, as Google's Picker does for the
 * person signed in; the frame reaches it only through the page, like google.script.run.
 */
export function ask(
  call: 'files' | 'pick',
  token: string,
  ids: readonly string[],
): Promise<PickerAnswer> {
  asked += 1;
  const request: BridgeRequest = {
    channel: 'ap-preview-bridge',
    type: 'picker',
    id: asked,
    call,
    token,
    ids,
  };
  return new Promise((resolve, reject) => {
    waiting.set(request.id, { resolve, reject });
    window.parent.postMessage(request, '*');
  });
}
