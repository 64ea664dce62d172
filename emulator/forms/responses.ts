// FormResponse and ItemResponse: a snapshot of one respondent's answers, as Form.getResponses() hands them out.
import type { Execution } from '../core/execution';
import { Emulated, KIND } from '../core/emulated';
import { asGoogle } from '../spreadsheet/handles';
import { ItemBase } from './item';
import { Item } from './items';
import { QUESTION_TYPES, type FormRecord, type ResponseRecord } from './records';
import { editResponseUrl } from './urls';

type GItem = GoogleAppsScript.Forms.Item;
type GItemResponse = GoogleAppsScript.Forms.ItemResponse;

/** https://developers.google.com/apps-script/reference/forms/item-response */
export class ItemResponse
  extends Emulated
  implements Pick<GItemResponse, 'getItem' | 'getResponse'>
{
  readonly [KIND] = 'ItemResponse';
  readonly #exec: Execution;
  readonly #formId: string;
  readonly #itemId: number;
  readonly #response: string;

  constructor(exec: Execution, formId: string, itemId: number, response: string) {
    super();
    this.#exec = exec;
    this.#formId = formId;
    this.#itemId = itemId;
    this.#response = response;
  }

  getItem(): GItem {
    return asGoogle(new Item(this.#exec, this.#formId, this.#itemId));
  }

  /** A multiple-choice or text answer is a String (the reference's table of response types). */
  getResponse(): string {
    return this.#response;
  }
}

/**
 * https://developers.google.com/apps-script/reference/forms/form-response. The object is a copy
 * taken when the script got it: a later edit by the respondent shows in a new getResponses().
 */
export class FormResponse
  extends Emulated
  implements
    Pick<
      GoogleAppsScript.Forms.FormResponse,
      | 'getId'
      | 'getTimestamp'
      | 'getRespondentEmail'
      | 'getEditResponseUrl'
      | 'getItemResponses'
      | 'getResponseForItem'
    >
{
  readonly [KIND] = 'FormResponse';
  readonly #exec: Execution;
  readonly #form: FormRecord;
  readonly #response: ResponseRecord;

  constructor(exec: Execution, form: FormRecord, response: ResponseRecord) {
    super();
    this.#exec = exec;
    this.#form = form;
    this.#response = { ...response, answers: response.answers.map((a) => ({ ...a })) };
  }

  getId(): string {
    return this.#response.id;
  }

  /** The latest submission: an edit moves it ([open]: the expected reading; REST has lastSubmittedTime). */
  getTimestamp(): Date {
    return new Date(this.#response.timestamp);
  }

  /** "" unless the form collects respondents' email addresses (reference: getRespondentEmail). */
  getRespondentEmail(): string {
    return this.#response.respondentEmail;
  }

  getEditResponseUrl(): string {
    return editResponseUrl(this.#form, this.#response);
  }

  /**
   * "All item responses contained in a form response, in the same order that the items appear in
   * the form. If the form response does not contain a response for a given TextItem … or
   * ParagraphTextItem, the ItemResponse returned for that item will have an empty string as the
   * response. If the form response omits a response for any other item type, this method excludes
   * that item" [doc]. An answer to a question deleted since is left out [open] (the linked sheet's
   * column keeps it).
   */
  getItemResponses(): GItemResponse[] {
    const out: GItemResponse[] = [];
    for (const item of this.#form.items) {
      if (!QUESTION_TYPES.includes(item.type)) continue;
      const text = this.#response.answers.find((a) => a.itemId === item.id)?.response ?? '';
      if (text === '' && item.type === 'MULTIPLE_CHOICE') continue;
      out.push(asGoogle(new ItemResponse(this.#exec, this.#form.id, item.id, text)));
    }
    return out;
  }

  /** "The response for a given item, or null if none exists." */
  getResponseForItem(item: GItem): GItemResponse {
    const none = null as unknown as GItemResponse;
    if (!(item instanceof ItemBase)) return none;
    const { itemId } = item._ref();
    const answer = this.#response.answers.find((a) => a.itemId === itemId);
    if (!answer || answer.response === '') return none;
    return asGoogle(new ItemResponse(this.#exec, this.#form.id, itemId, answer.response));
  }
}
