// The item types the add-on uses (multiple choice, short and long text, section header) and the generic Item.
import type { Execution } from '../core/execution';
import { AppsScriptError, KIND } from '../core/emulated';
import { asGoogle } from '../spreadsheet/handles';
import { Choice } from './choice';
import { assertType, ItemBase } from './item';
import type { ItemTypeName } from './records';

type GChoice = GoogleAppsScript.Forms.Choice;
type GMultipleChoiceItem = GoogleAppsScript.Forms.MultipleChoiceItem;
type GTextItem = GoogleAppsScript.Forms.TextItem;
type GParagraphTextItem = GoogleAppsScript.Forms.ParagraphTextItem;
type GSectionHeaderItem = GoogleAppsScript.Forms.SectionHeaderItem;
/** setTitle/setHelpText come from ItemBase (returning the item itself), so they are not listed. */
type Q = 'setRequired' | 'isRequired';

/** https://developers.google.com/apps-script/reference/forms/multiple-choice-item */
export class MultipleChoiceItem
  extends ItemBase
  implements
    Pick<
      GMultipleChoiceItem,
      | Q
      | 'createChoice'
      | 'setChoices'
      | 'setChoiceValues'
      | 'getChoices'
      | 'showOtherOption'
      | 'hasOtherOption'
    >
{
  readonly [KIND] = 'MultipleChoiceItem';

  setRequired(enabled: boolean): GMultipleChoiceItem {
    this._record().required = Boolean(enabled);
    return asGoogle(this);
  }
  isRequired(): boolean {
    return this._record().required;
  }
  createChoice(value: string): GChoice {
    return asGoogle(new Choice(String(value)));
  }
  setChoices(choices: GChoice[]): GMultipleChoiceItem {
    if (!Array.isArray(choices)) throw new AppsScriptError('Invalid argument: choices');
    this._record().choices = choices.map((c) => {
      if (!(c instanceof Choice)) throw new AppsScriptError('Invalid argument: choices');
      return c.getValue();
    });
    return asGoogle(this);
  }
  setChoiceValues(values: string[]): GMultipleChoiceItem {
    if (!Array.isArray(values)) throw new AppsScriptError('Invalid argument: values');
    this._record().choices = values.map(String);
    return asGoogle(this);
  }
  getChoices(): GChoice[] {
    return this._record().choices.map((v) => asGoogle(new Choice(v)));
  }
  showOtherOption(enabled: boolean): GMultipleChoiceItem {
    this._record().showOther = Boolean(enabled);
    return asGoogle(this);
  }
  hasOtherOption(): boolean {
    return this._record().showOther;
  }
}

/** https://developers.google.com/apps-script/reference/forms/text-item */
export class TextItem extends ItemBase implements Pick<GTextItem, Q> {
  readonly [KIND] = 'TextItem';
  setRequired(enabled: boolean): GTextItem {
    this._record().required = Boolean(enabled);
    return asGoogle(this);
  }
  isRequired(): boolean {
    return this._record().required;
  }
}

/** https://developers.google.com/apps-script/reference/forms/paragraph-text-item */
export class ParagraphTextItem extends ItemBase implements Pick<GParagraphTextItem, Q> {
  readonly [KIND] = 'ParagraphTextItem';
  setRequired(enabled: boolean): GParagraphTextItem {
    this._record().required = Boolean(enabled);
    return asGoogle(this);
  }
  isRequired(): boolean {
    return this._record().required;
  }
}

/** https://developers.google.com/apps-script/reference/forms/section-header-item */
export class SectionHeaderItem
  extends ItemBase
  implements Pick<GSectionHeaderItem, 'getTitle' | 'getHelpText'>
{
  readonly [KIND] = 'SectionHeaderItem';
}

type Typed = MultipleChoiceItem | TextItem | ParagraphTextItem | SectionHeaderItem;

const classes: Record<
  ItemTypeName,
  new (exec: Execution, formId: string, itemId: number) => Typed
> = {
  MULTIPLE_CHOICE: MultipleChoiceItem,
  TEXT: TextItem,
  PARAGRAPH_TEXT: ParagraphTextItem,
  SECTION_HEADER: SectionHeaderItem,
};

/** The typed object for an item record (what add*Item returns). */
export function typedItem(
  exec: Execution,
  formId: string,
  itemId: number,
  type: ItemTypeName,
): Typed {
  return new classes[type](exec, formId, itemId);
}

/** https://developers.google.com/apps-script/reference/forms/item: a generic item, cast with as*Item(). */
export class Item
  extends ItemBase
  implements
    Pick<
      GoogleAppsScript.Forms.Item,
      'asMultipleChoiceItem' | 'asTextItem' | 'asParagraphTextItem' | 'asSectionHeaderItem'
    >
{
  readonly [KIND] = 'Item';

  #as<T>(type: ItemTypeName): T {
    assertType(this._record(), type);
    const { formId, itemId } = this._ref();
    return asGoogle(typedItem(this._exec(), formId, itemId, type));
  }
  asMultipleChoiceItem(): GMultipleChoiceItem {
    return this.#as('MULTIPLE_CHOICE');
  }
  asTextItem(): GTextItem {
    return this.#as('TEXT');
  }
  asParagraphTextItem(): GParagraphTextItem {
    return this.#as('PARAGRAPH_TEXT');
  }
  asSectionHeaderItem(): GSectionHeaderItem {
    return this.#as('SECTION_HEADER');
  }
}
