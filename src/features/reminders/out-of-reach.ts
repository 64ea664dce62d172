// When the hourly run cannot reach the workbook: the people recorded at turn-on are told once, never a silent stop.
import { formatMoment } from '../../domain/calendar/iso-date';
import { escapeHtml } from '../../domain/reminders/digest-email';
import { sendEmail } from '../../workspace/mail';
import { effectiveUserEmail, scriptNow } from '../../workspace/session';
import type { BackgroundWorkbook } from '../../workspace/workbook/open';
import {
  updateConnection,
  type RemindersConnection,
} from '../../workspace/workbook/reminders-connection';

const SENDER_NAME = 'AP Placements';

function workbookLink(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/edit`;
}

/** The email: what stopped, since when, and who does what; nothing about any pupil. */
function outOfReachEmail(
  connection: RemindersConnection,
  owner: string,
  since: string,
  problem: string,
): { subject: string; body: string } {
  const who = owner === '' ? 'The person who turned reminders on' : owner;
  return {
    subject: 'AP placements: reminders have stopped',
    body: [
      `Since ${formatMoment(since)} the hourly reminders could not open the AP placements workbook (${workbookLink(connection.spreadsheetId)}).`,
      'Until this is put right no review, attendance, document or safeguarding concern reminders are sent by email.',
      '',
      `Google said: ${problem}`,
      '',
      `To put it right, ${who} opens the workbook and chooses Extensions > AP Placements > Turn reminders on. If the workbook is no longer connected to their account, the add-on asks them to connect it. Anyone else who edits the workbook can take reminders over from the sidebar instead.`,
      '',
      'When the reminders run again they send what was missed, once.',
    ].join('\n'),
  };
}

/**
 * Says so in the execution log every time, and by email to the DSL and the owner once per outage
 * (recorded in the owner's user properties, which this run can always reach).
 */
export function workbookOutOfReach(opened: Extract<BackgroundWorkbook, { ok: false }>): void {
  console.error(`Reminders: the workbook could not be opened (${opened.problem}).`);
  const { connection } = opened;
  if (!connection) return;
  if (connection.told) return;
  const since = connection.unreachableSince ?? scriptNow();
  const owner = effectiveUserEmail();
  const recipients = [...new Set([...connection.tell, owner].filter((address) => address !== ''))];
  const email = outOfReachEmail(connection, owner, since, opened.problem);
  const htmlBody = email.body
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
  // Told once someone was told: a second email to those who had it would be a duplicate.
  let told = false;
  for (const to of recipients) {
    try {
      sendEmail({ to, ...email, htmlBody, name: SENDER_NAME });
      told = true;
    } catch (error) {
      console.warn(`Reminders: the stopped-reminders email could not be sent (${String(error)}).`);
    }
  }
  updateConnection(connection.spreadsheetId, (c) => ({ ...c, unreachableSince: since, told }));
}

/** The workbook is reachable again: the next outage is told afresh. */
export function workbookReachedAgain(connection: RemindersConnection): void {
  updateConnection(connection.spreadsheetId, (c) => ({
    spreadsheetId: c.spreadsheetId,
    triggerId: c.triggerId,
    tell: c.tell,
  }));
}
