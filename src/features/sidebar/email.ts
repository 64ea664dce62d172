// Emailing the LA notification (P11) and the safeguarding confirmation request (P12): preview, then send.
import { formatDate } from '../../domain/calendar/iso-date';
import { placementMergeValues, providerMergeValues } from '../../domain/documents/merge-values';
import { nameKey } from '../../domain/rules/context';
import {
  laNotificationEmail,
  safeguardingRequestEmail,
  type EmailDraftResult,
} from '../../domain/sidebar/email-message';
import { parseForm } from '../../domain/sidebar/forms/fields';
import type { RowOnSheet } from '../../domain/sidebar/selection';
import { emailForm } from '../../domain/sidebar/forms/schemas';
import type { EmailForm, EmailPreview, FormResult } from '../../shared/sidebar-api';
import { remainingDailyQuota, sendEmail as sendMail } from '../../workspace/mail';
import { writeRowCells } from '../../workspace/row-cells';
import {
  readSidebarWorkbook,
  type SidebarRead,
  type SidebarWorkbook,
} from '../../workspace/workbook-for-sidebar';
import { googleSaid } from '../documents/service-errors';
import {
  done,
  invalid,
  logChange,
  NOT_SET_UP,
  onceUnderLock,
  partWay,
  refused,
  reread,
  type Refusal,
} from './form-result';
import { dayOf } from './state';
import { subjectKey } from './subject-key';

interface EmailPlan {
  /** "LA notification" or "Safeguarding confirmation request", for the Log. */
  readonly kind: string;
  readonly preview: EmailPreview;
  readonly htmlBody: string;
  readonly senderName: string;
  /** The Placement ID or provider: the Log's subject (never a pupil's name). */
  readonly subject: string;
  /** Who it went to, in the Log's words (never an address). */
  readonly recipient: string;
  /** Writes the date it records, and says what else to re-check (and anything unusual). */
  readonly record: (book: SidebarWorkbook) => {
    readonly placementId?: string;
    readonly said?: string;
  };
}

type Planned = { readonly ok: true; readonly plan: EmailPlan } | Refusal;

function fromDraft(
  result: EmailDraftResult,
  to: string,
  records: string,
  rest: Omit<EmailPlan, 'preview' | 'htmlBody'>,
): Planned {
  if (!result.ok) {
    return refused(['Nothing was sent. Fill these in first:', ...result.problems].join('\n'));
  }
  const { subject, body, htmlBody } = result.draft;
  return { ok: true, plan: { ...rest, preview: { to, subject, body, records }, htmlBody } };
}

function planLaNotification(form: EmailForm, book: SidebarWorkbook, now: string): Planned {
  const key = subjectKey('placement', form);
  if (!key.ok) return invalid(key.fieldErrors);
  const { day } = dayOf(book, now);
  const p = day.placementById.get(key.key);
  if (!p) return invalid(key.notFound);
  const { settings, settingsProblems } = book.checks;
  const to = settings.laNotificationEmail;
  if (!to) {
    const unreadable = settingsProblems.some((s) => s.column === 'LA notification email');
    return refused(
      `Nothing was sent: LA notification email on Settings is ${unreadable ? 'not an email address' : 'blank'}. Fill it in (in Setup, or on the Settings sheet), then send again.`,
    );
  }
  const row = p.row.rowNumber;
  const existing = p.row.record.laNotified;
  const records = existing
    ? `LA notified on Placements row ${row} stays ${existing}, the first notification.`
    : `LA notified on Placements row ${row} = ${day.today}.`;
  const schoolName = settings.schoolName ?? '';
  return fromDraft(
    laNotificationEmail(
      placementMergeValues(p.context, settings),
      { placementId: key.key, rowNumber: row },
      schoolName,
    ),
    to,
    records,
    {
      kind: 'LA notification',
      senderName: schoolName || 'AP Placements',
      subject: key.key,
      recipient: 'the LA notification email on Settings',
      record: (after) => {
        // Re-checked even when kept: a repeat after a failure brings the checks up to date.
        if (existing) return { placementId: key.key };
        const write = writeRowCells(after.checks.placements, row, { laNotified: day.today });
        return write.written
          ? { placementId: key.key, ...(write.said && { said: `${records} ${write.said}` }) }
          : {
              said: `But LA notified could not be filled in (${write.said ?? ''}): enter ${day.today} by hand.`,
            };
      },
    },
  );
}

function planSafeguardingRequest(form: EmailForm, book: SidebarWorkbook, today: string): Planned {
  const key = subjectKey('provider', form);
  if (!key.ok) return invalid(key.fieldErrors);
  const row = book.checks.providers.rows.find(
    (r) => nameKey(r.record.provider) === nameKey(key.key),
  );
  if (!row) return invalid(key.notFound);
  const { record, rowNumber } = row;
  const name = record.provider ?? key.key;
  const to = record.dslEmail;
  if (!to) {
    const unreadable = row.problems.some((p) => p.column === 'DSL email');
    return refused(
      `Nothing was sent: the DSL email of ${name} on Providers row ${rowNumber} is ${unreadable ? 'not an email address' : 'blank'}. Fill it in, then send again.`,
    );
  }
  const { settings } = book.checks;
  const schoolName = settings.schoolName ?? '';
  return fromDraft(
    safeguardingRequestEmail(
      providerMergeValues(record, settings, today),
      { name, rowNumber, dslName: record.dslName ?? '' },
      schoolName,
    ),
    to,
    `Safeguarding confirmation requested on Providers row ${rowNumber} = ${today}.`,
    {
      kind: 'Safeguarding confirmation request',
      senderName: schoolName || 'AP Placements',
      subject: name,
      recipient: "the provider's DSL email",
      record: (after) => {
        const write = writeRowCells(after.checks.providers, rowNumber, {
          safeguardingConfirmationRequested: today,
        });
        return write.written
          ? write.said
            ? { said: write.said }
            : {}
          : {
              said: `But Safeguarding confirmation requested could not be filled in (${write.said ?? ''}): enter ${today} by hand.`,
            };
      },
    },
  );
}

