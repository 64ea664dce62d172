// The reminders' heartbeat: each run recorded, and a gap in the runs kept until the DSL is told (issue 12).
import type { IsoDate } from '../../domain/cells';
import type { ReminderSettings } from '../../domain/reminders/addressing';
import { keyWithoutDay, type SentSoFar } from '../../domain/reminders/jobs';
import type { ReminderItem } from '../../domain/reminders/reminder-item';
import { remindersStoppedSince } from '../../domain/reminders/status-text';
import { remindersStoppedNotice } from '../../domain/reminders/stopped-notice';
import {
  readGap,
  readLastRun,
  writeGap,
  writeLastRun,
  type ReminderStatus,
} from '../../workspace/reminder-trigger';
import type { WorkbookAccess, WorkbookStore } from '../../workspace/workbook/access';

/**
 * When reminders were on but no run happened for more than two hours before `now` (a run, or a
 * colleague taking them over), the gap is kept for the DSL's next digest: the earliest start if
 * an earlier gap was never told.
 */
export function noteGap(
  store: WorkbookStore,
  status: ReminderStatus | undefined,
  now: string,
  by: string,
): void {
  const stoppedSince = remindersStoppedSince(status, readLastRun(store), now, true);
  if (stoppedSince !== undefined) {
    writeGap(store, { from: readGap(store)?.from ?? stoppedSince, to: now, by });
  }
}

/**
 * The trigger is alive: recorded before any work, so a run that finds the workbook busy or fails
 * still shows the reminders are running. Never fails the run.
 */
export function recordHeartbeat(
  access: WorkbookAccess,
  me: string,
  status: ReminderStatus | undefined,
): void {
  try {
    const now = access.dates.isoTimestamp(new Date());
    noteGap(access.store, status, now, me);
    writeLastRun(access.store, { at: now, by: me });
  } catch (e) {
    console.warn(
      `Reminders: the last run could not be recorded (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
}

/**
 * The DSL's item about a gap in the runs, until the record shows it went (then the gap is
 * forgotten). Reading or clearing the gap never stops the digests.
 */
export function gapNotice(
  store: WorkbookStore,
  settings: ReminderSettings,
  today: IsoDate,
  sent: SentSoFar,
): readonly ReminderItem[] {
  try {
    const gap = readGap(store);
    if (!gap) return [];
    const { items } = remindersStoppedNotice(settings, today, gap);
    if (items.length > 0 && items.every((item) => sent.everSent.has(keyWithoutDay(item.key)))) {
      writeGap(store, undefined);
      return [];
    }
    return items;
  } catch (e) {
    console.warn(
      `Reminders: the gap in the runs could not be read (${e instanceof Error ? e.message : String(e)}).`,
    );
    return [];
  }
}
