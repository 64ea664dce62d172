// The JSON the preview server and its page exchange: plain data, shared by preview/ and preview/client/.

/** One cell as the grid draws it; absent fields mean Sheets' defaults. */
export interface CellView {
  /** The display value (what Sheets shows in the cell). */
  readonly v: string;
  /** The formula, when the cell has one (shown when editing, as Sheets does). */
  readonly f?: string;
  readonly note?: string;
  /** #rrggbb, only when not white. */
  readonly bg?: string;
  readonly color?: string;
  readonly bold?: true;
  readonly align?: 'left' | 'center' | 'right';
  /** Index into SheetView.lists: the cell has a dropdown. */
  readonly list?: number;
}

export interface SheetView {
  readonly name: string;
  /** Rows and columns drawn (the used range plus a margin, within the sheet's size). */
  readonly rows: number;
  readonly columns: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** cells[row - 1][column - 1]; null for an untouched cell. */
  readonly cells: readonly (readonly (CellView | null)[])[];
  /** Dropdown choices, shared by the cells that use them. */
  readonly lists: readonly (readonly string[])[];
}

export interface SheetTab {
  readonly name: string;
  /** The sheet's gid, as a link to a row names it (…/edit#gid=<id>&range=A5). */
  readonly id: number;
  readonly hidden: boolean;
  readonly tabColor: string | null;
}

export type MenuItemView =
  | { readonly type: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly type: 'separator' }
  | { readonly type: 'submenu'; readonly caption: string; readonly items: readonly MenuItemView[] };

export interface MenuView {
  readonly caption: string;
  /** An add-on menu: Google shows it under Extensions. */
  readonly addOn: boolean;
  readonly items: readonly MenuItemView[];
}

export interface MailView {
  /** Its place in the outbox, oldest first: GET /api/mail?index= renders its HTML body. */
  readonly index: number;
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly from: string;
  readonly subject: string;
  readonly body: string;
  readonly hasHtmlBody: boolean;
  readonly sentAt: number;
}

/** An HTML body or a document, as a sandboxed frame shows it (srcdoc, sandbox="", no script). */
export interface RenderedMail {
  readonly index: number;
  readonly subject: string;
  /** A whole HTML page for the frame's srcdoc, or null when the mail had no HTML body. */
  readonly srcdoc: string | null;
}

/** A Google Doc in the emulated Drive (the add-on made it, or a person did). */
export interface DocumentView {
  readonly id: string;
  readonly name: string;
  /** https://docs.google.com/document/d/<id>/edit: what the Documents sheet and sidebar link to. */
  readonly url: string;
  readonly createdAt: number;
  readonly modifiedAt: number;
  /** The folder it is in, from My Drive down ("AP Placements documents / Templates"). */
  readonly folder: string;
  /** Made by the add-on (drive.file), rather than by a person in Drive. */
  readonly byAddOn: boolean;
}

export interface RenderedDocument extends DocumentView {
  /** The document's body as a whole HTML page for a sandboxed frame's srcdoc. */
  readonly srcdoc: string;
  /** The body as plain text, one line per paragraph. */
  readonly text: string;
}

export type ClockShortcutId = 'reminder-hour' | 'school-day';

/** A jump of the clock the page offers besides +1 hour and +1 day. */
export interface ClockShortcut {
  readonly id: ClockShortcutId;
  /** "Next 07:00", "Next school day 07:00" (the Reminder hour on Settings). */
  readonly label: string;
  /** Where it goes and what runs on the way, in words. */
  readonly title: string;
  /** The instant it moves the clock to, worked out again when it is clicked. */
  readonly at: number;
}

export interface ExecutionView {
  /** The preview's own number for the run (the emulator's ids restart with each server start). */
  readonly seq: number;
  readonly functionName: string;
  readonly kind: string;
  readonly authMode: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly calls: number;
  readonly error?: string;
  /** What the run logged with console and Logger. */
  readonly logs: readonly string[];
}

export interface AlertView {
  readonly title: string;
  readonly prompt: string;
  readonly answer: string;
}

export interface ToastView {
  readonly title: string;
  readonly message: string;
  readonly timeoutSeconds: number | null;
}

