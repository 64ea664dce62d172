// Trigger (what ScriptApp hands back for an installable trigger) and the helpers its builders share.
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { enumOf } from './enums';
import type { NewTrigger, TriggerRecord } from './trigger-state';

type GTrigger = GoogleAppsScript.Script.Trigger;

export const WeekDay = enumOf(
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
);
export const weekDays = Object.keys(WeekDay);

export class Trigger
  extends Emulated
  implements
    Pick<
      GTrigger,
      | 'getUniqueId'
      | 'getHandlerFunction'
      | 'getEventType'
      | 'getTriggerSource'
      | 'getTriggerSourceId'
    >
{
  readonly [KIND] = 'Trigger';
  readonly #record: TriggerRecord;
  constructor(record: TriggerRecord) {
    super();
    this.#record = record;
  }
  getUniqueId(): string {
    return this.#record.uniqueId;
  }
  getHandlerFunction(): string {
    return this.#record.handlerFunction;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.#record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.#record.triggerSource as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** null for clock triggers. */
  getTriggerSourceId(): string {
    return this.#record.triggerSourceId as string;
  }
}

export function createTrigger(exec: Execution, trigger: Omit<NewTrigger, 'owner'>): Trigger {
  const ws = exec.workspace;
  return new Trigger(ws.triggers.add({ ...trigger, owner: exec.effectiveUser }, ws.deployment));
}

export function integer(value: unknown, name: string, min: number, max = Infinity): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new AppsScriptError(`Invalid argument: ${name}`);
  return n;
}
