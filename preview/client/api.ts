// The page's calls to the preview server, typed by preview/shared/api.ts.
import type {
  ActionResult,
  ClockShortcutId,
  PickerAnswer,
  PreviewState,
  RenderedDocument,
  RenderedMail,
  SheetView,
} from '../shared/api';

async function request<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `${method} ${url}: ${response.status}`);
  return data;
}

export const api = {
  state: () => request<PreviewState>('GET', '/api/state'),
  sheet: (name: string) => request<SheetView>('GET', `/api/sheet?name=${encodeURIComponent(name)}`),
  edit: (sheet: string, a1: string, value: string) =>
    request<ActionResult>('POST', '/api/edit', { sheet, a1, value }),
  select: (sheet: string, a1: string) => request<unknown>('POST', '/api/select', { sheet, a1 }),
  menu: (functionName: string) => request<ActionResult>('POST', '/api/menu', { functionName }),
  run: (functionName: string, args: readonly unknown[]) =>
    request<ActionResult>('POST', '/api/run', { functionName, args }),
  advance: (ms: number) => request<ActionResult>('POST', '/api/advance', { ms }),
  clock: (shortcut: ClockShortcutId) => request<ActionResult>('POST', '/api/clock', { shortcut }),
  document: (id: string) =>
    request<RenderedDocument>('GET', `/api/document?id=${encodeURIComponent(id)}`),
  mail: (index: number) => request<RenderedMail>('GET', `/api/mail?index=${index}`),
  closeSidebar: () => request<unknown>('POST', '/api/sidebar/close', {}),
  closeDialog: () => request<unknown>('POST', '/api/dialog/close', {}),
  switchUser: (user: string) => request<ActionResult>('POST', '/api/user', { user }),
  pickerFiles: (token: string, ids: readonly string[]) =>
    request<PickerAnswer>('POST', '/api/picker/files', { token, ids }),
  pickFiles: (token: string, ids: readonly string[]) =>
    request<PickerAnswer>('POST', '/api/picker/pick', { token, ids }),
};
