// The Log sheet: the add-on's append-only record of what it did; IDs only, never pupil names.
import { defineSheet, number, text, timestamp, type RecordOf } from '../columns';

const ADD_ON = { owner: 'add-on' } as const;

export const Log = defineSheet(
  'Log',
  {
    time: timestamp('Time', ADD_ON),
    user: text('User', ADD_ON),
    action: text('Action', ADD_ON),
    subject: text('Subject', ADD_ON),
    detail: text('Detail', ADD_ON),
    // The audit trail (src/domain/log/): a running number and a check over the line as written.
    number: number('No.', { min: 1, wholeNumber: true }, ADD_ON),
    check: text('Check', ADD_ON),
  },
  { addOnSheet: true },
);

/** Columns a Log set up before the checks began may lack: its lines are then added unnumbered. */
export const LOG_SEAL_HEADERS: readonly string[] = [
  Log.columns.number.header,
  Log.columns.check.header,
];

export type LogEntry = RecordOf<typeof Log>;
