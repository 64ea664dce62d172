// The emulated Google Forms that outlive executions: forms, items, responses, destinations, and their switches.
import type { VirtualClock } from '../core/clock';
import type { DriveState } from '../drive/state';
import type { SpreadsheetState } from '../spreadsheet/state';
import { itemId, publishedFormId, responseId } from './ids';
import {
  copyForm,
  type FormRecord,
  type FormsJSON,
  type ItemRecord,
  type ItemTypeName,
} from './records';
import { submitResponse, type FormAnswers, type SubmitOptions, type SubmitOutcome } from './submit';
import { linkedFormUrl } from './urls';

export const FORM = 'application/vnd.google-apps.form';
/** The end of June 30, 2026 in California, where Google dates its changes [open: the zone is a guess]. */
export const PUBLISHED_UNTIL = Date.parse('2026-07-01T00:00:00-07:00');

/** Host options for a form a person made in the Forms UI (not through the add-on). */
export interface PersonFormOptions {
  readonly title: string;
  readonly owner?: string;
  readonly editors?: readonly string[];
  /** A person's form is published when they share it (default true). */
  readonly published?: boolean;
}

export class FormsState {
  readonly #forms: FormRecord[] = [];
  #sequence = 0;

  /**
   * Whether a form made by FormApp.create(title) (no second argument) starts published. "Forms
   * created by the API will be published by default through June 30, 2026 … forms created by
   * the API after June 30, 2026 will be created in an unpublished state"
   * [doc: https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms].
   * 'by-date' (default) follows that by the virtual clock; whether FormApp.create follows the API
   * is [open], and the date has moved before: true/false pin it.
   */
  newFormsPublished: 'by-date' | boolean = 'by-date';
  /**
   * The response sheet's name before its number: "Form Responses 1", "Form Responses 2"…
   * [reported: clyall/FormEmailer#39 config "Form Responses 1"]. Newer Sheets may write
   * "Form responses" [open]: set this to try the add-on against it.
   */
  responsesSheetName = 'Form Responses';
  /**
   * getResponses(timestamp): "responses after a given date and time", whose parameter is "the
   * earliest date and time for which form responses should be returned" [doc, contradictory]:
   * 'after' (default) keeps responses strictly later; 'at-or-after' includes an equal one [open].
   */
  responsesAfter: 'after' | 'at-or-after' = 'after';
  /**
   * Whether Form.setDestination works when the add-on has only `spreadsheets.currentonly` (not the
   * full `spreadsheets` scope). Not documented [open]: 'allowed' (default) lets it; 'refused'
   * throws the permission error naming the spreadsheets scope.
   */
  destinationUnderCurrentOnly: 'allowed' | 'refused' = 'allowed';
  /**
   * What the spreadsheet form-submit event's `values`/`namedValues` hold for an EDITED response:
   * 'changed-only' (default) leaves answers the respondent did not change as '' [reported: Q&A
   * threads on edited responses' events, not in the research notes]; 'all' gives every answer.
   */
  editEventValues: 'changed-only' | 'all' = 'changed-only';

  constructor(
    readonly clock: VirtualClock,
    readonly drive: DriveState,
    readonly findSpreadsheet: (id: string) => SpreadsheetState | undefined,
  ) {}

  /** Whether FormApp.create(title) makes a published form now (newFormsPublished). */
  publishesNewForms(): boolean {
    if (this.newFormsPublished !== 'by-date') return this.newFormsPublished;
    return this.clock.now() < PUBLISHED_UNTIL;
  }

  /** A response's timestamp against getResponses(timestamp)'s bound (responsesAfter). */
  isAfter(timestamp: number, since: number): boolean {
    return this.responsesAfter === 'after' ? timestamp > since : timestamp >= since;
  }

  /** Every form, in creation order (host view, not counted). */
  all(): readonly FormRecord[] {
    return [...this.#forms];
  }

  /** The live record, or undefined. */
  find(id: string): FormRecord | undefined {
    return this.#forms.find((f) => f.id === id);
  }

  /** As find, for tests: throws (a host error) when there is no such form. */
  form(id: string): FormRecord {
    const form = this.find(id);
    if (!form) throw new Error(`FormsState: no form ${id}`);
    return form;
  }

  canEdit(form: FormRecord, user: string): boolean {
    return user !== '' && (form.owner === user || form.editors.includes(user));
  }

  #next(): number {
    this.#sequence += 1;
    return this.#sequence;
  }

