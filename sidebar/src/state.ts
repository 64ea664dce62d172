// The sidebar's one store: the server's state, the open tab, calls in flight, and a redraw hook.
import type { FieldErrors, SidebarAction, SidebarState } from '../../src/shared/sidebar-api';
import { newRequestId } from './request-id';

export type Tab = 'placement' | 'today' | 'overview' | 'register' | 'settings';

/** Where one form stands: a call in flight, and what the last call said. */
export interface FormStatus {
  readonly busy: boolean;
  /** null before any answer; true after a success; false after refusal or failure. */
  readonly ok: boolean | null;
  readonly message: string;
  readonly fieldErrors: FieldErrors;
  /** What the server offers as the next step after a refusal (a "Connect templates" button). */
  readonly action?: SidebarAction;
}

export const idleForm: FormStatus = { busy: false, ok: null, message: '', fieldErrors: {} };

export interface Store {
  phase: 'loading' | 'ready' | 'failed';
  loadError: string;
  /** The last state the server sent; replaced whole by every FormResult.state. */
  state: SidebarState | null;
  tab: Tab;
  /** One getSelectedPlacement or openRow call at a time (the focus refresh never stacks calls). */
  selection: FormStatus;
  forms: Map<string, FormStatus>;
  /**
   * The request id each data-changing form sends, by form: kept while its calls fail or are refused
   * (a lost reply, then the same press again, is one request to the server), dropped after ok.
   */
  requests: Map<string, string>;
  /** Which <details> sections are open, so a redraw or a tab switch keeps them as staff left them. */
  open: Set<string>;
}

export const store: Store = {
  phase: 'loading',
  loadError: '',
  state: null,
  tab: 'placement',
  selection: idleForm,
  forms: new Map(),
  requests: new Map(),
  open: new Set(),
};

let redraw: () => void = () => undefined;

/** main.ts registers the renderer; everything else calls changed() after changing the store. */
export function onChange(renderer: () => void): void {
  redraw = renderer;
}

export function changed(): void {
  redraw();
}

export function formStatus(key: string): FormStatus {
  return store.forms.get(key) ?? idleForm;
}

export function setFormStatus(key: string, status: FormStatus): void {
  store.forms.set(key, status);
  changed();
}

/** The id this form's next call carries: the one of its last unanswered or refused call, or a new one. */
export function requestIdFor(key: string): string {
  let id = store.requests.get(key);
  if (!id) {
    id = newRequestId();
    store.requests.set(key, id);
  }
  return id;
}

/** The server did it (ok): the form's next press is a new request, with a new id. */
export function requestDone(key: string): void {
  store.requests.delete(key);
}

export function setTab(tab: Tab): void {
  store.tab = tab;
  changed();
}

/** The day the sidebar shows (its register's and overview's); undefined before setup. */
export function shownDay(state: SidebarState | null = store.state): string | undefined {
  return state?.register?.date ?? state?.overview?.today;
}

const newDayListeners: ((dayBefore: string) => void)[] = [];

/** `listener` is told when a state for another day replaces the one shown, with the day it was. */
export function onNewDay(listener: (dayBefore: string) => void): void {
  newDayListeners.push(listener);
}

/** Every whole state from the server is taken here, so that a new day is noticed wherever it comes. */
export function takeState(next: SidebarState): void {
  const before = shownDay();
  store.state = next;
  const after = shownDay(next);
  if (before === undefined || after === undefined || before === after) return;
  for (const listener of newDayListeners) listener(before);
}

/** The workbook's today, as the server last said it (the browser's clock may be in another zone). */
export function today(): string {
  const fromServer = shownDay();
  if (fromServer) return fromServer;
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
