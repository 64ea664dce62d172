// Issue 10, property (c): a Mail, Drive or Docs write takes effect but its reply is lost; the retry finds it rather than doing it twice.
import { lostReplyThenRetry } from './properties';

jest.mock('../../../emulator/runtime/bundle', () => jest.requireActual('./bundle-once'));

lostReplyThenRetry([
  'recordConcern',
  'generateDocument (Parent/carer agreement)',
  'generateDocument (Safeguarding confirmation request)',
  'sendEmail (Local authority notification, LA notified blank)',
  'sendEmail (Safeguarding confirmation request)',
  'Generate documents > Parent/carer agreement (menu, rows 2-3)',
]);
