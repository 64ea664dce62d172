// Issue 10, property (b): a colleague sorts, inserts or deletes rows before any service call (Attendance and Reviews forms).
import { colleagueEditBefore } from './properties';

jest.mock('../../../emulator/runtime/bundle', () => jest.requireActual('./bundle-once'));

colleagueEditBefore([
  'recordRegister (3 marks, one an absence)',
  'recordReview (Continue)',
  'recordReview (Terminate placement, confirmed)',
  'recordFollowUp (open absence)',
]);
