// The plain records a form is kept as (items, responses, destination): what FormsState holds and saves.

/** FormApp.ItemType names the emulator models (https://developers.google.com/apps-script/reference/forms/item-type). */
export type ItemTypeName = 'MULTIPLE_CHOICE' | 'TEXT' | 'PARAGRAPH_TEXT' | 'SECTION_HEADER';

/** Items a respondent answers; a section header is only text on the form. */
export const QUESTION_TYPES: readonly ItemTypeName[] = [
  'MULTIPLE_CHOICE',
  'TEXT',
  'PARAGRAPH_TEXT',
];

export interface ItemRecord {
  /** Google's item ids are numbers (Item.getId(): Integer). */
  readonly id: number;
  readonly type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  /** Multiple choice only: the choices' values, in order. */
  choices: string[];
  /** Multiple choice only: whether an "Other" option with free text is shown. */
  showOther: boolean;
}

export interface AnswerRecord {
  readonly itemId: number;
  readonly response: string;
}

export interface ResponseRecord {
  /** Stable across edits (FormResponse.getId()). */
  readonly id: string;
  /** The latest submission or edit. */
  timestamp: number;
  readonly firstSubmittedAt: number;
  /** '' unless the form collected it. */
  respondentEmail: string;
  answers: AnswerRecord[];
  /** The destination row this response was written to, while the destination is linked. */
  row?: number;
}

/** A destination column: the timestamp, the respondent's email, or a question by item id. */
export type ColumnKey = 'timestamp' | 'email' | number;

export interface DestinationRecord {
  readonly type: 'SPREADSHEET';
  readonly spreadsheetId: string;
  /** Sheet.getSheetId() of the "Form responses N" sheet the form writes to. */
  readonly sheetId: number;
  /** What each column (from A) holds, and the header it was given. */
  columns: Array<{ key: ColumnKey; header: string }>;
}

export interface FormRecord {
  readonly id: string;
  /** The id in the respondents' URL (…/forms/d/e/<publishedId>/viewform). */
  readonly publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  customClosedFormMessage: string;
  owner: string;
  editors: string[];
  published: boolean;
  acceptingResponses: boolean;
  allowResponseEdits: boolean;
  collectEmail: boolean;
  requireLogin: boolean;
  limitOneResponsePerUser: boolean;
  items: ItemRecord[];
  responses: ResponseRecord[];
  destination: DestinationRecord | null;
  readonly createdAt: number;
}

export interface FormsJSON {
  readonly version: 1;
  readonly sequence: number;
  readonly forms: FormRecord[];
}

/** A deep copy (records are mutated in place by the services). */
export function copyForm(f: FormRecord): FormRecord {
  return {
    ...f,
    editors: [...f.editors],
    items: f.items.map((i) => ({ ...i, choices: [...i.choices] })),
    responses: f.responses.map((r) => ({ ...r, answers: r.answers.map((a) => ({ ...a })) })),
    destination: f.destination
      ? { ...f.destination, columns: f.destination.columns.map((c) => ({ ...c })) }
      : null,
  };
}
