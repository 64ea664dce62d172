// The one place that talks to FormApp: makes a provider's form, sets its questions, opens or closes it, reads its answers.
import { errorText } from '../shared/error-text';
import type { ReadResponse } from '../domain/returns/answers';
import {
  DAY_TITLE,
  MARK_CHOICES,
  MESSAGE_TITLE,
  type FormContent,
} from '../domain/returns/form-content';
import type { SheetDates } from './spreadsheet';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

/** FormApp members newer than @types/google-apps-script (docs/provider-returns.md, "Publishing"). */
interface PublishingFormApp {
  create(title: string, isPublished?: boolean): Form;
}
interface PublishingForm {
  setPublished?(enabled: boolean): unknown;
  isPublished?(): boolean;
}

export interface MadeForm {
  readonly formId: string;
  readonly url: string;
  /** Responses go to the workbook (the on-form-submit trigger can fire); false where Google refused. */
  readonly linked: boolean;
}

/**
 * Published, so providers can answer: forms the API makes start unpublished from mid-2026, and an
 * unpublished form refuses responses [doc: Forms API "publishing" change; research in docs/].
 * FormApp.create(title, true) asks for it; setPublished(true) makes sure where the method exists.
 */
function publish(form: Form): void {
  const f = form as unknown as PublishingForm;
  if (typeof f.isPublished === 'function' && f.isPublished()) return;
  if (typeof f.setPublished === 'function') f.setPublished(true);
}

/**
 * Anyone with the link may answer, without signing in (providers are outside the school's
 * domain): setRequireLogin works only for Workspace forms [doc], so a refusal is not an error.
 */
function openToProviders(form: Form): void {
  try {
    form.setRequireLogin(false);
  } catch {
    // Consumer accounts: forms there never require a login.
  }
}

/**
 * A new form for a provider, published, taking responses, its answers linked to the workbook.
 * Linking under `spreadsheets.currentonly` is unconfirmed [open]: refused, the form still works
 * and the hourly run reads its answers (MadeForm.linked says which).
 */
export function makeProviderForm(content: FormContent, spreadsheetId: string): MadeForm {
  const form = (FormApp as unknown as PublishingFormApp).create(content.title, true);
  publish(form);
  form
    .setDescription(content.description)
    .setConfirmationMessage(content.confirmation)
    .setAllowResponseEdits(true)
    .setCollectEmail(false);
  openToProviders(form);
  let linked = true;
  try {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  } catch (error) {
    linked = false;
    console.warn(`Provider returns: answers not linked to the workbook (${errorText(error)}).`);
  }
  setQuestions(form, content);
  form.setAcceptingResponses(true);
  return { formId: form.getId(), url: form.getPublishedUrl(), linked };
}

export function openProviderForm(formId: string): Form {
  return FormApp.openById(formId);
}

interface KnownItem {
  readonly item: Item;
  readonly title: string;
  readonly type: GoogleAppsScript.Forms.ItemType;
}

/** The item of this title and type, when the form has one. */
function itemTitled(
  items: readonly KnownItem[],
  title: string,
  type: GoogleAppsScript.Forms.ItemType,
): Item | undefined {
  return items.find((known) => known.title === title && known.type === type)?.item;
}

/**
 * The day's questions: Day first, then each session's mark and reason, then the message. A
 * question asked yesterday too is kept (its answers' column in the responses sheet stays one
 * column); one no longer asked is deleted, after its answers were read.
 */
export function setQuestions(form: Form, content: FormContent): void {
  const { MULTIPLE_CHOICE, TEXT, PARAGRAPH_TEXT } = FormApp.ItemType;
  const items: KnownItem[] = form
    .getItems()
    .map((item) => ({ item, title: item.getTitle(), type: item.getType() }));
  const wanted: Item[] = [];
  const day = itemTitled(items, DAY_TITLE, MULTIPLE_CHOICE);
  wanted.push(
    (day ? day.asMultipleChoiceItem() : form.addMultipleChoiceItem().setTitle(DAY_TITLE))
      .setHelpText('The day these answers are for.')
      .setChoiceValues([content.day])
      .setRequired(true) as unknown as Item,
  );
  for (const q of content.questions) {
    const mark = itemTitled(items, q.markTitle, MULTIPLE_CHOICE);
    wanted.push(
      (mark
        ? mark.asMultipleChoiceItem()
        : form.addMultipleChoiceItem().setTitle(q.markTitle)
      ).setChoiceValues([...MARK_CHOICES]) as unknown as Item,
    );
    const reason = itemTitled(items, q.reasonTitle, TEXT);
    if (reason) wanted.push(reason);
    else wanted.push(form.addTextItem().setTitle(q.reasonTitle) as unknown as Item);
  }
  const message = itemTitled(items, MESSAGE_TITLE, PARAGRAPH_TEXT);
  wanted.push(
    message ??
      (form
        .addParagraphTextItem()
        .setTitle(MESSAGE_TITLE)
        .setHelpText(
          'A worry about a pupil’s safety or wellbeing, an accident, a change the school should know about. The Designated Safeguarding Lead is told at once.',
        ) as unknown as Item),
  );
  const keep = new Set(wanted.map((item) => item.getId()));
  for (const { item } of items) if (!keep.has(item.getId())) form.deleteItem(item);
  wanted.forEach((item, index) => {
    if (item.getIndex() !== index) form.moveItem(item, index);
  });
  form.setTitle(content.title).setDescription(content.description);
}

/** Takes responses again (a provider with an Active placement once more). */
export function openForm(form: Form, content: FormContent): void {
  publish(form);
  form.setAcceptingResponses(true).setCustomClosedFormMessage(content.closedMessage);
}

/** No pupil placed with the provider: the form says so and takes no answers. */
export function closeForm(form: Form, closedMessage: string): void {
  form.setCustomClosedFormMessage(closedMessage).setAcceptingResponses(false);
}

/** The answer as text: a choice or text as it is, a grid's or checkboxes' choices joined. */
function answerText(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => answerText(v)).join(', ');
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Responses sent or edited from `since` (ms; the moment itself included: whether Google's
 * getResponses(timestamp) includes it is [open], and the caller de-duplicates), as plain data.
 */
export function readResponses(
  form: Form,
  since: number | undefined,
  dates: SheetDates,
): ReadResponse[] {
  const responses = since === undefined ? form.getResponses() : form.getResponses(new Date(since));
  const formId = form.getId();
  return responses.map((response) => {
    const at = response.getTimestamp() as unknown as Date;
    return {
      responseId: response.getId(),
      formId,
      received: dates.isoTimestamp(at),
      receivedAt: at.getTime(),
      items: response.getItemResponses().map((itemResponse) => ({
        title: itemResponse.getItem().getTitle(),
        answer: answerText(itemResponse.getResponse()),
      })),
    };
  });
}
