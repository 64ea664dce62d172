// Loads the built add-on and runs each entry point as a fresh Apps Script execution.
import vm from 'node:vm';
import { AppsScriptError, type Emulated } from '../core/emulated';
import { directExecution } from '../core/direct';
import type { AuthModeName, Execution, ExecutionKind } from '../core/execution';
import { Workspace } from '../workspace';
import { serviceGlobals } from '../services';
import { activeSpreadsheetObject, rangeObject, spreadsheetGlobals } from '../spreadsheet';
import { readBundle, type Bundle } from './bundle';
import { installClockDate } from './clock-date';
import { exposer } from './expose';
import { timeLimitMs } from './permissions';
import { Realm } from './realm';
import { toClientValue, assertClientArgument } from './client-values';
import { timeDrivenEvent } from './events';
import { advancedServiceGlobals, assertSupported } from '../drive/advanced';
import type { FormAnswers, SubmitOptions, SubmitRefusal } from '../forms/submit';
import { formSubmitEvent } from '../forms/submit-event';

export interface LoadOptions {
  readonly workspace?: Workspace;
  /** Where the built add-on is; default the repository's dist/. */
  readonly distDir?: string;
  /** The name the Marketplace listing (or, bound, the project) gives: createAddonMenu()'s caption. */
  readonly addOnName?: string;
}

export interface RunOptions {
  readonly kind?: ExecutionKind;
  readonly authMode?: AuthModeName;
  readonly args?: readonly unknown[];
  /** The event object, built inside the execution so its emulated objects belong to it. */
  readonly event?: (exec: Execution) => Record<string, unknown>;
  readonly activeUser?: string;
  readonly effectiveUser?: string;
}

export interface FormSubmitOptions extends SubmitOptions {
  /** Move the virtual clock here first (firing clock triggers due on the way), as advanceTo does. */
  readonly at?: Date | string | number;
  /** false: store the response and write the row but fire no trigger (a lost trigger run). */
  readonly fireTriggers?: boolean;
}

export type FormSubmitResult =
  | SubmitRefusal
  | { readonly ok: true; readonly responseId: string; readonly triggerRuns: ExecutionRecord[] };

export interface ExecutionRecord {
  readonly id: string;
  readonly functionName: string;
  readonly kind: ExecutionKind;
  readonly authMode: AuthModeName;
  readonly startedAt: number;
  endedAt: number;
  calls: number;
  error?: string;
}

export class AddOn {
  readonly workspace: Workspace;
  readonly bundle: Bundle;
  readonly executions: ExecutionRecord[] = [];
  readonly #script: vm.Script;

  constructor(options: LoadOptions = {}) {
    this.workspace = options.workspace ?? new Workspace();
    this.bundle = readBundle(options.distDir);
    this.#script = new vm.Script(this.bundle.code, { filename: 'Code.js' });
    const ws = this.workspace;
    ws.scriptTimeZone = this.bundle.manifest.timeZone;
    ws.grantedScopes = new Set(this.bundle.manifest.oauthScopes ?? []);
    ws.requestedScopes = new Set(ws.grantedScopes);
    for (const [name, html] of this.bundle.htmlFiles) ws.files.set(name, html);
    if (options.addOnName) ws.ui.addOnName = options.addOnName;
    assertProcessTimeZone(this.bundle.manifest.timeZone);
    assertSupported(this.#advancedServices);
  }

  get #advancedServices() {
    return this.bundle.manifest.dependencies?.enabledAdvancedServices ?? [];
  }

  get topLevelFunctions(): readonly string[] {
    return this.bundle.topLevelFunctions;
  }

