// Appends to the Log sheet: what the add-on did, when and for whom; IDs only, never pupil names.
import { LOG_SEAL_HEADERS, Log } from '../domain/sheets/log';
import { currentUserEmail, withDocumentLock } from './session';
import { appendRecords } from './document-records';
import { sealRows } from './log-seal';
import { openWorkbook } from './spreadsheet';
import { activeWorkbook } from './workbook/open';

export interface LogLine {
  readonly action: string;
  /** A Placement ID, a provider, or "Workbook": never a pupil's name (DOMAIN.md §4). */
  readonly subject: string;
  readonly detail: string;
}

const REQUEST_REF = /\(request [A-Za-z0-9_-]+\)$/;

/** How long a Log line waits for another run to finish with the workbook (most callers hold it). */
const LOCK_WAIT_MS = 10_000;

/**
 * Returns a message when the Log sheet is missing or broken, rather than failing the action. With
 * the sidebar's request id the line names the request, and a repeat of the request that finds its
 * line already there does not add it again. The line's number is taken under the document lock
 * (kept in the workbook's store, so no read of the Log is added for it) and signed
 * (src/workspace/log-seal.ts).
 */
export function appendLog(line: LogLine, requestId?: string): string | undefined {
  const detail = requestId ? `${line.detail} (request ${requestId})` : line.detail;
  const workbook = activeWorkbook(openWorkbook());
  const { dates } = workbook;
  // To the second, as the check reads it back (log-seal.ts logCellText).
  const record = {
    time: dates.isoTimestamp(new Date()),
    user: currentUserEmail(),
    ...line,
    detail,
  };
  const written = withDocumentLock(LOCK_WAIT_MS, () => ({
    // One line per request and action: a repeat's detail may read differently (a date now kept).
    problem: appendRecords(Log, [record], dates, {
      // Without a request: the same line at the same second is the same line (a menu run retried),
      // compared by what it says, never by its number and check, which only the first one has.
      ...(requestId
        ? {
            sameBy: ['action', 'subject', 'detail'],
            comparedAs: { detail: (cell: unknown) => REQUEST_REF.exec(String(cell))?.[0] ?? cell },
          }
        : { sameBy: ['time', 'user', 'action', 'subject', 'detail'] }),
      mayLack: LOG_SEAL_HEADERS,
      seal: (rows, index, tail) =>
        sealRows(workbook.store, rows, index, { dates, serialDates: false }, tail),
    }),
  }));
  return written
    ? written.problem
    : 'The Log could not be written: the workbook was busy for ten seconds.';
}
