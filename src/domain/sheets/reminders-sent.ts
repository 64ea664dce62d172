// The Reminders sent sheet: what each hourly run sent (or logged in Dry run), so nothing goes twice.
import { date, defineSheet, number, text, timestamp, type RecordOf } from '../columns';

const ADD_ON = { owner: 'add-on' } as const;

/**
 * One row per digest (a long digest's keys spread over more rows), and one row per daily job
 * finished. Keys name Placement IDs and providers, never pupils. The add-on keeps the last
 * fortnight here; the Log keeps the history.
 */
export const RemindersSent = defineSheet(
  'Reminders sent',
  {
    sentAt: timestamp('Sent at', ADD_ON),
    day: date('Day', ADD_ON),
    job: text('Job', ADD_ON),
    recipient: text('Recipient', ADD_ON),
    roles: text('Roles', ADD_ON),
    mode: text('Mode', ADD_ON),
    items: number('Items', undefined, ADD_ON),
    keys: text('Keys', ADD_ON),
  },
  { addOnSheet: true },
);

export type ReminderSentRecord = RecordOf<typeof RemindersSent>;

/** What a row of Reminders sent records. */
export const SENT_MODES = {
  sent: 'Sent',
  dryRun: 'Dry run',
  failed: 'Failed',
  jobDone: 'Job done',
} as const;