  /** Run one entry point as a fresh execution: top level re-evaluated, locks released at the end. */
  execute(functionName: string, options: RunOptions = {}): unknown {
    if (!this.bundle.topLevelFunctions.includes(functionName)) {
      throw new AppsScriptError(`Script function not found: ${functionName}`);
    }
    const ws = this.workspace;
    const exec = directExecution(ws, {
      authMode: options.authMode ?? 'FULL',
      kind: options.kind ?? 'editor',
      activeUser: options.activeUser ?? ws.user,
      effectiveUser: options.effectiveUser ?? ws.user,
    });
    const record: ExecutionRecord = {
      id: exec.id,
      functionName,
      kind: exec.kind,
      authMode: exec.authMode,
      startedAt: exec.startedAt,
      endedAt: exec.startedAt,
      calls: 0,
    };
    this.executions.push(record);
    const callsBefore = ws.meter.total;
    const limit = timeLimitMs(exec);
    const context = vm.createContext({}, { codeGeneration: { strings: true, wasm: false } });
    installClockDate(context, () => ws.clock.now());
    const makeWrap = exposer(exec, {
      beforeCall: () => {
        if (ws.clock.now() - exec.startedAt > limit) {
          throw new AppsScriptError('Exceeded maximum execution time');
        }
      },
    });
    const realm: Realm = new Realm(context, (t: Emulated) => wrap(t));
    const wrap = makeWrap(realm);
    const globals: Record<string, Emulated> = {
      ...spreadsheetGlobals(exec),
      ...serviceGlobals(exec),
      ...advancedServiceGlobals(exec, this.#advancedServices),
    };
    for (const [name, service] of Object.entries(globals)) {
      Object.defineProperty(context, name, {
        value: wrap(service),
        writable: true,
        enumerable: false,
      });
    }
    try {
      this.#script.runInContext(context);
      const fn = (context as Record<string, unknown>)[functionName];
      if (typeof fn !== 'function') {
        throw new AppsScriptError(`Script function not found: ${functionName}`);
      }
      const args = [...(options.event ? [options.event(exec)] : []), ...(options.args ?? [])];
      const result: unknown = fn(...args.map((a) => realm.toScript(a)));
      return realm.toHost(result);
    } catch (e) {
      record.error = e instanceof Error || isScriptError(e) ? (e as Error).message : String(e);
      throw asHostError(e);
    } finally {
      exec.end();
      record.endedAt = ws.clock.now();
      record.calls = ws.meter.total - callsBefore;
    }
  }

  /** The editor opens the document: onOpen as a simple trigger (LIMITED, or NONE before the add-on is used). */
  open(options: { authMode?: AuthModeName } = {}): void {
    const authMode = options.authMode ?? 'LIMITED';
    this.execute('onOpen', {
      kind: 'simple-trigger',
      authMode,
      activeUser: this.#simpleTriggerUser(),
      event: this.#documentEvent(authMode),
    });
  }

  /** A user installs the add-on from the Marketplace: onInstall runs FULL. */
  install(): void {
    this.execute('onInstall', {
      kind: 'editor',
      authMode: 'FULL',
      event: this.#documentEvent('FULL'),
    });
  }

  /** A menu item clicked: FULL authorisation, with the UI. */
  run(functionName: string): unknown {
    return this.execute(functionName, { kind: 'menu', authMode: 'FULL' });
  }

  /** A google.script.run call from the sidebar: plain data in, plain data out (Dates become null). */
  call(functionName: string, ...args: unknown[]): unknown {
    if (functionName.endsWith('_')) {
      throw new AppsScriptError(`Script function not found: ${functionName}`);
    }
    args.forEach((a, i) => assertClientArgument(a, `argument ${i + 1} of ${functionName}`));
    return toClientValue(this.execute(functionName, { kind: 'client', authMode: 'FULL', args }));
  }

  /** A person types or pastes in the sheet; Google then fires onEdit (simple) and installable edit triggers. */
  edit(
    sheetName: string,
    a1: string,
    values: unknown[][],
    user: string = this.workspace.user,
  ): void {
    const ws = this.workspace;
    const edited = ws.spreadsheet.userEdit(user, sheetName, a1, values);
    const editEvent =
      (authMode: AuthModeName, extra: Record<string, unknown> = {}) =>
      (exec: Execution): Record<string, unknown> => {
        const { row, column, numRows, numColumns } = edited;
        const event: Record<string, unknown> = {
          ...extra,
          authMode,
          source: activeSpreadsheetObject(exec),
          range: rangeObject(exec, sheetName, row, column, numRows, numColumns),
        };
        // value/oldValue are present only when a single cell was edited (Event objects guide).
        if (edited.value !== undefined) event.value = edited.value;
        if (edited.oldValue !== undefined) event.oldValue = edited.oldValue;
        return event;
      };
    if (this.bundle.topLevelFunctions.includes('onEdit')) {
      this.execute('onEdit', {
        kind: 'simple-trigger',
        authMode: 'LIMITED',
        activeUser: this.#simpleTriggerUser(),
        event: editEvent('LIMITED'),
      });
    }
    for (const trigger of ws.triggers.all()) {
      if (trigger.eventType !== 'ON_EDIT') continue;
      this.execute(trigger.handlerFunction, {
        kind: 'installable-trigger',
        authMode: 'FULL',
        activeUser: user,
        effectiveUser: trigger.owner,
        event: editEvent('FULL', { triggerUid: trigger.uniqueId }),
      });
    }
  }

  /**
   * A respondent submits (or, with `editResponseId`, edits) a response to a form: stored and
   * written to the destination sheet (emulator/forms/submit.ts), then every installable
   * ON_FORM_SUBMIT trigger on the destination spreadsheet runs as its owner with the spreadsheet
   * form-submit event (https://developers.google.com/apps-script/guides/triggers/events#form-submit).
   * A failed run is recorded in `executions` and swallowed, as for clock triggers.
   */
  submitFormResponse(
    formId: string,
    answers: FormAnswers,
    options: FormSubmitOptions = {},
  ): FormSubmitResult {
    const ws = this.workspace;
    if (options.at !== undefined) this.advanceTo(options.at);
    const outcome = ws.forms.submit(formId, answers, options);
    if (!outcome.ok) return outcome;
    const before = this.executions.length;
    const spreadsheetId = outcome.form.destination?.spreadsheetId;
    const triggers = ws.triggers
      .all()
      .filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.triggerSourceId === spreadsheetId);
    for (const trigger of options.fireTriggers === false ? [] : triggers) {
      const event = formSubmitEvent(outcome, trigger.uniqueId);
      if (!event) break;
      try {
        this.execute(trigger.handlerFunction, {
          kind: 'installable-trigger',
          authMode: 'FULL',
          activeUser: trigger.owner,
          effectiveUser: trigger.owner,
          event,
        });
      } catch {
        // Recorded in executions, like a failed clock-trigger run.
      }
    }
    return { ok: true, responseId: outcome.responseId, triggerRuns: this.executions.slice(before) };
  }

