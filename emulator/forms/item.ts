// Item: what Form.getItems() hands out, with the members every item type shares and the as*Item() casts.
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated } from '../core/emulated';
import { liveForm, liveItem } from './access';
import type { ItemRecord, ItemTypeName } from './records';

type Shared = 'getId' | 'getIndex' | 'getTitle' | 'getType' | 'getHelpText';

/** The members of https://developers.google.com/apps-script/reference/forms/item every typed item also has. */
export abstract class ItemBase
  extends Emulated
  implements Pick<GoogleAppsScript.Forms.Item, Shared>
{
  readonly #exec: Execution;
  readonly #formId: string;
  readonly #itemId: number;

  constructor(exec: Execution, formId: string, itemId: number) {
    super();
    this.#exec = exec;
    this.#formId = formId;
    this.#itemId = itemId;
  }

  /** Host side: which form and item this object stands for. */
  _ref(): { formId: string; itemId: number } {
    return { formId: this.#formId, itemId: this.#itemId };
  }

  _exec(): Execution {
    return this.#exec;
  }

  _record(): ItemRecord {
    return liveItem(this.#exec, this.#formId, this.#itemId);
  }

  getId(): number {
    return this._record().id;
  }
  getIndex(): number {
    const item = this._record();
    return liveForm(this.#exec, this.#formId).items.indexOf(item);
  }
  getTitle(): string {
    return this._record().title;
  }
  getHelpText(): string {
    return this._record().helpText;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return this._record().type as unknown as GoogleAppsScript.Forms.ItemType;
  }
  setTitle(title: string): this {
    this._record().title = String(title);
    return this;
  }
  setHelpText(text: string): this {
    this._record().helpText = String(text);
    return this;
  }
}

/**
 * A cast to the wrong type throws [reported wording, from Q&A threads (not in the research
 * notes): "Invalid conversion for item type: TEXT" for asMultipleChoiceItem() on a text item].
 */
export function assertType(item: ItemRecord, type: ItemTypeName): void {
  if (item.type !== type)
    throw new AppsScriptError(`Invalid conversion for item type: ${item.type}`);
}
