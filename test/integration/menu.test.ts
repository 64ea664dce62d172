// The menu through the built bundle: built in every AuthMode, and nothing else happens in NONE.
import { loadWorkbook } from './support/workbook';

const MENU_CALLS = {
  'Menu.addItem': 25,
  'Menu.addSubMenu': 5,
  'Menu.addToUi': 1,
  'SpreadsheetApp.getUi': 1,
  'Ui.createAddonMenu': 1,
  'Ui.createMenu': 5,
};

const GENERATE = [
  ['Parent/carer agreement', 'generateParentAgreement'],
  ['Provider agreement', 'generateProviderAgreement'],
  ['Personalised plan', 'generatePersonalisedPlan'],
  ['Local authority notification', 'generateLaNotification'],
  ['Safeguarding confirmation request', 'generateSafeguardingRequest'],
].map(([caption, functionName]) => ({ type: 'item', caption, functionName }));

const REPORTS = [
  ['AP register', 'makeApRegister'],
  ['AP register (printable Doc)', 'makeApRegisterDoc'],
  ['Census AP return', 'makeCensusReturn'],
  ['Evaluation', 'makeEvaluation'],
].map(([caption, functionName]) => ({ type: 'item', caption, functionName }));

const RECORDS = [
  ['Archive the year', 'archiveTheYear'],
  ['Placement record', 'makePlacementRecord'],
  ['Subject access request (by UPN)', 'makeSubjectAccessRecord'],
  ['Archives past their keep-until date', 'listArchivesToReview'],
  ['Check the Log', 'checkTheLog'],
].map(([caption, functionName]) => ({ type: 'item', caption, functionName }));

const REMINDERS = [
  ['Turn reminders on', 'installReminders'],
  ['Turn reminders off', 'removeReminders'],
  ['Reminder status', 'reminderStatus'],
].map(([caption, functionName]) => ({ type: 'item', caption, functionName }));

// Issue 17: each provider reports its sessions through a Google Form.
const PROVIDER_RETURNS = [
  ['Turn provider returns on', 'turnProviderReturnsOn'],
  ['Turn provider returns off', 'turnProviderReturnsOff'],
].map(([caption, functionName]) => ({ type: 'item', caption, functionName }));

describe('the AP Placements menu', () => {
  it.each(['NONE', 'LIMITED', 'FULL'] as const)(
    'is built in AuthMode.%s with no other service call',
    (authMode) => {
      const { ws, addOn } = loadWorkbook();
      addOn.open({ authMode });
      expect(ws.meter.snapshot()).toEqual(MENU_CALLS);
      expect(ws.ui.addOnMenu?.items).toEqual([
        { type: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
        { type: 'item', caption: 'Set up workbook', functionName: 'setUpWorkbook' },
        { type: 'item', caption: 'Validate all', functionName: 'validatePlacements' },
        {
          type: 'submenu',
          menu: expect.objectContaining({ caption: 'Generate documents', items: GENERATE }),
        },
        {
          type: 'submenu',
          menu: expect.objectContaining({ caption: 'Reports', items: REPORTS }),
        },
        {
          type: 'submenu',
          menu: expect.objectContaining({ caption: 'Records', items: RECORDS }),
        },
        {
          type: 'submenu',
          menu: expect.objectContaining({ caption: 'Reminders', items: REMINDERS }),
        },
        {
          type: 'submenu',
          menu: expect.objectContaining({ caption: 'Provider returns', items: PROVIDER_RETURNS }),
        },
        { type: 'item', caption: 'Connect templates', functionName: 'showConnectTemplates' },
        { type: 'item', caption: 'Check templates', functionName: 'checkTemplates' },
        {
          type: 'item',
          caption: 'Restore default templates',
          functionName: 'restoreDefaultTemplates',
        },
      ]);
    },
  );

  it('is built when the add-on is installed', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.install();
    expect(ws.ui.addOnMenu?.items).toHaveLength(11);
  });

  it('has no dead items: each calls a function the bundle declares', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.open({ authMode: 'NONE' });
    const items = (ws.ui.addOnMenu?.items ?? []).flatMap((item) =>
      item.type === 'submenu' ? item.menu.items : [item],
    );
    expect(items).toHaveLength(25);
    for (const item of items) {
      if (item.type === 'item') expect(addOn.topLevelFunctions).toContain(item.functionName);
    }
  });

  it('every menu item runs on a workbook that was never set up', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.run('showSidebar');
    addOn.run('validatePlacements');
    addOn.run('setUpWorkbook');
    expect(ws.ui.sidebar?.title).toBe('AP Placements');
    expect(ws.ui.alerts.map((a) => a.prompt)).toEqual([
      'There is no Placements sheet. Choose Extensions > AP Placements > Set up workbook to create it.',
      expect.stringMatching(/^Set up: created 9 sheets/),
    ]);
  });
});

describe('the documents items on a workbook that was never set up', () => {
  it.each([
    'generateParentAgreement',
    'generateSafeguardingRequest',
    'checkTemplates',
    'restoreDefaultTemplates',
  ])('%s says to set up first and makes no file', (functionName) => {
    const { ws, addOn } = loadWorkbook();
    addOn.run(functionName);
    expect(ws.ui.alerts.map((a) => a.prompt)).toEqual([
      expect.stringMatching(/^There is no \w+ sheet\. Choose .*Set up workbook/),
    ]);
    expect(ws.drive.all().filter((f) => f.id !== ws.drive.rootId)).toEqual([]);
  });
});
