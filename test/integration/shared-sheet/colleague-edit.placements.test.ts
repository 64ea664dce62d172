// Issue 10, property (b): a colleague sorts, inserts or deletes rows before any service call (concern, setup, menu actions).
import { colleagueEditBefore } from './properties';

jest.mock('../../../emulator/runtime/bundle', () => jest.requireActual('./bundle-once'));

colleagueEditBefore([
  'recordConcern',
  'saveSetup (DSL name changed)',
  'Validate all (menu)',
  'Generate documents > Parent/carer agreement (menu, rows 2-3)',
]);