/**
 * The placement the email is about, so the answer keeps showing it (and its preview) whatever row
 * the sheet has selected by now; undefined for a provider's request.
 */
function aboutOf(read: SidebarRead, form: unknown): RowOnSheet | undefined {
  const book = read.complete;
  const parsed = parseForm(emailForm, form);
  if (!book || !parsed.ok || parsed.value.kind !== 'Local authority notification') return undefined;
  const p = dayOf(book, read.now).day.placementById.get(parsed.value.placementId);
  return p ? { sheetName: 'Placements', row: p.row.rowNumber } : undefined;
}

function planEmail(form: unknown, read: SidebarRead): Planned {
  const parsed = parseForm(emailForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const book = read.complete;
  if (!book) return refused(NOT_SET_UP);
  return parsed.value.kind === 'Local authority notification'
    ? planLaNotification(parsed.value, book, read.now)
    : planSafeguardingRequest(parsed.value, book, read.now.slice(0, 10));
}

/** What sending would do: the address, the words, and the date it records. Writes nothing. */
export function previewEmail(form: unknown): FormResult<EmailPreview> {
  const read = readSidebarWorkbook();
  const planned = planEmail(form, read);
  if (!planned.ok) return planned;
  return done(
    `Check the email to ${planned.plan.preview.to}, then send it.`,
    planned.plan.preview,
    read,
    aboutOf(read, form),
  );
}

/**
 * Whether MailApp sent, when it answered with an error: the person's remaining daily quota goes
 * down by one per recipient at once (getRemainingDailyQuota, "the number of remaining emails a
 * user can send for the rest of the day"), and the document lock keeps the add-on's other sends
 * out of the way. Undefined when even that cannot be read.
 */
function wentAnyway(quotaBefore: number): boolean | undefined {
  try {
    return remainingDailyQuota() < quotaBefore;
  } catch {
    return undefined;
  }
}

/**
 * Sends by MailApp as the person (PLATFORM.md), then records the date and logs it (IDs only).
 * Email mode "Dry run" on Settings sends nothing and records nothing: the Log says what would go.
 * A repeat of the same request never sends again: the earlier attempt noted the quota before
 * sending and, once known, that it went.
 */
export function sendEmail(form: unknown): FormResult {
  const requestId = parseForm(emailForm, form).ok
    ? (form as { requestId?: string }).requestId
    : undefined;
  return onceUnderLock(requestId, (attempt): FormResult => {
    const read = readSidebarWorkbook();
    const planned = planEmail(form, read);
    if (!planned.ok) return planned;
    const { plan } = planned;
    const { preview } = plan;
    const settings = read.complete?.checks.settings;
    const { kind } = plan;
    if (settings?.emailMode === 'Dry run') {
      logChange(
        {
          action: `${kind} email (dry run)`,
          subject: plan.subject,
          detail: `Would send "${preview.subject}" to ${plan.recipient}.`,
        },
        requestId,
      );
      return done(
        'Email mode on Settings is Dry run: nothing was sent and nothing recorded. The Log says what would have gone.',
        null,
        read,
        aboutOf(read, form),
      );
    }
    const earlier = attempt.resumed;
    const quotaNoted = typeof earlier?.quotaBefore === 'number' ? earlier.quotaBefore : undefined;
    const sent =
      earlier?.sent === true ||
      (earlier?.sent === undefined && quotaNoted !== undefined && wentAnyway(quotaNoted) === true);
    if (!sent) {
      const quota = remainingDailyQuota();
      if (quota < 1) {
        return refused(
          "Nothing was sent: Google's daily email limit for your account is spent. Send it tomorrow.",
        );
      }
      attempt.step({ quotaBefore: quota });
      try {
        sendMail({
          to: preview.to,
          subject: preview.subject,
          body: preview.body,
          htmlBody: plan.htmlBody,
          name: plan.senderName,
        });
      } catch (e) {
        const went = wentAnyway(quota);
        if (went === false) return refused(`The email was not sent: ${googleSaid(e)}`);
        if (went === undefined) {
          return partWay(
            `Google did not say whether the email "${preview.subject}" went (${googleSaid(e)}). Look in your Sent mail: if it is not there, press Send again (the add-on checks before sending again).`,
          );
        }
      }
      try {
        attempt.step({ sent: true });
      } catch {
        // A repeat then tells by the quota, as above.
      }
    }
    // The email has gone: whatever fails now is said, never thrown, so nobody sends it twice.
    const said = [`Sent to ${preview.to} on ${formatDate(read.now.slice(0, 10))}.`];
    let written: { readonly placementId?: string; readonly said?: string } = {};
    try {
      written = read.complete ? plan.record(read.complete) : {};
      said.push(written.said ?? preview.records);
    } catch (e) {
      attempt.unfinished();
      said.push(
        `But the date could not be recorded (${googleSaid(e)}); send this again (it will not be emailed twice) or enter it by hand: ${preview.records}`,
      );
    }
    const logProblem = logChange(
      {
        action: `${kind} emailed`,
        subject: plan.subject,
        detail: `Sent to ${plan.recipient}. ${preview.records}`,
      },
      requestId,
      attempt,
    );
    if (logProblem) said.push(logProblem);
    const recheck = written.placementId !== undefined ? [written.placementId] : [];
    const { after, problem } = reread(read, recheck, attempt);
    if (problem) said.push(problem);
    return done(said.join(' '), null, after, aboutOf(read, form), read);
  });
}
