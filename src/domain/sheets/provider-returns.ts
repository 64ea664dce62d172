// The Provider returns sheet: every answer a provider's form brought, and what the add-on did with it.
import { date, defineSheet, text, timestamp, type RecordOf } from '../columns';

const ADD_ON = { owner: 'add-on' } as const;

/**
 * One row per answered question of a response (a session's mark with its reason, the message for
 * the DSL, or a question the add-on does not know), found again by Response and Question: an
 * edited response updates its own rows. Nothing a provider sent is lost, whether or not it
 * reached Attendance; Outcome says which, and Flag what a person should look at.
 */
export const ProviderReturns = defineSheet(
  'Provider returns',
  {
    received: timestamp('Received', ADD_ON),
    response: text('Response', ADD_ON),
    provider: text('Provider', ADD_ON),
    form: text('Form', ADD_ON),
    question: text('Question', ADD_ON),
    date: date('Date', ADD_ON),
    placementId: text('Placement ID', ADD_ON),
    session: text('Session', ADD_ON),
    answer: text('Answer', ADD_ON),
    reason: text('Reason', ADD_ON),
    outcome: text('Outcome', ADD_ON),
    flag: text('Flag', ADD_ON),
  },
  { addOnSheet: true },
);

export type ProviderReturnRecord = RecordOf<typeof ProviderReturns>;