  /** Move the virtual clock forward, firing each time-driven trigger that falls due on the way. */
  advance(ms: number): void {
    const ws = this.workspace;
    const target = ws.clock.now() + ms;
    for (;;) {
      const due = ws.triggers.nextDue(target);
      if (!due) break;
      if (due.at > ws.clock.now()) ws.clock.set(due.at);
      ws.triggers.markFired(due.trigger.uniqueId, due.at);
      try {
        this.execute(due.trigger.handlerFunction, {
          kind: 'time-trigger',
          authMode: 'FULL',
          activeUser: due.trigger.owner,
          effectiveUser: due.trigger.owner,
          event: () => timeDrivenEvent(due.at, due.trigger.uniqueId),
        });
      } catch {
        // Google records a failed trigger run in the Executions log and goes on; so do we (see executions).
      }
    }
    if (target > ws.clock.now()) ws.clock.set(target);
  }

  advanceTo(when: Date | string | number): void {
    this.advance(Math.max(0, new Date(when).getTime() - this.workspace.clock.now()));
  }

  #simpleTriggerUser(): string {
    // Simple triggers reveal the user only within a Workspace domain (Session.getActiveUser docs).
    return this.workspace.account === 'workspace' ? this.workspace.user : '';
  }

  #documentEvent(authMode: AuthModeName): (exec: Execution) => Record<string, unknown> {
    return (exec) => ({ authMode, source: activeSpreadsheetObject(exec) });
  }
}

function isScriptError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'message' in e;
}

function asHostError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (isScriptError(e)) {
    const err = new Error((e as { message: string }).message);
    err.name = String((e as { name?: unknown }).name ?? 'Error');
    err.stack = `${err.name}: ${err.message}\n${String((e as { stack?: unknown }).stack ?? '')}`;
    return err;
  }
  return new Error(String(e));
}

/** Apps Script runs JavaScript dates in the manifest's time zone; Node's must match for faithful local times. */
export function assertProcessTimeZone(
  timeZone: string,
  local: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): void {
  if (local !== timeZone) {
    throw new Error(
      `The add-on's manifest says timeZone ${timeZone} but Node runs in ${local}: set TZ=${timeZone}.`,
    );
  }
}

export function loadAddOn(options: LoadOptions = {}): AddOn {
  return new AddOn(options);
}
