// Appends to the Log sheet: what the add-on did, when and for whom; IDs only, never pupil names.
import { Log } from '../domain/sheets/log';
import { currentUserEmail } from './session';
import { appendRecord } from './table';

export interface LogLine {
  readonly action: string;
  /** A Placement ID, a provider, or "Workbook": never a pupil's name (DOMAIN.md §4). */
  readonly subject: string;
  readonly detail: string;
}

/** Returns a message when the Log sheet is missing or broken, rather than failing the action. */
export function appendLog(line: LogLine): string | undefined {
  const result = appendRecord(Log, { time: new Date(), user: currentUserEmail(), ...line });
  return result.ok ? undefined : result.message;
}
