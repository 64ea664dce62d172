// The preview's one open workbook: the built add-on in an emulated workspace, its actions, and saving.
import { loadAddOn, Workspace, type AddOn, type RunAs } from '../emulator';
import { decode } from '../emulator/spreadsheet/persist';
import { UserEditRejected } from '../emulator/spreadsheet';
import { BadRequest } from './bad-request';
import { addPickerSettings, buildSampleWorkbook } from './sample-workbook';
import { SAMPLE_SET_UP_AT, SAMPLE_USER } from './sample-rows';
import { isStaff, STAFF } from './staff';
import { OpenWindows } from './open-windows';
import { pickerFiles, pickFiles } from './picker-files';
import { clockShortcuts } from './clock';
import { documentList, renderedDocument } from './documents';
import { framedPage } from './frames';
import { confirmation, FORM_ID } from './provider-forms';
import type { FormSubmitResult } from '../emulator/runtime/add-on';
import type {
  ActionResult,
  ClockShortcutId,
  ExecutionView,
  FormSubmitAnswer,
  PickerAnswer,
  PreviewState,
  RenderedDocument,
  RenderedMail,
  SheetView,
} from './shared/api';
import { cellA1, parseCellA1 } from './shared/a1';
import { readSaved, RESET_HINT, restoreWorkspace, snapshot, writeSaved } from './state-file';
import {
  alertView,
  executionView,
  mailView,
  menuFunctions,
  menuView,
  sheetView,
  toastView,
} from './views';

export const ADD_ON_NAME = 'AP Placements';
const KEPT_EXECUTIONS = 200;
/**
 * Snapshotting the workbook takes about half a second (every cell of every dropdown column is
 * serialised), so each action schedules a save just after its answer has gone, not before.
 */
const SAVE_DELAY_MS = 1000;

export interface SessionOptions {
  readonly stateDir: string;
  /** The built add-on (default the repository's dist/). */
  readonly distDir?: string;
  /**
   * A script bound to the sheet (default), or an editor add-on whose hourly run has no spreadsheet
   * open and reaches the workbook through the Sheets API (`PREVIEW_AS=add-on npm start`).
   */
  readonly runAs?: RunAs;
}

/** A saved state the emulator can no longer load (its model changed) points to the way out. */
function restored(load: () => Workspace): Workspace {
  try {
    return load();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`The saved preview could not be loaded (${reason}). ${RESET_HINT}`, {
      cause: e,
    });
  }
}

export class PreviewSession {
  readonly addOn: AddOn;
  readonly #stateDir: string;
  #history: ExecutionView[];
  #seenExecutions = 0;
  readonly #windows: OpenWindows;
  #saveTimer: NodeJS.Timeout | undefined;

  constructor(options: SessionOptions) {
    this.#stateDir = options.stateDir;
    const saved = readSaved(options.stateDir);
    const workspace = saved
      ? restored(() => restoreWorkspace(saved))
      : new Workspace({ now: SAMPLE_SET_UP_AT, user: SAMPLE_USER });
    workspace.runAs(options.runAs ?? 'bound script');
    this.addOn = loadAddOn({
      workspace,
      addOnName: ADD_ON_NAME,
      ...(options.distDir ? { distDir: options.distDir } : {}),
    });
    this.#windows = new OpenWindows(workspace.ui);
    this.#history = saved ? [...saved.executions] : [];
    if (saved) {
      // Saved before the page could switch user (or naming nobody on the staff): the DSL sits down.
      if (!isStaff(workspace.user)) workspace.user = SAMPLE_USER;
      addPickerSettings(workspace);
      // Reopening the document: the editor runs onOpen, which builds the menu again.
      this.addOn.open();
      this.#collectExecutions();
    } else {
      buildSampleWorkbook(this.addOn);
      this.#collectExecutions();
      this.save();
    }
  }

  get workspace(): Workspace {
    return this.addOn.workspace;
  }

  /** Writes the state file now (and cancels any save scheduled). */
  save(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const people = STAFF.map((person) => person.email);
    writeSaved(this.#stateDir, snapshot(this.workspace, this.#history, people));
  }

  scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  }

