// Tells people at once what a provider's answers need: an absence to the pastoral and attendance leads, a message to the DSL.
import { formatDate } from '../../domain/calendar/iso-date';
import { addressTo, joinReminders } from '../../domain/reminders/addressing';
import { keyWithoutDay } from '../../domain/reminders/jobs';
import { reminderDay } from '../../domain/reminders/reminder-day';
import type { ReminderItem } from '../../domain/reminders/reminder-item';
import { byRecipient } from '../../domain/reminders/reminders-due';
import { messageHash, type ReturnsPlan } from '../../domain/returns/plan-returns';
import { SENT_MODES } from '../../domain/sheets/reminders-sent';
import { sentSoFar } from '../../workspace/reminder-record';
import type { WorkbookForReminders } from '../../workspace/workbook-for-reminders';
import { writeReminderLog, type ReminderLogLine } from '../reminders/reminder-log';
import { sendDigests, type SendingOutcome } from '../reminders/send-digests';

/**
 * The items a batch of answers raises. An absence has the very key of the "absence not followed
 * up" reminder for the pastoral lead on the same day, so the hourly digest finds it already sent;
 * a message is keyed by its response and words, so an edit that changes the words is told again
 * and one that does not is not.
 */
export function returnAlerts(
  read: WorkbookForReminders,
  plan: ReturnsPlan,
  ledgerRowOf: (ledgerKey: string) => number,
): ReminderItem[] {
  const day = reminderDay(read.snapshot, read.today, read.hour);
  const absences = plan.absences.map((a) => {
    const p = day.placementById.get(a.placementId);
    const why = a.reason ? ` (they said: ${a.reason})` : ' (no reason given)';
    return addressTo(
      read.settings,
      read.today,
      {
        kind: 'absence not followed up',
        keyParts: ['absence', a.placementId, a.date, a.session],
        subject: p?.subject ?? { sheet: 'Attendance', rowNumber: 0, placementId: a.placementId },
        urgency: 'urgent',
        whatToDo: `${a.provider} reports ${a.placementId} absent on ${formatDate(a.date)} ${a.session}${why}. Find out why and where the pupil is, then fill in Followed up by and Followed up at on Attendance.`,
        pastoralLeadEmail: p?.row.record.pastoralLeadEmail,
      },
      ['pastoral lead', 'attendance lead'],
    );
  });
  const messages = plan.messages.map((m) =>
    addressTo(
      read.settings,
      read.today,
      {
        kind: 'provider message',
        keyParts: ['provider-message', m.responseId, messageHash(m.text)],
        subject: {
          sheet: 'Provider returns',
          rowNumber: ledgerRowOf(m.ledgerKey),
          provider: m.provider,
        },
        urgency: 'urgent',
        whatToDo: `${m.provider} wrote something the school must know today. Read it on Provider returns now and decide whether it is a safeguarding concern (if it is, record the Safeguarding concern date on the placement).`,
      },
      ['DSL'],
    ),
  );
  return [...joinReminders(absences).items, ...joinReminders(messages).items];
}

/**
 * Sends them now by the reminders' own route (the record of what was sent, the Log, Dry run):
 * each at most once a day, a message only once ever.
 */
export function sendAlertsNow(
  read: WorkbookForReminders,
  items: readonly ReminderItem[],
  now: Date,
): SendingOutcome | undefined {
  if (items.length === 0) return undefined;
  const mode = read.settings.emailMode === 'Dry run' ? SENT_MODES.dryRun : SENT_MODES.sent;
  const sent = sentSoFar(read.record, mode, read.today);
  const fresh = items.filter(
    (item) =>
      !sent.today.has(item.key) &&
      (item.kind !== 'provider message' || !sent.everSent.has(keyWithoutDay(item.key))),
  );
  if (fresh.length === 0) return undefined;
  const lines: ReminderLogLine[] = [];
  try {
    return sendDigests({
      digests: byRecipient(fresh),
      read,
      record: read.record,
      mode,
      sentAt: read.access.dates.isoTimestamp(now),
      sent,
      lines,
    });
  } finally {
    writeReminderLog(lines, read.access, read.logHeader);
  }
}
