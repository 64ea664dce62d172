// What the emulated Ui has shown (menus, sidebar, dialogs, alerts) and the answers tests queue for it.
export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export type MenuEntry =
  | { readonly type: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly type: 'separator' }
  | { readonly type: 'submenu'; readonly menu: MenuRecord };

export interface MenuRecord {
  readonly caption: string;
  /** Built with createAddonMenu(): shown under Extensions > the add-on's name. */
  readonly addOn: boolean;
  readonly items: readonly MenuEntry[];
}

export interface ShownHtml {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly content: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly executionId: string;
}

export interface DialogAnswer {
  readonly button: ButtonName;
  readonly text?: string;
}

export interface AlertRecord {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  readonly answer: DialogAnswer;
}

/** The buttons each ButtonSet shows; CLOSE (the dialog's X) is always possible. */
export const buttonsOf: Readonly<Record<ButtonSetName, readonly ButtonName[]>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class UiState {
  /** Caption of createAddonMenu()'s menu: the add-on's name, set by the runtime from the listing. */
  addOnName = 'Add-on';
  readonly #menus = new Map<string, MenuRecord>();
  readonly #shown: ShownHtml[] = [];
  readonly #alerts: AlertRecord[] = [];
  readonly #answers: DialogAnswer[] = [];

  /** Every menu added to the UI, in the order first added (a re-added caption keeps its place). */
  get menus(): readonly MenuRecord[] {
    return [...this.#menus.values()];
  }

  menu(caption: string): MenuRecord | undefined {
    return this.#menus.get(caption);
  }

  /** The add-on menu, if one was added. */
  get addOnMenu(): MenuRecord | undefined {
    return this.menus.find((m) => m.addOn);
  }

  /** Every sidebar and dialog shown, oldest first. */
  get shown(): readonly ShownHtml[] {
    return [...this.#shown];
  }

  /** The last sidebar shown (Google keeps one sidebar open per document). */
  get sidebar(): ShownHtml | undefined {
    return [...this.#shown].reverse().find((s) => s.kind === 'sidebar');
  }

  get dialogs(): readonly ShownHtml[] {
    return this.#shown.filter((s) => s.kind !== 'sidebar');
  }

  /** Every alert and prompt shown, with the answer it got. */
  get alerts(): readonly AlertRecord[] {
    return [...this.#alerts];
  }

  /** Queue the user's answer to the next alert or prompt. */
  answer(answer: DialogAnswer): this {
    this.#answers.push(answer);
    return this;
  }

  get pendingAnswers(): number {
    return this.#answers.length;
  }

  /** Host side of Menu.addToUi(): a menu replaces any earlier one with the same caption. */
  recordMenu(menu: MenuRecord): void {
    this.#menus.set(menu.caption, menu);
  }

  recordShown(shown: ShownHtml): void {
    this.#shown.push(shown);
  }

  /** Host side of alert/prompt: take the queued answer (or the default), check it, record it. */
  respond(record: Omit<AlertRecord, 'answer'>): DialogAnswer {
    const allowed = buttonsOf[record.buttons];
    const queued = this.#answers.shift();
    let answer: DialogAnswer;
    if (queued) {
      if (queued.button !== 'CLOSE' && !allowed.includes(queued.button)) {
        throw new Error(
          `Emulator: the queued answer ${queued.button} is not a button of ${record.buttons} ` +
            `(${record.kind} "${record.prompt}"); queue one of ${allowed.join(', ')} or CLOSE.`,
        );
      }
      answer = queued;
    } else if (record.kind === 'alert' && record.buttons === 'OK') {
      answer = { button: 'OK' };
    } else {
      throw new Error(
        `Emulator: ${record.kind} "${record.prompt}" (${record.buttons}) needs an answer: ` +
          `call workspace.ui.answer({ button${record.kind === 'prompt' ? ', text' : ''} }) first.`,
      );
    }
    this.#alerts.push({ ...record, answer });
    return answer;
  }

  /** Forget everything shown (not the queued answers): a fresh document open. */
  reset(): void {
    this.#menus.clear();
    this.#shown.length = 0;
    this.#alerts.length = 0;
  }
}
