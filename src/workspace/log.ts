// Appends to the Log sheet: what the add-on did, when and for whom; IDs only, never pupil names.
import { Log } from '../domain/sheets/log';
import { currentUserEmail } from './session';
import { appendRecords } from './document-records';
import { openWorkbook, SheetDates } from './spreadsheet';

export interface LogLine {
  readonly action: string;
  /** A Placement ID, a provider, or "Workbook": never a pupil's name (DOMAIN.md §4). */
  readonly subject: string;
  readonly detail: string;
}

const REQUEST_REF = /\(request [A-Za-z0-9_-]+\)$/;

/**
 * Returns a message when the Log sheet is missing or broken, rather than failing the action. With
 * the sidebar's request id the line names the request, and a repeat of the request that finds its
 * line already there does not add it again.
 */
export function appendLog(line: LogLine, requestId?: string): string | undefined {
  const detail = requestId ? `${line.detail} (request ${requestId})` : line.detail;
  const record = { time: new Date(), user: currentUserEmail(), ...line, detail };
  const spreadsheet = openWorkbook();
  // One line per request and action: a repeat's detail may read differently (a date now kept).
  return appendRecords(
    Log,
    [record],
    SheetDates.of(spreadsheet),
    requestId ? ['action', 'subject', 'detail'] : undefined,
    requestId ? { detail: (cell) => REQUEST_REF.exec(String(cell))?.[0] ?? cell } : {},
  );
}
