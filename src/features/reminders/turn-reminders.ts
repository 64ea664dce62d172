// Menu items that turn the hourly reminders on and off, and say whether they are on and whose they are.
import { describeStatus, remindersStoppedSince } from '../../domain/reminders/status-text';
import { appendLog } from '../../workspace/log';
import {
  ensureHourlyTrigger,
  ourHourlyTriggers,
  readLastRun,
  readReminderStatus,
  removeHourlyTriggers,
  writeReminderStatus,
} from '../../workspace/reminder-trigger';
import { effectiveUserEmail, withDocumentLock } from '../../workspace/session';
import { openWorkbook, SheetDates } from '../../workspace/spreadsheet';
import { askYesNo, tellPerson } from '../../workspace/ui';
import { noteGap } from './heartbeat';

const BUSY =
  'Someone else is changing this workbook right now. Wait a minute, then choose the menu item again.';

function me(): string {
  return effectiveUserEmail();
}

/** What turning reminders on came to, for a menu's alert or the sidebar's status line. */
export type TurnedOn =
  | { readonly outcome: 'on'; readonly message: string }
  /** A colleague's trigger sends them: taking over needs the person's yes (`takeOver`). */
  | { readonly outcome: 'colleague'; readonly owner: string; readonly message: string }
  | { readonly outcome: 'busy'; readonly message: string };

/**
 * Installs the one hourly trigger (idempotent: a second call leaves one) and records who owns it,
 * without any UI, so the menu and the sidebar share it. When a colleague's trigger already sends
 * them, nothing changes unless `takeOver`: theirs then removes itself at its next run, so the
 * school never gets two sets of digests.
 */
export function turnRemindersOn(options: { readonly takeOver?: boolean } = {}): TurnedOn {
  const spreadsheet = openWorkbook();
  const status = readReminderStatus();
  const user = me();
  if (status?.on && status.owner !== '' && status.owner !== user && !options.takeOver) {
    return {
      outcome: 'colleague',
      owner: status.owner,
      message: `Reminders are already on, sent by ${status.owner}'s trigger.`,
    };
  }
  const message = withDocumentLock(10_000, () => {
    const made = ensureHourlyTrigger(spreadsheet);
    const now = SheetDates.of(spreadsheet).isoTimestamp(new Date());
    // Taking over from a trigger that stopped: the DSL's next digest says since when (issue 12).
    noteGap(status, now, user);
    const keepSince = status?.on === true && status.owner === user && !made;
    const since = keepSince ? status.since : now;
    const next = { on: true, owner: user, since };
    writeReminderStatus(next);
    appendLog({
      action: 'Reminders on',
      subject: 'Workbook',
      detail: made ? 'Hourly trigger installed' : 'Hourly trigger already installed',
    });
    return `${describeStatus(next)} Digests go out at the Reminder hour on Settings, chases after lunch, and safeguarding concerns within the hour. Set Email mode to "Dry run" on Settings to see them in the Log instead.`;
  });
  return message === undefined ? { outcome: 'busy', message: BUSY } : { outcome: 'on', message };
}

/** The menu item: asks before taking over a colleague's reminders. */
export function installReminders(): void {
  const first = turnRemindersOn();
  if (first.outcome !== 'colleague') {
    tellPerson(first.message);
    return;
  }
  const takeOver = askYesNo(
    `Reminders are already on, sent by ${first.owner}'s trigger. Take them over, so that they are sent from your account instead? (Their trigger stops at its next run.)`,
  );
  if (takeOver) tellPerson(turnRemindersOn({ takeOver: true }).message);
}

/** What turning reminders off came to. */
export type TurnedOff =
  | { readonly outcome: 'off'; readonly message: string }
  | { readonly outcome: 'busy'; readonly message: string };

/**
 * Removes this user's trigger and records reminders as off, without any UI, so the menu and the
 * sidebar share it; a colleague's trigger sees that at its next run and removes itself (a user can
 * delete only their own triggers).
 */
export function turnRemindersOff(): TurnedOff {
  const spreadsheet = openWorkbook();
  const message = withDocumentLock(10_000, () => {
    const status = readReminderStatus();
    const removed = removeHourlyTriggers(spreadsheet);
    const user = me();
    writeReminderStatus({
      on: false,
      owner: status?.owner ?? user,
      since: SheetDates.of(spreadsheet).isoTimestamp(new Date()),
      changedBy: user,
    });
    appendLog({
      action: 'Reminders off',
      subject: 'Workbook',
      detail: `${removed} hourly trigger${removed === 1 ? '' : 's'} removed`,
    });
    const theirs =
      status?.on && status.owner !== '' && status.owner !== user
        ? ` ${status.owner}'s trigger stops at its next hourly run.`
        : '';
    return `Reminders are off. No digests will be sent.${theirs}`;
  });
  return message === undefined ? { outcome: 'busy', message: BUSY } : { outcome: 'off', message };
}

/** The menu item. */
export function removeReminders(): void {
  tellPerson(turnRemindersOff().message);
}

/** Whether reminders are on, since when and whose trigger sends them. */
export function reminderStatus(): void {
  const spreadsheet = openWorkbook();
  const status = readReminderStatus();
  const mine = ourHourlyTriggers(spreadsheet).length > 0;
  const lastRun = readLastRun();
  const now = SheetDates.of(spreadsheet).isoTimestamp(new Date());
  // Asked for, the status says a stopped trigger on any day: hourly runs happen every day.
  const stoppedSince = remindersStoppedSince(status, lastRun, now, true);
  tellPerson(
    describeStatus(
      status,
      { mine, user: me() },
      { ...(lastRun && { lastRun }), ...(stoppedSince !== undefined && { stoppedSince }) },
    ),
  );
}
