// Issue 10, property (b): a colleague sorts, inserts or deletes rows before any service call (documents and emails).
import { colleagueEditBefore } from './properties';

jest.mock('../../../emulator/runtime/bundle', () => jest.requireActual('./bundle-once'));

colleagueEditBefore([
  'generateDocument (Parent/carer agreement)',
  'generateDocument (Safeguarding confirmation request)',
  'sendEmail (Local authority notification, LA notified blank)',
  'sendEmail (Safeguarding confirmation request)',
]);
