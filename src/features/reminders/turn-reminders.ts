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
import { removeReturnsTriggers } from '../../workspace/returns-trigger';
import { effectiveUserEmail, withDocumentLock } from '../../workspace/session';
import { askYesNo, tellPerson } from '../../workspace/ui';
import type { WorkbookPath } from '../../workspace/workbook/access';
import { activeWorkbook } from '../../workspace/workbook/open';
import { forgetConnection, recordConnection } from '../../workspace/workbook/reminders-connection';
import { showConnectTemplates } from '../documents/connect-templates';
import { checkClockPath } from './clock-path';
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
  | { readonly outcome: 'busy'; readonly message: string }
  /** The hourly run could not reach the workbook: nothing was changed. */
  | {
      readonly outcome: 'unreachable';
      readonly remedy: 'connect' | 'deployer' | 'retry';
      readonly message: string;
    };

/** Where the hourly run finds the workbook, said once reminders are on. */
function pathSaid(path: WorkbookPath): string {
  return path === 'active spreadsheet'
    ? ''
    : ' The hourly run opens this workbook with your account, so keep it connected (Connect templates) while you send the reminders.';
}

/**
 * Installs the one hourly trigger (idempotent: a second call leaves one) and records who owns it,
 * without any UI, so the menu and the sidebar share it. First it reads Settings through the path
 * the hourly run will take (issue 13), and changes nothing when that fails. When a colleague's
 * trigger already sends them, nothing changes unless `takeOver`: theirs then removes itself at its
 * next run, so the school never gets two sets of digests.
 */
export function turnRemindersOn(options: { readonly takeOver?: boolean } = {}): TurnedOn {
  const workbook = activeWorkbook();
  const status = readReminderStatus(workbook.store);
  const user = me();
  if (status?.on && status.owner !== '' && status.owner !== user && !options.takeOver) {
    return {
      outcome: 'colleague',
      owner: status.owner,
      message: `Reminders are already on, sent by ${status.owner}'s trigger.`,
    };
  }
  const check = checkClockPath(workbook);
  if (!check.ok) return { outcome: 'unreachable', remedy: check.remedy, message: check.message };
  const message = withDocumentLock(10_000, () => {
    const { made, triggerId } = ensureHourlyTrigger(workbook.spreadsheet);
    const now = workbook.dates.isoTimestamp(new Date());
    // Taking over from a trigger that stopped: the DSL's next digest says since when (issue 12).
    noteGap(workbook.store, status, now, user);
    const keepSince = status?.on === true && status.owner === user && !made;
    const since = keepSince ? status.since : now;
    const next = { on: true, owner: user, since };
    writeReminderStatus(workbook.store, next);
    recordConnection({
      spreadsheetId: workbook.id,
      triggerId,
      tell: [...new Set([check.dslEmail, user].filter((address) => address !== ''))],
    });
    appendLog({
      action: 'Reminders on',
      subject: 'Workbook',
      detail: `${made ? 'Hourly trigger installed' : 'Hourly trigger already installed'}; it reaches the workbook through the ${check.path}`,
    });
    return `${describeStatus(next)} Digests go out at the Reminder hour on Settings, chases after lunch, and safeguarding concerns within the hour. Set Email mode to "Dry run" on Settings to see them in the Log instead.${pathSaid(check.path)}`;
  });
  return message === undefined ? { outcome: 'busy', message: BUSY } : { outcome: 'on', message };
}

/** The menu item: asks before taking over a colleague's reminders, and offers to connect the workbook. */
export function installReminders(): void {
  let result = turnRemindersOn();
  if (result.outcome === 'colleague') {
    const takeOver = askYesNo(
      `Reminders are already on, sent by ${result.owner}'s trigger. Take them over, so that they are sent from your account instead? (Their trigger stops at its next run.)`,
    );
    if (!takeOver) return;
    result = turnRemindersOn({ takeOver: true });
  }
  if (result.outcome === 'unreachable' && result.remedy === 'connect') {
    if (askYesNo(`${result.message}\n\nConnect now?`)) showConnectTemplates();
    return;
  }
  tellPerson(result.message);
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
  const workbook = activeWorkbook();
  const message = withDocumentLock(10_000, () => {
    const status = readReminderStatus(workbook.store);
    const removed = removeHourlyTriggers(workbook.spreadsheet);
    // The provider forms' on-form-submit trigger is the reminders owner's too (issue 17).
    removeReturnsTriggers(workbook.id);
    forgetConnection(workbook.id);
    const user = me();
    writeReminderStatus(workbook.store, {
      on: false,
      owner: status?.owner ?? user,
      since: workbook.dates.isoTimestamp(new Date()),
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
  const workbook = activeWorkbook();
  const status = readReminderStatus(workbook.store);
  const mine = ourHourlyTriggers(workbook.spreadsheet).length > 0;
  const lastRun = readLastRun(workbook.store);
  const now = workbook.dates.isoTimestamp(new Date());
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
