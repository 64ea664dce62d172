// TriggerBuilder (ScriptApp.newTrigger) and SpreadsheetTriggerBuilder for spreadsheet events.
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { ClockTriggerBuilder } from './clock-trigger-builder';
import { createTrigger, Trigger } from './trigger';
import type { TriggerEventType } from './trigger-state';

export class SpreadsheetTriggerBuilder
  extends Emulated
  implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder
{
  readonly [KIND] = 'SpreadsheetTriggerBuilder';
  readonly #exec: Execution;
  readonly #handler: string;
  readonly #spreadsheetId: string;
  #event: TriggerEventType | undefined;

  constructor(exec: Execution, handler: string, spreadsheetId: string) {
    super();
    this.#exec = exec;
    this.#handler = handler;
    this.#spreadsheetId = spreadsheetId;
  }
  onOpen(): this {
    this.#event = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.#event = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.#event = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this.#event = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    // Google's message for a spreadsheet trigger with no event is [open].
    if (!this.#event)
      throw new AppsScriptError('Choose onOpen, onEdit, onChange or onFormSubmit first.');
    return createTrigger(this.#exec, {
      handlerFunction: this.#handler,
      eventType: this.#event,
      triggerSource: 'SPREADSHEETS',
      triggerSourceId: this.#spreadsheetId,
    });
  }
}

/** The id of a Spreadsheet object (anything with getId()) or a key passed as a string. */
export function spreadsheetIdOf(sheet: unknown): string {
  if (typeof sheet === 'string' && sheet !== '') return sheet;
  const withId = sheet as { getId?: () => unknown } | null;
  if (withId && typeof withId.getId === 'function') return String(withId.getId());
  throw new AppsScriptError('Invalid argument: spreadsheet');
}

export class TriggerBuilder extends Emulated implements GoogleAppsScript.Script.TriggerBuilder {
  readonly [KIND] = 'TriggerBuilder';
  readonly #exec: Execution;
  readonly #handler: string;
  constructor(exec: Execution, handler: string) {
    super();
    this.#exec = exec;
    this.#handler = handler;
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.#exec, this.#handler);
  }
  forDocument(): never {
    throw new Error('Emulator: document triggers are not modelled');
  }
  forForm(): never {
    throw new Error('Emulator: form triggers are not modelled');
  }
  forUserCalendar(): never {
    throw new Error('Emulator: calendar triggers are not modelled');
  }
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(this.#exec, this.#handler, spreadsheetIdOf(sheet));
  }
}
