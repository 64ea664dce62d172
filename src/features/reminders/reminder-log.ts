// The Log lines of a reminder run, written together in one call at its end (IDs and roles, no names).
import { LOG_SEAL_HEADERS, Log } from '../../domain/sheets/log';
import { indexHeaders, missingHeadersMessage, type HeaderIndex } from '../../domain/table';
import { recordRow, rowText } from '../../workspace/document-records';
import { sealRows } from '../../workspace/log-seal';
import { currentUserEmail } from '../../workspace/session';
import type { WorkbookAccess } from '../../workspace/workbook/access';

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

/** How far up from the Log's bottom a second try looks for lines the first may have added. */
const TAIL_ROWS = 300;

/**
 * After a failed append (some lines may have gone, or all, with the reply lost): the Log read again
 * and only the lines not already at its bottom appended, each compared by who, what, about what
 * and the detail (the time is the same for the whole run).
 */
function appendWhatIsMissing(
  access: WorkbookAccess,
  index: HeaderIndex,
  rows: readonly (readonly unknown[])[],
): void {
  const columns = (['user', 'action', 'subject', 'detail'] as const).flatMap((key) => {
    const column = index.columnOf.get(key);
    return column === undefined ? [] : [column];
  });
  const pick = (row: readonly unknown[]) => rowText(columns.map((column) => row[column]));
  const grid = access.readSheets([Log.name]).get(Log.name) ?? [];
  const already = new Map<string, number>();
  for (const row of grid.slice(Math.max(1, grid.length - TAIL_ROWS - rows.length))) {
    const text = pick(row);
    already.set(text, (already.get(text) ?? 0) + 1);
  }
  const missing = rows.filter((row) => {
    const text = pick(row);
    const count = already.get(text) ?? 0;
    if (count > 0) already.set(text, count - 1);
    return count === 0;
  });
  if (missing.length > 0) access.appendRows(Log.name, missing);
}

/**
 * The run's lines in one append at its end, placed by the Log's header as read with the run's
 * sheets, numbered and signed like every Log line (the run holds the reminders' lock; the number
 * comes from the workbook's store read again now). A failed append is tried once more for the
 * lines not already there, with the same numbers (a lost reply must not write them twice); the
 * emails are on Reminders sent whatever happens here. A failure goes to the execution log, never
 * thrown.
 */
export function writeReminderLog(
  lines: readonly ReminderLogLine[],
  access: WorkbookAccess,
  header: readonly unknown[],
): void {
  if (lines.length === 0) return;
  let problem: string | undefined;
  try {
    let user = '';
    try {
      user = currentUserEmail();
    } catch {
      // Left blank, as when Google will not say who it is (PLATFORM.md).
    }
    const index = indexHeaders(Log, header);
    const missing = index.missing.filter((name) => !LOG_SEAL_HEADERS.includes(name));
    if (header.length === 0) {
      problem = `There is no ${Log.name} sheet. Choose Extensions > AP Placements > Set up workbook to create it.`;
    } else if (missing.length > 0) {
      problem = missingHeadersMessage(Log, missing);
    } else {
      const time = access.dates.isoTimestamp(new Date());
      const rows = lines.map((line) =>
        recordRow(Log, index, header.length, { user, ...line, time }),
      );
      const seal = () => sealRows(access.store, rows, index, access);
      // The emails have gone: a failed read of the store is tried once more rather than losing
      // the lines (nothing is written by a failed try, and the number is read again).
      let sealed: ReturnType<typeof seal>;
      try {
        sealed = seal();
      } catch {
        sealed = seal();
      }
      try {
        access.appendRows(Log.name, sealed.rows);
      } catch {
        appendWhatIsMissing(access, index, sealed.rows);
      }
      sealed.kept();
    }
  } catch (e) {
    // The emails have gone and are on Reminders sent: a Log that cannot be written never undoes that.
    problem = e instanceof Error ? e.message : String(e);
  }
  if (problem) console.warn(`Reminders: could not write the Log. ${problem}`);
}
