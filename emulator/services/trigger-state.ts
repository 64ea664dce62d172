// Installable triggers that outlive executions: who owns them, when they fire, and Google's limits.
import type { VirtualClock } from '../core/clock';
import { AppsScriptError } from '../core/emulated';
import { nextFiring, recurrenceMs, type ClockSchedule } from './trigger-schedule';

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS';

export interface TriggerRecord {
  readonly uniqueId: string;
  readonly handlerFunction: string;
  /** The email of the user who created it: it runs as them, and only they see it. */
  readonly owner: string;
  readonly eventType: TriggerEventType;
  readonly triggerSource: TriggerSourceName;
  /** The spreadsheet's id for spreadsheet triggers; null for clock triggers. */
  readonly triggerSourceId: string | null;
  readonly createdAt: number;
  readonly schedule?: ClockSchedule;
  readonly lastFiredAt?: number;
}

export type NewTrigger = Omit<TriggerRecord, 'uniqueId' | 'createdAt' | 'lastFiredAt'>;

/** https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const TRIGGERS_PER_USER = 20;
/** [reported] wording (seen verbatim in scripts' logs). */
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** [reported] ttsukagoshi/mail-merge-for-gmail#165: thrown for an add-on trigger under an hour. */
export const ADD_ON_INTERVAL =
  'The recurrence interval for an Add-on trigger must be at least one hour.';

/**
 * An add-on may own one trigger of each type per user per document.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * The time-based wording is [reported] (third-party docs quoting the error); the other types'
 * wording is [open] and follows the same pattern.
 */
export function addOnDuplicateMessage(type: TriggerEventType): string {
  const word: Record<TriggerEventType, string> = {
    CLOCK: 'time-based',
    ON_OPEN: 'open',
    ON_EDIT: 'edit',
    ON_CHANGE: 'change',
    ON_FORM_SUBMIT: 'form submit',
  };
  return `This add-on has created too many ${word[type]} triggers in this document for this Google user account.`;
}

export class TriggerState {
  readonly #triggers: TriggerRecord[] = [];
  #sequence = 0;
  /** What ScriptApp.getScriptId() returns: the project is the same across executions. */
  scriptId = '1EmulatedScriptIdAPplacementsAddOn0000000000000000000000';

  constructor(readonly clock: VirtualClock) {}

  all(): readonly TriggerRecord[] {
    return [...this.#triggers];
  }

  ownedBy(email: string): readonly TriggerRecord[] {
    return this.#triggers.filter((t) => t.owner === email);
  }

  get(uniqueId: string): TriggerRecord | undefined {
    return this.#triggers.find((t) => t.uniqueId === uniqueId);
  }

  /** Host side of create(): enforce Google's limits, then store. */
  add(trigger: NewTrigger, deployment: 'add-on' | 'bound'): TriggerRecord {
    const mine = this.ownedBy(trigger.owner);
    if (deployment === 'add-on') {
      const every = trigger.schedule ? recurrenceMs(trigger.schedule) : undefined;
      if (every !== undefined && every < 60 * 60 * 1000) throw new AppsScriptError(ADD_ON_INTERVAL);
      // One workspace = one document, so "per document" is every trigger of this user here.
      if (mine.some((t) => t.eventType === trigger.eventType)) {
        throw new AppsScriptError(addOnDuplicateMessage(trigger.eventType));
      }
    }
    if (mine.length >= TRIGGERS_PER_USER) throw new AppsScriptError(TOO_MANY_TRIGGERS);
    this.#sequence += 1;
    const record: TriggerRecord = {
      ...trigger,
      uniqueId: String(7300000000 + this.#sequence),
      createdAt: this.clock.now(),
    };
    this.#triggers.push(record);
    return record;
  }

  remove(uniqueId: string): boolean {
    const i = this.#triggers.findIndex((t) => t.uniqueId === uniqueId);
    if (i < 0) return false;
    this.#triggers.splice(i, 1);
    return true;
  }

  /** The earliest clock-trigger firing at or before `until` that has not fired yet. */
  nextDue(until: number): { trigger: TriggerRecord; at: number } | undefined {
    let best: { trigger: TriggerRecord; at: number } | undefined;
    for (const trigger of this.#triggers) {
      if (!trigger.schedule) continue;
      const at = nextFiring(trigger.schedule, trigger.createdAt, trigger.lastFiredAt);
      if (at === undefined || at > until) continue;
      if (!best || at < best.at) best = { trigger, at };
    }
    return best;
  }

  /**
   * Record a firing. One-off triggers (at/after) stay listed after they fire and never fire again
   * ([reported]: they count toward the 20 until deleted).
   */
  markFired(uniqueId: string, at: number): void {
    const i = this.#triggers.findIndex((t) => t.uniqueId === uniqueId);
    const trigger = this.#triggers[i];
    if (!trigger) throw new Error(`TriggerState.markFired: no trigger ${uniqueId}`);
    this.#triggers[i] = { ...trigger, lastFiredAt: at };
  }
}