  /** Writes a scheduled save at once: before the server stops. */
  flush(): void {
    if (this.#saveTimer) this.save();
  }

  state(): PreviewState {
    const ws = this.workspace;
    const book = ws.spreadsheet;
    const selection = book.selection();
    return {
      spreadsheetName: book.name,
      timeZone: book.timeZone,
      now: ws.clock.now(),
      user: ws.user,
      staff: STAFF,
      sheets: book.sheets.map((s) => ({
        name: s.name,
        id: s.id,
        hidden: s.hidden,
        tabColor: s.tabColor,
      })),
      activeSheet: selection.sheet.name,
      selection: cellA1(selection.current.row, selection.current.column),
      menus: ws.ui.menus.map(menuView),
      sidebar: this.#windows.sidebar()?.view ?? null,
      dialog: this.#windows.dialog()?.view ?? null,
      outbox: ws.mail.outbox.map((mail, index) => mailView(mail, index)).reverse(),
      documents: documentList(ws),
      shortcuts: clockShortcuts(ws),
      executions: this.#history.slice(-100).reverse(),
      mailRemaining: ws.mail.remaining(),
    };
  }

  sheet(name: string): SheetView {
    if (!this.workspace.spreadsheet.findSheet(name)) throw new BadRequest(`No sheet named ${name}`);
    return sheetView(this.workspace.spreadsheet, name);
  }

  /** A Google Doc of the emulated Drive, rendered for the Documents panel's sandboxed frame. */
  document(id: string): RenderedDocument {
    const rendered = renderedDocument(this.workspace, id);
    if (!rendered) throw new BadRequest(`No Google Doc with id ${id} in this preview's Drive`);
    return rendered;
  }

  /** A sent mail's HTML body as a page for the outbox's sandboxed frame. */
  mail(index: number): RenderedMail {
    const mail = Number.isInteger(index) ? this.workspace.mail.outbox[index] : undefined;
    if (!mail) throw new BadRequest(`No mail number ${index} in the outbox`);
    return {
      index,
      subject: mail.subject,
      srcdoc: mail.htmlBody === undefined ? null : framedPage(mail.subject, mail.htmlBody),
    };
  }

  /** The HTML of the sidebar the add-on last showed, if it is still open. */
  sidebarHtml(): string | undefined {
    return this.#windows.sidebar()?.content;
  }

  closeSidebar(): void {
    this.#windows.closeSidebar();
  }

  /** The HTML of the dialog the add-on last showed, if it is still open. */
  dialogHtml(): string | undefined {
    return this.#windows.dialog()?.content;
  }

  closeDialog(): void {
    this.#windows.closeDialog();
  }

  /**
   * Someone else sits down at the keyboard: their menu runs, sidebar calls and edits are theirs
   * from now on (time-driven triggers still run as their owners). The sidebar and dialog were on
   * the last person's screen; the newcomer opens the workbook, and onOpen builds their menu.
   */
  switchUser(email: string): ActionResult {
    if (!isStaff(email)) throw new BadRequest(`${email} is not one of the sample school's staff`);
    this.workspace.user = email;
    this.#windows.closeSidebar();
    this.#windows.closeDialog();
    return this.#act(() => this.addOn.open());
  }

  /** The stand-in Google Picker lists the files setFileIds named, for the token's holder. */
  pickerFiles(token: string, ids: unknown): PickerAnswer {
    return pickerFiles(this.workspace, token, ids);
  }

  /** The stand-in Google Picker's Select: the token's holder picks files (drive.file grants). */
  pickFiles(token: string, ids: unknown): PickerAnswer {
    const answer = pickFiles(this.workspace, token, ids);
    this.scheduleSave();
    return answer;
  }

  /** Moving the cursor: the add-on's getActiveRange() sees it. */
  select(sheet: string, a1: string): void {
    this.#checkCell(sheet, a1);
    this.workspace.spreadsheet.select(sheet, a1);
    this.scheduleSave();
  }

  /** A person types `value` into one cell: Sheets parses it, then onEdit fires. */
  edit(sheet: string, a1: string, value: string): ActionResult {
    this.#checkCell(sheet, a1);
    return this.#act(() => this.addOn.edit(sheet, a1, [[value]]));
  }

  /** A click on one of the menu's items. */
  runMenuItem(functionName: string): ActionResult {
    if (!menuFunctions(this.workspace.ui.menus).has(functionName)) {
      throw new BadRequest(`No menu item runs ${functionName}`);
    }
    return this.#act(() => this.addOn.run(functionName));
  }

  /** google.script.run from the sidebar: arguments arrive as JSON, Dates tagged {$date}. */
  call(functionName: string, args: readonly unknown[]): ActionResult {
    return this.#act(() => this.addOn.call(functionName, ...args.map((a) => decode(a))));
  }

  /** The clock moves on; the triggers due on the way run. */
  advance(ms: number): ActionResult {
    if (!Number.isInteger(ms) || ms <= 0 || ms > 366 * 86_400_000) {
      throw new BadRequest('Advance the clock by a whole number of milliseconds, up to a year');
    }
    return this.#act(() => this.addOn.advance(ms));
  }

  /** A clock shortcut ("Next school day 07:00"), worked out afresh now; the triggers due run. */
  jump(id: string): ActionResult {
    const shortcut = clockShortcuts(this.workspace).find((s) => s.id === (id as ClockShortcutId));
    if (!shortcut) throw new BadRequest(`No clock shortcut ${id}`);
    return this.#act(() => this.addOn.advanceTo(shortcut.at));
  }

  /**
   * A provider answers a form in the provider's view: the response is stored and written to the
   * form's sheet, then the on-form-submit trigger runs (the add-on takes it into Attendance).
   */
  submitForm(formId: string, answers: unknown, respondentEmail?: string): FormSubmitAnswer {
    const form = FORM_ID.test(formId) ? this.workspace.forms.find(formId) : undefined;
    if (!form) throw new BadRequest(`No form with id ${formId} in this preview`);
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
      throw new BadRequest('answers must be an object of question ids to text');
    }
    const given: Record<string, string> = {};
    for (const [key, value] of Object.entries(answers)) {
      if (typeof value !== 'string') throw new BadRequest(`The answer to ${key} must be text`);
      given[key] = value;
    }
    const options = respondentEmail ? { respondentEmail } : {};
    const result = this.#act(() => this.addOn.submitFormResponse(form.id, given, options));
    const outcome = result.value as FormSubmitResult | undefined;
    if (!result.ok || !outcome) {
      return {
        submitted: false,
        message: result.error ?? 'Not sent',
        executions: result.executions,
      };
    }
    if (!outcome.ok) {
      return { submitted: false, message: outcome.reason, executions: result.executions };
    }
    return {
      submitted: true,
      message: confirmation(form),
      responseId: outcome.responseId,
      executions: result.executions,
    };
  }

