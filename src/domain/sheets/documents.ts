// The Documents sheet: the add-on's list of every document it generated (DOMAIN.md §4, §6).
import { defineSheet, text, timestamp, type RecordOf } from '../columns';

const ADD_ON = { owner: 'add-on' } as const;

export const Documents = defineSheet(
  'Documents',
  {
    created: timestamp('Created', ADD_ON),
    subject: text('Subject', ADD_ON),
    document: text('Document', ADD_ON),
    link: text('Link', ADD_ON),
    createdBy: text('Created by', ADD_ON),
  },
  { addOnSheet: true },
);

export type DocumentRecord = RecordOf<typeof Documents>;
