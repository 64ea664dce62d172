// Sends the run's digests by MailApp (or logs them in Dry run), recording each one the moment it goes.
import { errorText } from '../../shared/error-text';
import { digestEmail, type DigestContext } from '../../domain/reminders/digest-email';
import { keyWithoutDay, rolesText, type SentSoFar } from '../../domain/reminders/jobs';
import { reminderKey, type ReminderSubject } from '../../domain/reminders/reminder-item';
import type { Digest } from '../../domain/reminders/reminders-due';
import { byUrgency, planSending } from '../../domain/reminders/sending-plan';
import { SENT_MODES } from '../../domain/sheets/reminders-sent';
import { remainingDailyQuota, sendEmail } from '../../workspace/mail';
import { appendSent, type SentRecord } from '../../workspace/reminder-record';
import type { WorkbookForReminders } from '../../workspace/workbook-for-reminders';
import { keysDetail, type ReminderLogLine } from './reminder-log';

/** The sender name on every digest. */
const SENDER_NAME = 'AP Placements';

export interface SendingOutcome {
  /** Emails sent (or logged, in Dry run). */
  readonly sent: number;
  readonly items: number;
  readonly heldBack: number;
  readonly failed: number;
  /** Nothing held back and nothing failed: the run's daily jobs are done. */
  readonly complete: boolean;
}

export interface SendingRun {
  readonly digests: readonly Digest[];
  readonly read: WorkbookForReminders;
  readonly record: SentRecord;
  readonly mode: string;
  readonly sentAt: string;
  readonly sent: SentSoFar;
  /** Log lines are added here as emails go, and written by the caller even after a failure. */
  readonly lines: ReminderLogLine[];
}

/** The sheets a reminder's row link may point into. */
const LINKED_SHEETS: readonly ReminderSubject['sheet'][] = [
  'Placements',
  'Providers',
  'Attendance',
  'Provider returns',
];

/** The sheet ids and address the row links need: asked only when something is going out. */
function digestContext(read: WorkbookForReminders): DigestContext {
  const sheetIds: Partial<Record<ReminderSubject['sheet'], number>> = {};
  for (const name of LINKED_SHEETS) {
    const id = read.access.sheetId(name);
    if (id !== undefined) sheetIds[name] = id;
  }
  const pupilNames = new Map<string, string>();
  for (const { record } of read.snapshot.placements) {
    if (record.placementId && record.pupilName)
      pupilNames.set(record.placementId, record.pupilName);
  }
  return {
    schoolName: read.settings.schoolName,
    spreadsheetUrl: read.access.url,
    sheetIds,
    detail: read.settings.emailDetail,
    pupilNames,
    today: read.today,
  };
}

/** Records an email already sent; a failed write is tried again, since a lost record means a duplicate. */
function recordSent(run: SendingRun, digest: Digest, keys: readonly string[]): void {
  const entry = {
    sentAt: run.sentAt,
    day: run.read.today,
    job: 'digest',
    recipient: digest.recipient,
    roles: rolesText(digest.roles),
    mode: run.mode,
    keys,
  };
  try {
    appendSent(run.record, entry);
  } catch {
    appendSent(run.record, entry);
  }
}

/**
 * A send that answered with an error may have gone anyway (a lost reply): the quota then shows one
 * recipient fewer (MailApp.getRemainingDailyQuota), and it is recorded as sent, never sent again.
 */
function wentAnyway(quotaBefore: number): boolean {
  try {
    return remainingDailyQuota() < quotaBefore;
  } catch {
    return false;
  }
}

/**
 * Most urgent first within the remaining quota (PLATFORM.md: MailApp counts recipients per day);
 * the DSL's email says what waits. A digest that fails (a mistyped address) does not stop the
 * others; it and anything held back go again at the next run.
 */
export function sendDigests(run: SendingRun): SendingOutcome {
  if (run.digests.length === 0) {
    return { sent: 0, items: 0, heldBack: 0, failed: 0, complete: true };
  }
  const { read } = run;
  const context = digestContext(read);
  const dryRun = run.mode === SENT_MODES.dryRun;
  const heldBackKey = reminderKey(['held-back'], 'DSL', read.today);
  const noticeSent = run.sent.today.has(heldBackKey);
  // What MailApp's daily quota should show before the next send: one recipient per digest.
  let quotaLeft = dryRun ? 0 : remainingDailyQuota();
  const plan = dryRun
    ? { send: byUrgency(run.digests), heldBack: [] }
    : planSending(run.digests, quotaLeft, noticeSent ? undefined : read.settings.dslEmail);
  const dsl = read.settings.dslEmail?.trim().toLowerCase();
  let sent = 0;
  let items = 0;
  let failed = 0;
  for (const digest of plan.send) {
    const carriesNotice =
      'heldBackSummary' in plan &&
      plan.heldBackSummary !== undefined &&
      digest.recipient.toLowerCase() === dsl;
    const keys = digest.items.map((item) => item.key);
    if (carriesNotice) keys.push(heldBackKey);
    const email = digestEmail(
      digest,
      carriesNotice ? { ...context, heldBack: plan.heldBackSummary } : context,
    );
    const roles = rolesText(digest.roles);
    if (dryRun) {
      run.lines.push({
        action: 'Reminder email (dry run)',
        subject: roles,
        detail: keysDetail(`Would send "${email.subject}" to ${digest.recipient}: `, keys),
      });
    } else {
      try {
        sendEmail({
          to: digest.recipient,
          subject: email.subject,
          body: email.body,
          htmlBody: email.htmlBody,
          name: SENDER_NAME,
        });
      } catch (error) {
        if (!wentAnyway(quotaLeft)) {
          failed += 1;
          run.lines.push({
            action: 'Reminder email not sent',
            subject: roles,
            detail: `${errorText(error)} It goes again at the next hourly run.`,
          });
          continue;
        }
      }
      quotaLeft -= 1;
      run.lines.push({ action: 'Reminder email', subject: roles, detail: keysDetail('', keys) });
    }
    recordSent(run, digest, keys);
    sent += 1;
    items += digest.items.length;
  }
  // Logged once a day, with the DSL's notice; later runs hold the same emails back quietly.
  if (plan.heldBack.length > 0 && !noticeSent) {
    run.lines.push({
      action: 'Reminder emails held back',
      subject: [...new Set(plan.heldBack.flatMap((d) => d.roles))].join(', '),
      detail: keysDetail(
        'The daily email quota is nearly spent; the next run sends these. ',
        plan.heldBack.flatMap((d) => d.items.map((item) => keyWithoutDay(item.key))),
      ),
    });
  }
  return {
    sent,
    items,
    heldBack: plan.heldBack.length,
    failed,
    complete: failed === 0 && plan.heldBack.length === 0,
  };
}
