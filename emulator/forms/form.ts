// Form: a form's settings, items, responses and response destination, as FormApp hands it out.
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { asGoogle } from '../spreadsheet/handles';
import { liveForm } from './access';
import { setDestination, removeDestination } from './form-destination';
import { ItemBase } from './item';
import { Item, typedItem } from './items';
import type { FormRecord, ItemTypeName } from './records';
import { FormResponse } from './responses';
import { editUrl, publishedUrl } from './urls';

type GForm = GoogleAppsScript.Forms.Form;
type GItem = GoogleAppsScript.Forms.Item;
type GFormResponse = GoogleAppsScript.Forms.FormResponse;

type Methods =
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'getConfirmationMessage'
  | 'setConfirmationMessage'
  | 'getCustomClosedFormMessage'
  | 'setCustomClosedFormMessage'
  | 'getEditUrl'
  | 'getPublishedUrl'
  | 'isAcceptingResponses'
  | 'setAcceptingResponses'
  | 'canEditResponse'
  | 'setAllowResponseEdits'
  | 'collectsEmail'
  | 'setCollectEmail'
  | 'requiresLogin'
  | 'setRequireLogin'
  | 'hasLimitOneResponsePerUser'
  | 'setLimitOneResponsePerUser'
  | 'getItems'
  | 'getItemById'
  | 'deleteItem'
  | 'moveItem'
  | 'addMultipleChoiceItem'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'addSectionHeaderItem'
  | 'getResponses'
  | 'getResponse'
  | 'deleteResponse'
  | 'deleteAllResponses'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination';

/**
 * [reported] what setAcceptingResponses and getPublishedUrl throw on a form that is not published
 * (boilermaker-ben/Google-Sheets-NFL-Pick-Ems-and-Survivor-Pool#26 and scripts' comments).
 */
export const UNPUBLISHED = 'Operation not supported on unpublished form';

/** https://developers.google.com/apps-script/reference/forms/form */
export class Form extends Emulated implements Pick<GForm, Methods> {
  readonly [KIND] = 'Form';
  readonly #exec: Execution;
  readonly #id: string;

  constructor(exec: Execution, id: string) {
    super();
    this.#exec = exec;
    this.#id = id;
  }

