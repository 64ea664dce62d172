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

/** One appendRecords for the run; a failure is retried once, then reported to the execution log, never thrown. */
export function writeReminderLog(lines: readonly ReminderLogLine[], dates: SheetDates): void {
  if (lines.length === 0) return;
  let problem: string | undefined;
  try {
    let user = '';
    try {
      user = currentUserEmail();
    } catch {
      // Left blank, as when Google will not say who it is (PLATFORM.md).
    }
    const records = lines.map((line) => ({ time: new Date(), user, ...line }));
    try {
      problem = appendRecords(Log, records, dates);
    } catch {
      problem = appendRecords(Log, records, dates);
    }
  } catch (e) {
    // The emails have gone and are on Reminders sent: a Log that cannot be written never undoes that.
    problem = e instanceof Error ? e.message : String(e);
  }
  if (problem) console.warn(`Reminders: could not write the Log. ${problem}`);
}
