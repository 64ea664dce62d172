// Issue 10, property (a): whichever service call fails, the same form sent again ends as a clean run (forms that write the sheet).
import { failureThenRetry } from './properties';

jest.mock('../../../emulator/runtime/bundle', () => jest.requireActual('./bundle-once'));

failureThenRetry([
  'recordRegister (3 marks, one an absence)',
  'recordReview (Continue)',
  'recordReview (Terminate placement, confirmed)',
  'recordConcern',
  'recordFollowUp (open absence)',
  'saveSetup (DSL name changed)',
]);