  get #f(): FormRecord {
    return liveForm(this.#exec, this.#id);
  }
  #self(): GForm {
    return asGoogle(this);
  }

  getId(): string {
    return this.#id;
  }
  getTitle(): string {
    return this.#f.title;
  }
  /** The form's title; the Drive file keeps the name it was created with [open]. */
  setTitle(title: string): GForm {
    this.#f.title = String(title);
    return this.#self();
  }
  getDescription(): string {
    return this.#f.description;
  }
  setDescription(description: string): GForm {
    this.#f.description = String(description);
    return this.#self();
  }
  getConfirmationMessage(): string {
    return this.#f.confirmationMessage;
  }
  setConfirmationMessage(message: string): GForm {
    this.#f.confirmationMessage = String(message);
    return this.#self();
  }
  getCustomClosedFormMessage(): string {
    return this.#f.customClosedFormMessage;
  }
  /** "If no message is set, the form uses a default message." */
  setCustomClosedFormMessage(message: string): GForm {
    this.#f.customClosedFormMessage = String(message);
    return this.#self();
  }
  getEditUrl(): string {
    return editUrl(this.#f);
  }
  /** The respondents' URL; throws on an unpublished form [reported, UNPUBLISHED]. */
  getPublishedUrl(): string {
    const form = this.#f;
    if (!form.published) throw new AppsScriptError(UNPUBLISHED);
    return publishedUrl(form);
  }

  // Publishing and who may respond ----------------------------------------------------------

  /**
   * "Sets whether the form is published"; publishing "also enables accepting responses" (the
   * publish-form guide's sample), and an unpublished form accepts none (Forms API PublishState:
   * isAcceptingResponses "is forced to false").
   * https://developers.google.com/workspace/forms/api/guides/publish-form
   */
  setPublished(enabled: boolean): GForm {
    const form = this.#f;
    form.published = Boolean(enabled);
    form.acceptingResponses = form.published;
    return this.#self();
  }
  isPublished(): boolean {
    return this.#f.published;
  }
  isAcceptingResponses(): boolean {
    const form = this.#f;
    return form.published && form.acceptingResponses;
  }
  /** "The default for new forms is true"; refused on an unpublished form [reported, UNPUBLISHED]. */
  setAcceptingResponses(enabled: boolean): GForm {
    const form = this.#f;
    if (!form.published) throw new AppsScriptError(UNPUBLISHED);
    form.acceptingResponses = Boolean(enabled);
    return this.#self();
  }
  canEditResponse(): boolean {
    return this.#f.allowResponseEdits;
  }
  setAllowResponseEdits(enabled: boolean): GForm {
    this.#f.allowResponseEdits = Boolean(enabled);
    return this.#self();
  }
  collectsEmail(): boolean {
    return this.#f.collectEmail;
  }
  /** Collecting addresses adds an "Email address" column to a linked sheet at its next response. */
  setCollectEmail(collect: boolean): GForm {
    this.#f.collectEmail = Boolean(collect);
    return this.#self();
  }
  requiresLogin(): boolean {
    return this.#f.requireLogin;
  }
  /**
   * "This feature is available only for forms created by Google Workspace users. Users of other
   * types of Google accounts can't be required to log in." Whether a consumer account's call
   * throws or is ignored is [open]: here it throws (wording [open]).
   */
  setRequireLogin(requireLogin: boolean): GForm {
    if (this.#exec.workspace.account === 'consumer') {
      throw new AppsScriptError('Requiring login is available only for Google Workspace accounts.');
    }
    this.#f.requireLogin = Boolean(requireLogin);
    return this.#self();
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.#f.limitOneResponsePerUser;
  }
  setLimitOneResponsePerUser(enabled: boolean): GForm {
    this.#f.limitOneResponsePerUser = Boolean(enabled);
    return this.#self();
  }

  // Items -------------------------------------------------------------------------------------

  #item(itemId: number): GItem {
    return asGoogle(new Item(this.#exec, this.#id, itemId));
  }
  #add<T>(type: ItemTypeName): T {
    const record = this.#exec.workspace.forms.newItem(this.#f, type);
    return asGoogle(typedItem(this.#exec, this.#id, record.id, type));
  }
  #index(item: unknown, method: string): number {
    const items = this.#f.items;
    if (typeof item === 'number' && Number.isInteger(item) && item >= 0 && item < items.length) {
      return item;
    }
    if (item instanceof ItemBase) {
      const { formId, itemId } = item._ref();
      const i = items.findIndex((r) => r.id === itemId);
      if (formId === this.#id && i >= 0) return i;
    }
    // Google's wording for a bad index or another form's item is [open].
    throw new AppsScriptError(`Invalid argument: ${method}`);
  }

  /** "Gets an array of all items in the form" / "of a given type". */
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GItem[] {
    const type = itemType === undefined ? undefined : String(itemType);
    return this.#f.items
      .filter((i) => type === undefined || i.type === type)
      .map((i) => this.#item(i.id));
  }
  /** "Returns null if the ID does not correspond to an item in the form." */
  getItemById(id: number): GItem {
    const item = this.#f.items.find((i) => i.id === Number(id));
    return (item ? this.#item(item.id) : null) as GItem;
  }
  /** deleteItem(index) or deleteItem(item); responses keep their answers (the sheet keeps the column). */
  deleteItem(item: number | GItem): void {
    this.#f.items.splice(this.#index(item, 'index'), 1);
  }
  /** moveItem(from, to) or moveItem(item, toIndex): returns the moved item. */
  moveItem(from: number | GItem, to: number): GItem {
    const items = this.#f.items;
    const i = this.#index(from, 'from');
    if (!Number.isInteger(to) || to < 0 || to >= items.length) {
      throw new AppsScriptError('Invalid argument: to');
    }
    const [moved] = items.splice(i, 1);
    if (!moved) throw new AppsScriptError('Invalid argument: from');
    items.splice(to, 0, moved);
    return this.#item(moved.id);
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.#add('MULTIPLE_CHOICE');
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.#add('TEXT');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.#add('PARAGRAPH_TEXT');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.#add('SECTION_HEADER');
  }

  // Responses ---------------------------------------------------------------------------------

  #response(id: string): GFormResponse {
    const form = this.#f;
    const response = form.responses.find((r) => r.id === id);
    // Google's wording for an unknown id is [open].
    if (!response) throw new AppsScriptError(`No response with ID ${id} exists for this form.`);
    return asGoogle(new FormResponse(this.#exec, form, response));
  }

  /**
   * getResponses(): every response, in the order first submitted. getResponses(timestamp): "after
   * a given date and time" — strictly after by default; the param's "earliest date and time"
   * reads as at-or-after: FormsState.responsesAfter switches [open].
   */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GFormResponse[] {
    const form = this.#f;
    const forms = this.#exec.workspace.forms;
    const since = timestamp === undefined ? undefined : new Date(timestamp as Date).getTime();
    return form.responses
      .filter((r) => since === undefined || forms.isAfter(r.timestamp, since))
      .map((r) => this.#response(r.id));
  }
  getResponse(responseId: string): GFormResponse {
    return this.#response(String(responseId));
  }
  /** "Does not delete copies of responses stored in an external response destination". */
  deleteResponse(responseId: string): GForm {
    const form = this.#f;
    this.#response(String(responseId));
    form.responses = form.responses.filter((r) => r.id !== String(responseId));
    return this.#self();
  }
  deleteAllResponses(): GForm {
    this.#f.responses = [];
    return this.#self();
  }

  // Destination -------------------------------------------------------------------------------

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GForm {
    setDestination(this.#exec, this.#f, String(type), String(id));
    return this.#self();
  }
  /** Google's error when there is no destination is [open]. */
  getDestinationId(): string {
    const dest = this.#f.destination;
    if (!dest) throw new AppsScriptError(NO_DESTINATION);
    return dest.spreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    const dest = this.#f.destination;
    if (!dest) throw new AppsScriptError(NO_DESTINATION);
    return dest.type as unknown as GoogleAppsScript.Forms.DestinationType;
  }
  /** "Unlinks the form from its current response destination"; the sheet and its rows stay. */
  removeDestination(): GForm {
    removeDestination(this.#f);
    return this.#self();
  }
}

/** [open] wording for getDestinationId/getDestinationType on a form with no destination. */
export const NO_DESTINATION = 'The form currently has no response destination.';
