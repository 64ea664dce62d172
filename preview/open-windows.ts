// Which of the add-on's HTML windows are open on the page: its sidebar, and the dialog it showed last.
import type { ShownHtml, UiState } from '../emulator/services/ui-state';
import type { DialogView, SidebarView } from './shared/api';

type Dialog = ShownHtml & { readonly kind: 'modal' | 'modeless' };

const isSidebar = (shown: ShownHtml): shown is ShownHtml => shown.kind === 'sidebar';
const isDialog = (shown: ShownHtml): shown is Dialog => shown.kind !== 'sidebar';

interface Open<View> {
  readonly view: View;
  /** The HTML the add-on showed (HtmlOutput's content). */
  readonly content: string;
}

/**
 * The emulator records every sidebar and dialog shown, oldest first (ws.ui.shown). A window is
 * open from its showing until the person closes it (its ×, or google.script.host.close()); the
 * add-on showing another of its kind replaces it, as Google shows one sidebar and one dialog at a
 * time. Each window's version is its place in that record, so the page reloads a frame only when
 * the add-on showed it again.
 */
export class OpenWindows {
  readonly #ui: UiState;
  #sidebarClosedAt = -1;
  #dialogClosedAt = -1;

  constructor(ui: UiState) {
    this.#ui = ui;
  }

  sidebar(): Open<SidebarView> | undefined {
    const last = this.#lastShown(isSidebar, this.#sidebarClosedAt);
    if (!last) return undefined;
    return { view: { version: last.at, title: last.shown.title }, content: last.shown.content };
  }

  dialog(): Open<DialogView> | undefined {
    const last = this.#lastShown(isDialog, this.#dialogClosedAt);
    if (!last) return undefined;
    const { kind, title, width, height, content } = last.shown;
    return { view: { version: last.at, kind, title, width, height }, content };
  }

  closeSidebar(): void {
    this.#sidebarClosedAt = this.#ui.shown.length - 1;
  }

  closeDialog(): void {
    this.#dialogClosedAt = this.#ui.shown.length - 1;
  }

  #lastShown<T extends ShownHtml>(
    isKind: (shown: ShownHtml) => shown is T,
    closedAt: number,
  ): { at: number; shown: T } | undefined {
    const shown = this.#ui.shown;
    for (let at = shown.length - 1; at > closedAt; at -= 1) {
      const one = shown[at];
      if (one && isKind(one)) return { at, shown: one };
    }
    return undefined;
  }
}
