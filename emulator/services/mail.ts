// MailApp: validates and queues mail in MailState's outbox, counting the daily recipient quota.
import type { VirtualClock } from '../core/clock';
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { Blob } from './blob';
import { utf8Length } from './enums';

/**
 * Recipients per day: 100 consumer, 1,500 Workspace; 50 recipients per message; 200 KB body.
 * https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 * How Google resets the daily count is [open]: here it is a rolling 24-hour window.
 */
export const DAILY_RECIPIENTS = { consumer: 100, workspace: 1500 } as const;
export const RECIPIENTS_PER_MESSAGE = 50;
export const BODY_MAX_BYTES = 200 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SentMail {
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly noReply: boolean;
  readonly attachments: readonly { name: string | null; contentType: string | null }[];
  /** The effective user: mail goes out from the account the script runs as. */
  readonly from: string;
  /** Every address in to, cc and bcc: what the quota counts. */
  readonly recipients: readonly string[];
  readonly sentAt: number;
  readonly executionId: string;
}

export class MailState {
  readonly #outbox: SentMail[] = [];

  constructor(
    readonly clock: VirtualClock,
    readonly account: 'consumer' | 'workspace',
  ) {}

  get outbox(): readonly SentMail[] {
    return [...this.#outbox];
  }

  get dailyLimit(): number {
    return DAILY_RECIPIENTS[this.account];
  }

  /** Recipients still allowed in the 24 hours ending now. */
  remaining(): number {
    const since = this.clock.now() - DAY_MS;
    const used = this.#outbox
      .filter((m) => m.sentAt > since)
      .reduce((n, m) => n + m.recipients.length, 0);
    return Math.max(0, this.dailyLimit - used);
  }

  record(mail: SentMail): void {
    this.#outbox.push(mail);
  }

  clear(): void {
    this.#outbox.length = 0;
  }
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;

/** Comma-separated addresses, each bare or as `Name <address>`; "Invalid email: x" otherwise. */
export function parseAddresses(list: string | undefined): string[] {
  if (!list) return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((entry) => {
      const address = /<([^<>]*)>\s*$/.exec(entry)?.[1]?.trim() ?? entry;
      if (!ADDRESS.test(address)) throw new AppsScriptError(`Invalid email: ${entry}`);
      return address;
    });
}

type Options = GoogleAppsScript.Mail.MailAdvancedParameters;

export class MailApp
  extends Emulated
  implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>
{
  readonly [KIND] = 'MailApp';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  /** https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() */
  getRemainingDailyQuota(): number {
    return this.#exec.workspace.mail.remaining();
  }

  /**
   * sendEmail(message) | (recipient, subject, body[, options]) | (to, replyTo, subject, body).
   * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
   */
  sendEmail(...args: [Options | string, ...unknown[]]): void {
    const [a, b, c, d] = args;
    if (typeof a === 'object' && a !== null) return this.#send(a);
    if (typeof d === 'string') {
      return this.#send({ to: String(a), replyTo: String(b), subject: String(c), body: d });
    }
    const options = (typeof d === 'object' && d !== null ? d : {}) as Options;
    this.#send({ ...options, to: String(a), subject: String(b ?? ''), body: String(c ?? '') });
  }

  #send(message: Options): void {
    const state = this.#exec.workspace.mail;
    const to = parseAddresses(message.to);
    const cc = parseAddresses(message.cc);
    const bcc = parseAddresses(message.bcc);
    if (message.replyTo) parseAddresses(message.replyTo);
    const recipients = [...to, ...cc, ...bcc];
    // [reported] wording, as scripts log it.
    if (recipients.length === 0) throw new AppsScriptError('Failed to send email: no recipient');
    // The limit is documented; this wording is [open].
    if (recipients.length > RECIPIENTS_PER_MESSAGE) {
      throw new AppsScriptError('Limit Exceeded: Email Recipients Per Message.');
    }
    const body = String(message.body ?? '');
    const htmlBody = message.htmlBody === undefined ? undefined : String(message.htmlBody);
    // [reported] wording.
    if (utf8Length(body) > BODY_MAX_BYTES || utf8Length(htmlBody ?? '') > BODY_MAX_BYTES) {
      throw new AppsScriptError('Limit Exceeded: Email Body Size.');
    }
    // Sends nothing when the recipients would pass the day's quota [reported wording].
    if (recipients.length > state.remaining()) {
      throw new AppsScriptError('Service invoked too many times for one day: email.');
    }
    const attachments = (message.attachments ?? []).map((a) => {
      const blob = a instanceof Blob ? a : undefined;
      return { name: blob?.getName() ?? null, contentType: blob?.getContentType() ?? null };
    });
    state.record({
      to: String(message.to ?? ''),
      cc: String(message.cc ?? ''),
      bcc: String(message.bcc ?? ''),
      subject: String(message.subject ?? ''),
      body,
      ...(htmlBody === undefined ? {} : { htmlBody }),
      ...(message.name === undefined ? {} : { name: String(message.name) }),
      ...(message.replyTo === undefined ? {} : { replyTo: String(message.replyTo) }),
      // "only possible for Google Workspace accounts, not Gmail users": ignored on consumer
      // accounts here (whether Google throws instead is [open]).
      noReply: Boolean(message.noReply) && state.account === 'workspace',
      attachments,
      from: this.#exec.effectiveUser,
      recipients,
      sentAt: state.clock.now(),
      executionId: this.#exec.id,
    });
  }
}
