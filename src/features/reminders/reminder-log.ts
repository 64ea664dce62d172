// The Log lines of a reminder run, written together in one call at its end (IDs and roles, no names).
import { Log } from '../../domain/sheets/log';
import { appendRecords } from '../../workspace/document-records';
import { currentUserEmail } from '../../workspace/session';
import type { SheetDates } from '../../workspace/spreadsheet';

export interface ReminderLogLine {
  readonly action: string;
  /** Recipient roles or "Settings": never an address in Send mode, never a pupil. */
  readonly subject: string;
  readonly detail: string;
}

/** Long enough for hundreds of keys, short of a cell's 50,000 characters. */
const DETAIL_LIMIT = 45_000;

/** "3 items: key, key, key" cut to fit one cell, saying how many did not fit. */
export function keysDetail(prefix: string, keys: readonly string[]): string {
  const head = `${prefix}${keys.length} item${keys.length === 1 ? '' : 's'}: `;
  let text = head;
  for (const [i, key] of keys.entries()) {
    const next = `${i === 0 ? '' : ', '}${key}`;
    if (text.length + next.length > DETAIL_LIMIT) {
      return `${text} … and ${keys.length - i} more (all in Reminders sent)`;
    }
    text += next;
  }
  return text;
}

/** One appendRecords for the run; a failure is retried once, then reported to the execution log. */
export function writeReminderLog(lines: readonly ReminderLogLine[], dates: SheetDates): void {
  if (lines.length === 0) return;
  const user = currentUserEmail();
  const records = lines.map((line) => ({ time: new Date(), user, ...line }));
  let problem: string | undefined;
  try {
    problem = appendRecords(Log, records, dates);
  } catch {
    problem = appendRecords(Log, records, dates);
  }
  if (problem) console.warn(`Reminders: could not write the Log. ${problem}`);
}
