// The on-form-submit trigger's handler: a provider answered, so its answers go into the workbook now.
import { parseRegistry, REGISTRY_KEY, registryText } from '../../domain/returns/registry';
import { readReminderStatus } from '../../workspace/reminder-trigger';
import { removeReturnsTriggers } from '../../workspace/returns-trigger';
import { effectiveUserEmail, withRemindersLock, withUserLock } from '../../workspace/session';
import { openForSubmitRun } from '../../workspace/workbook/open';
import { readWorkbookForReminders } from '../../workspace/workbook-for-reminders';
import { writeReminderLog, type ReminderLogLine } from '../reminders/reminder-log';
import { takeArrivedReturns } from './arrive';

const LOCK_WAIT_MS = 30_000;

/** The spreadsheet form-submit event's fields the handler looks at; everything else is ignored. */
interface SubmitEvent {
  readonly triggerUid?: unknown;
}

/**
 * Reads every provider form's new answers (not only the one in the event: the event's contents
 * are not trusted, and one run catches up whatever an earlier run missed), writes them, alerts at
 * once, under the workbook's lock and the owner's. A run that cannot get the locks leaves the
 * answers for the next run or the hourly one; nothing is lost, since the forms keep them.
 */
export function receiveProviderReturns(event?: SubmitEvent): void {
  const access = openForSubmitRun(
    typeof event?.triggerUid === 'string' ? event.triggerUid : undefined,
  );
  if (!access) {
    console.warn('Provider returns: no workbook for this trigger.');
    return;
  }
  const status = readReminderStatus(access.store);
  const me = effectiveUserEmail();
  if (status && status.owner !== '' && me !== '' && status.owner !== me) {
    // Reminders are a colleague's now: their trigger takes the answers; this one goes.
    removeReturnsTriggers(access.id);
    return;
  }
  const done = withRemindersLock(LOCK_WAIT_MS, () =>
    withUserLock(LOCK_WAIT_MS, () => {
      const now = new Date();
      const first = readWorkbookForReminders(access, now);
      if (!first.ok) {
        console.warn(`Provider returns: ${first.message}`);
        return true;
      }
      const read = first.read;
      access.store.reload();
      const stored = access.store.get(REGISTRY_KEY);
      const lines: ReminderLogLine[] = [];
      const registry = takeArrivedReturns(read, parseRegistry(stored), now, lines);
      const text = registryText(registry);
      if (stored !== undefined && text !== stored) access.store.set(REGISTRY_KEY, text);
      writeReminderLog(lines, access, read.logHeader);
      return true;
    }),
  );
  if (done === undefined)
    console.log('Provider returns: the workbook was busy; the next run takes the answers.');
}
