// The one hourly trigger that runs the reminders, and the workbook's record of whether they are on.
import type { RemindersGap } from '../domain/reminders/stopped-notice';
import type { Spreadsheet } from './spreadsheet';
import type { WorkbookStore } from './workbook/access';

/** The handler Apps Script calls every hour (a top-level function in main.ts). */
export const HOURLY_HANDLER = 'runHourlyJobs';

const STATUS_KEY = 'remindersStatus';
const LAST_RUN_KEY = 'remindersLastRun';
const GAP_KEY = 'remindersGap';

/** Whether reminders are on for this workbook, since when and whose trigger sends them. */
export interface ReminderStatus {
  readonly on: boolean;
  /** The account whose trigger runs (installable triggers run as their creator: PLATFORM.md). */
  readonly owner: string;
  /** When they were turned on (or off), as the workbook's clock shows it: 'YYYY-MM-DD HH:mm:ss'. */
  readonly since: string;
  /** Who turned them off, when they are off. */
  readonly changedBy?: string;
}

function parseStatus(text: string | null): ReminderStatus | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { on, owner, since, changedBy } = value as Record<string, unknown>;
    if (typeof on !== 'boolean' || typeof owner !== 'string' || typeof since !== 'string') {
      return undefined;
    }
    return { on, owner, since, ...(typeof changedBy === 'string' ? { changedBy } : {}) };
  } catch {
    return undefined;
  }
}

/** The status the workbook records, or undefined when reminders were never turned on. */
export function readReminderStatus(store: WorkbookStore): ReminderStatus | undefined {
  return parseStatus(store.get(STATUS_KEY) ?? null);
}

export function writeReminderStatus(store: WorkbookStore, status: ReminderStatus): void {
  store.set(STATUS_KEY, JSON.stringify(status));
}

/**
 * The heartbeat: when the hourly trigger last ran, and as whom, as the workbook's wall time. Kept
 * beside the status so anyone can see that reminders stopped (the owner left, lost access or
 * revoked the add-on: their trigger stops silently, PLATFORM.md).
 */
export interface LastRun {
  readonly at: string;
  readonly by: string;
}

export function readLastRun(store: WorkbookStore): LastRun | undefined {
  const text = store.get(LAST_RUN_KEY);
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { at, by } = value as Record<string, unknown>;
    return typeof at === 'string' && typeof by === 'string' ? { at, by } : undefined;
  } catch {
    return undefined;
  }
}

export function writeLastRun(store: WorkbookStore, run: LastRun): void {
  store.set(LAST_RUN_KEY, JSON.stringify(run));
}

/** A gap in the hourly runs not yet told to the DSL (stopped-notice.ts), kept until it is. */
export function readGap(store: WorkbookStore): RemindersGap | undefined {
  const text = store.get(GAP_KEY);
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { from, to, by } = value as Record<string, unknown>;
    return typeof from === 'string' && typeof to === 'string' && typeof by === 'string'
      ? { from, to, by }
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeGap(store: WorkbookStore, gap: RemindersGap | undefined): void {
  if (gap) store.set(GAP_KEY, JSON.stringify(gap));
  else store.delete(GAP_KEY);
}

/**
 * This user's hourly reminder triggers in this workbook. getUserTriggers(spreadsheet) lists only
 * the current user's triggers for this document and this script or add-on, so another school's
 * workbook or another project's triggers are never touched.
 */
export function ourHourlyTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter(
    (trigger) => trigger.getHandlerFunction() === HOURLY_HANDLER,
  );
}

/**
 * Exactly one hourly trigger for this user: made when there is none, extra copies removed (an add-on
 * may own one time-driven trigger per user per document: PLATFORM.md). Returns it, and whether it
 * was new.
 */
export function ensureHourlyTrigger(spreadsheet: Spreadsheet): {
  readonly made: boolean;
  readonly triggerId: string;
} {
  const [first, ...extra] = ourHourlyTriggers(spreadsheet);
  for (const trigger of extra) ScriptApp.deleteTrigger(trigger);
  if (first) return { made: false, triggerId: first.getUniqueId() };
  const made = ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
  return { made: true, triggerId: made.getUniqueId() };
}

/** Removes this user's hourly reminder triggers in this workbook, and no other trigger. */
export function removeHourlyTriggers(spreadsheet: Spreadsheet): number {
  const ours = ourHourlyTriggers(spreadsheet);
  for (const trigger of ours) ScriptApp.deleteTrigger(trigger);
  return ours.length;
}

/**
 * Removes the trigger that started this run (a run for reminders turned off or taken over). By the
 * project's triggers, not the document's: an add-on's clock run has no document to ask about.
 */
export function removeTriggerById(uniqueId: string | undefined): void {
  if (!uniqueId) return;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getUniqueId() === uniqueId && trigger.getHandlerFunction() === HOURLY_HANDLER) {
      ScriptApp.deleteTrigger(trigger);
    }
  }
}
