// SpreadsheetApp.getUi()'s Ui, its Menus and PromptResponse, recording into UiState for tests.
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { enumOf, isEnumValue } from './enums';
import { HtmlOutput } from './html';
import type {
  ButtonName,
  ButtonSetName,
  MenuEntry,
  MenuRecord,
  ShownHtml,
  UiState,
} from './ui-state';

type Base = typeof GoogleAppsScript.Base;
type GButton = GoogleAppsScript.Base.Button;

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export class Menu
  extends Emulated
  implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly [KIND] = 'Menu';
  readonly #ui: UiState;
  readonly #caption: string;
  readonly #addOn: boolean;
  readonly #items: MenuEntry[] = [];

  constructor(ui: UiState, caption: string, addOn: boolean) {
    super();
    this.#ui = ui;
    this.#caption = caption;
    this.#addOn = addOn;
  }

  addItem(caption: string, functionName: string): this {
    this.#items.push({
      type: 'item',
      caption: String(caption),
      functionName: String(functionName),
    });
    return this;
  }
  addSeparator(): this {
    this.#items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    if (!(menu instanceof Menu)) throw new AppsScriptError('Invalid argument: menu');
    this.#items.push({ type: 'submenu', menu: menu._record() });
    return this;
  }
  /**
   * A snapshot goes into the UI, replacing the menu of the same caption: onOpen rebuilding
   * the menu shows it once, not twice.
   * https://developers.google.com/apps-script/reference/base/menu#addToUi()
   */
  addToUi(): void {
    this.#ui.recordMenu(this._record());
  }
  /** Host-only: the menu as data (a copy; later changes to this Menu do not leak in). */
  _record(): MenuRecord {
    return { caption: this.#caption, addOn: this.#addOn, items: [...this.#items] };
  }
}

export class PromptResponse
  extends Emulated
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  readonly [KIND] = 'PromptResponse';
  readonly #text: string;
  readonly #button: ButtonName;
  constructor(text: string, button: ButtonName) {
    super();
    this.#text = text;
    this.#button = button;
  }
  getResponseText(): string {
    return this.#text;
  }
  getSelectedButton(): GButton {
    return this.#button as unknown as GButton;
  }
}

/** Sort alert/prompt arguments: (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArgs(args: readonly unknown[]): {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
} {
  const [a, b, c] = args;
  if (args.length >= 3) return { title: String(a), prompt: String(b), buttons: buttonSet(c) };
  if (args.length === 2) return { title: '', prompt: String(a), buttons: buttonSet(b) };
  return { title: '', prompt: String(a), buttons: 'OK' };
}

function buttonSet(value: unknown): ButtonSetName {
  if (!isEnumValue(ButtonSet, value)) throw new AppsScriptError('Invalid argument: buttons');
  return value;
}

export class Ui
  extends Emulated
  implements
    Pick<
      GoogleAppsScript.Base.Ui,
      | 'createMenu'
      | 'createAddonMenu'
      | 'alert'
      | 'prompt'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
    >
{
  readonly [KIND] = 'Ui';
  readonly Button = Button as unknown as Base['Button'];
  readonly ButtonSet = ButtonSet as unknown as Base['ButtonSet'];
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  get #state(): UiState {
    return this.#exec.workspace.ui;
  }

  createMenu(caption: string): Menu {
    return new Menu(this.#state, String(caption), false);
  }
  /** The add-on's own menu, captioned with the add-on's name (Extensions > name). */
  createAddonMenu(): Menu {
    return new Menu(this.#state, this.#state.addOnName, true);
  }

  /**
   * Answered from UiState's queue; with nothing queued, an OK-only alert returns OK and anything
   * else throws a host error asking the test for an answer.
   * https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
   */
  alert(...args: [prompt: string, ...rest: unknown[]]): GButton {
    const answer = this.#state.respond({ kind: 'alert', ...dialogArgs(args) });
    return answer.button as unknown as GButton;
  }
  prompt(...args: [prompt: string, ...rest: unknown[]]): PromptResponse {
    const answer = this.#state.respond({ kind: 'prompt', ...dialogArgs(args) });
    return new PromptResponse(answer.text ?? '', answer.button);
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.#show('sidebar', userInterface);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.#show('modal', userInterface, title);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.#show('modeless', userInterface, title);
  }

  #show(kind: ShownHtml['kind'], html: unknown, title?: string): void {
    if (!(html instanceof HtmlOutput)) throw new AppsScriptError('Invalid argument: userInterface');
    const width = html.getWidth() as number | null;
    const height = html.getHeight() as number | null;
    this.#state.recordShown({
      kind,
      title: title === undefined ? html.getTitle() : String(title),
      content: html.getContent(),
      width,
      height,
      executionId: this.#exec.id,
    });
  }
}
