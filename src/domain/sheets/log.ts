// The Log sheet: the add-on's append-only record of what it did; IDs only, never pupil names.
import { defineSheet, text, timestamp, type RecordOf } from '../columns';

const ADD_ON = { owner: 'add-on' } as const;

export const Log = defineSheet(
  'Log',
  {
    time: timestamp('Time', ADD_ON),
    user: text('User', ADD_ON),
    action: text('Action', ADD_ON),
    subject: text('Subject', ADD_ON),
    detail: text('Detail', ADD_ON),
  },
  { addOnSheet: true },
);

export type LogEntry = RecordOf<typeof Log>;
