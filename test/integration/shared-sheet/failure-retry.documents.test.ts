// Issue 10, property (a): whichever service call fails, the retry ends as a clean run (documents, emails, menu actions).
import { failureThenRetry } from './properties';

jest.mock('../../../emulator/runtime/bundle', () => jest.requireActual('./bundle-once'));

failureThenRetry([
  'generateDocument (Parent/carer agreement)',
  'generateDocument (Safeguarding confirmation request)',
  'sendEmail (Local authority notification, LA notified blank)',
  'sendEmail (Safeguarding confirmation request)',
  'Validate all (menu)',
  'Generate documents > Parent/carer agreement (menu, rows 2-3)',
]);