export interface SidebarView {
  /** Changes whenever the add-on shows a sidebar again, so the page reloads the frame. */
  readonly version: number;
  readonly title: string;
}

/** One of the sample school's staff, who may sit at the preview's keyboard. */
export interface StaffView {
  readonly email: string;
  /** As Settings names the role: "DSL", "Head of Pastoral Care". */
  readonly role: string;
}

/** A dialog the add-on showed (showModalDialog, showModelessDialog), open until it is closed. */
export interface DialogView {
  /** Changes whenever the add-on shows a dialog again, so the page reloads the frame. */
  readonly version: number;
  readonly kind: 'modal' | 'modeless';
  readonly title: string;
  /** The size the add-on asked for (HtmlOutput.setWidth/setHeight); null when it did not. */
  readonly width: number | null;
  readonly height: number | null;
}

export interface PreviewState {
  readonly spreadsheetName: string;
  readonly timeZone: string;
  readonly now: number;
  /** Who is at the keyboard: every menu run, sidebar call and edit is theirs. */
  readonly user: string;
  readonly staff: readonly StaffView[];
  readonly sheets: readonly SheetTab[];
  readonly activeSheet: string;
  /** The selection's top-left cell, A1 notation. */
  readonly selection: string;
  readonly menus: readonly MenuView[];
  readonly sidebar: SidebarView | null;
  readonly dialog: DialogView | null;
  /** Newest first. */
  readonly outbox: readonly MailView[];
  /** Google Docs in the emulated Drive, newest first. */
  readonly documents: readonly DocumentView[];
  readonly shortcuts: readonly ClockShortcut[];
  /** Newest first, at most the last 100. */
  readonly executions: readonly ExecutionView[];
  readonly mailRemaining: number;
}

/** What one action (an edit, a menu click, a sidebar call, the clock) did. */
export interface ActionResult {
  readonly ok: boolean;
  /** Why the action failed: the script's error, or Sheets refusing an edit. */
  readonly error?: string;
  /** The return value of a google.script.run call (plain data). */
  readonly value?: unknown;
  readonly alerts: readonly AlertView[];
  readonly toasts: readonly ToastView[];
  readonly executions: readonly ExecutionView[];
}

/** POST /api/forms/submit: a respondent's answers to a form, and what Google shows them after. */
export interface FormSubmitAnswer {
  readonly submitted: boolean;
  /** The form's confirmation message, or why it took no answers (closed, a required question…). */
  readonly message: string;
  readonly responseId?: string;
  /** The runs the answers set off: the add-on's on-form-submit trigger. */
  readonly executions?: readonly ExecutionView[];
}

/** A file as the stand-in Google Picker shows it and calls back with (Google's Document fields). */
export interface PickerFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
}

/** What POST /api/picker/files and /api/picker/pick answer: whose token it was, and the files. */
export interface PickerAnswer {
  readonly user: string;
  readonly files: readonly PickerFile[];
}

/**
 * Messages between the scripts injected into the add-on's HTML (the bridge, the stand-in Picker)
 * and the page that hosts its frame.
 */
export type BridgeRequest =
  | {
      readonly channel: 'ap-preview-bridge';
      readonly type: 'run';
      readonly id: number;
      readonly functionName: string;
      readonly args: readonly unknown[];
    }
  | { readonly channel: 'ap-preview-bridge'; readonly type: 'close' }
  /** A link the sidebar would open (a click, window.open): the page decides, nothing remote opens. */
  | { readonly channel: 'ap-preview-bridge'; readonly type: 'open'; readonly url: string }
  /** The stand-in Picker asks the server, with the token it was given, to list or to pick files. */
  | {
      readonly channel: 'ap-preview-bridge';
      readonly type: 'picker';
      readonly id: number;
      readonly call: 'files' | 'pick';
      readonly token: string;
      readonly ids: readonly string[];
    };

export interface BridgeResponse {
  readonly channel: 'ap-preview-page';
  readonly type: 'result';
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
}

/** The page's answer to the stand-in Picker (its own channel: the bridge ignores it). */
export interface PickerReply {
  readonly channel: 'ap-preview-picker';
  readonly id: number;
  readonly ok: boolean;
  readonly answer?: PickerAnswer;
  readonly error?: string;
}
