// src/main.ts exposes exactly the entry points Apps Script may call, as top-level function declarations.
import { readBundle } from '../../emulator';

const expected = [
  'archiveTheYear',
  'checkTemplates',
  'checkTheLog',
  'connectPickedFiles',
  'generateLaNotification',
  'generateParentAgreement',
  'generatePersonalisedPlan',
  'generateProviderAgreement',
  'generateDocument',
  'generateSafeguardingRequest',
  'getPickerSetup',
  'getSelectedPlacement',
  'getSidebarState',
  'installReminders',
  'listArchivesToReview',
  'makeApRegister',
  'makeApRegisterDoc',
  'makeCensusReturn',
  'makeEvaluation',
  'makePlacementRecord',
  'makeSubjectAccessRecord',
  'makeReport',
  'onEdit',
  'onInstall',
  'onOpen',
  'openRow',
  'previewEmail',
  'recordConcern',
  'recordFollowUp',
  'recordRegister',
  'recordReview',
  'reminderStatus',
  'removeReminders',
  'restoreDefaultTemplates',
  'receiveProviderReturns',
  'runHourlyJobs',
  'saveSetup',
  'setProviderReturns',
  'takeOverReminders',
  'turnProviderReturnsOff',
  'turnProviderReturnsOn',
  'sendEmail',
  'setUpWorkbook',
  'showConnectTemplates',
  'showSidebar',
  'validatePlacements',
].sort();

describe('dist/Code.js entry points', () => {
  const bundle = readBundle();

  it('declares exactly the expected top-level functions', () => {
    // Apps Script calls only top-level function declarations (menus, triggers, google.script.run).
    expect([...bundle.topLevelFunctions].sort()).toEqual(expected);
  });

  it('exposes no private (trailing underscore) function as an entry point', () => {
    expect(bundle.topLevelFunctions.filter((n) => n.endsWith('_'))).toEqual([]);
  });
});