  /** A new form and its Drive file (application/vnd.google-apps.form, in My Drive, named by the title). */
  create(options: {
    title: string;
    owner: string;
    byApp: boolean;
    published: boolean;
  }): FormRecord {
    const file = this.drive.add({
      name: options.title,
      mimeType: FORM,
      parents: [this.drive.rootId],
      owner: options.owner,
      byApp: options.byApp,
    });
    const form: FormRecord = {
      id: file.id,
      publishedId: publishedFormId(this.#next()),
      title: options.title,
      description: '',
      confirmationMessage: '',
      customClosedFormMessage: '',
      owner: options.owner,
      editors: [],
      published: options.published,
      acceptingResponses: true,
      allowResponseEdits: false,
      collectEmail: false,
      requireLogin: false,
      limitOneResponsePerUser: false,
      items: [],
      responses: [],
      destination: null,
      createdAt: this.clock.now(),
    };
    this.#forms.push(form);
    return form;
  }

  /** Host helper: a form a person made in Forms (the add-on did not make it; drive.file does not reach it). */
  addPersonForm(options: PersonFormOptions): FormRecord {
    const owner = options.owner ?? this.drive.get('root')?.owner ?? '';
    const form = this.create({
      title: options.title,
      owner,
      byApp: false,
      published: options.published ?? true,
    });
    form.editors = [...(options.editors ?? [])];
    return form;
  }

  /** Host helper: a person adds a question in the Forms editor (not counted). */
  addItem(
    formId: string,
    type: ItemTypeName,
    title: string,
    extra: Partial<ItemRecord> = {},
  ): ItemRecord {
    return this.newItem(this.form(formId), type, title, extra);
  }

  newItem(
    form: FormRecord,
    type: ItemTypeName,
    title = '',
    extra: Partial<ItemRecord> = {},
  ): ItemRecord {
    let id = itemId(this.#next());
    while (this.#forms.some((f) => f.items.some((i) => i.id === id))) id = itemId(this.#next());
    const item: ItemRecord = {
      helpText: '',
      required: false,
      choices: [],
      showOther: false,
      ...extra,
      id,
      type,
      title,
    };
    form.items.push(item);
    return item;
  }

  /**
   * Host: a respondent submits (or, with editResponseId, edits) a response; see submit.ts. Fires
   * no trigger: AddOn.submitFormResponse does that.
   */
  submit(formId: string, answers: FormAnswers, options: SubmitOptions = {}): SubmitOutcome {
    return submitResponse(this, formId, answers, options);
  }

  newResponseId(): string {
    return responseId(this.#next());
  }

  /** The form whose responses go to this sheet, if any (Sheet.getFormUrl). */
  formOfSheet(spreadsheetId: string, sheetId: number): FormRecord | undefined {
    return this.#forms.find(
      (f) => f.destination?.spreadsheetId === spreadsheetId && f.destination.sheetId === sheetId,
    );
  }

  /** Sheet.getFormUrl(): the linked form's URL, or null. */
  formUrlOfSheet(spreadsheetId: string, sheetId: number): string | null {
    const form = this.formOfSheet(spreadsheetId, sheetId);
    return form ? linkedFormUrl(form) : null;
  }

  /**
   * Spreadsheet.getFormUrl(): "If multiple forms send responses to this spreadsheet, the form URL
   * returned is indeterminate"; here the first linked form in creation order.
   */
  formUrlOfSpreadsheet(spreadsheetId: string): string | null {
    const form = this.#forms.find((f) => f.destination?.spreadsheetId === spreadsheetId);
    return form ? linkedFormUrl(form) : null;
  }

  toJSON(): FormsJSON {
    return { version: 1, sequence: this.#sequence, forms: this.#forms.map(copyForm) };
  }

  /** Replaces every form with a snapshot's (the preview reloading after a restart). */
  load(json: FormsJSON): void {
    if (json.version !== 1) throw new Error('FormsState.load: unknown snapshot version');
    this.#forms.length = 0;
    this.#forms.push(...json.forms.map(copyForm));
    this.#sequence = json.sequence;
  }
}