  #checkCell(sheet: string, a1: string): void {
    const model = this.workspace.spreadsheet.findSheet(sheet);
    const cell = parseCellA1(a1);
    if (!model) throw new BadRequest(`No sheet named ${sheet}`);
    if (!cell || cell.row > model.maxRows || cell.column > model.maxColumns) {
      throw new BadRequest(`${a1} is not a cell of ${sheet}`);
    }
  }

  #act(action: () => unknown): ActionResult {
    const ws = this.workspace;
    const alertsBefore = ws.ui.alerts.length;
    const toastsBefore = ws.spreadsheet.toasts.length;
    let outcome: { ok: true; value: unknown } | { ok: false; error: string };
    try {
      outcome = { ok: true, value: action() };
    } catch (e) {
      const error =
        e instanceof UserEditRejected ? e.message : e instanceof Error ? e.message : String(e);
      outcome = { ok: false, error };
    }
    const executions = this.#collectExecutions();
    this.scheduleSave();
    return {
      ...outcome,
      alerts: ws.ui.alerts.slice(alertsBefore).map(alertView),
      toasts: ws.spreadsheet.toasts.slice(toastsBefore).map(toastView),
      executions,
    };
  }

  /** Copies the runs since the last look into the preview's history, with what each logged. */
  #collectExecutions(): ExecutionView[] {
    const records = this.addOn.executions.slice(this.#seenExecutions);
    this.#seenExecutions = this.addOn.executions.length;
    const last = this.#history[this.#history.length - 1]?.seq ?? 0;
    const views = records.map((record, i) =>
      executionView(record, last + i + 1, this.workspace.logs.messages(record.id)),
    );
    this.#history = [...this.#history, ...views].slice(-KEPT_EXECUTIONS);
    return views;
  }
}
