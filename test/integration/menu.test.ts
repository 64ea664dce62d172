// The menu through the built bundle: built in every AuthMode, and nothing else happens in NONE.
import { loadWorkbook } from './support/workbook';

const MENU_CALLS = {
  'Menu.addItem': 3,
  'Menu.addToUi': 1,
  'SpreadsheetApp.getUi': 1,
  'Ui.createAddonMenu': 1,
};

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
      ]);
    },
  );

  it('is built when the add-on is installed', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.install();
    expect(ws.ui.addOnMenu?.items).toHaveLength(3);
  });

  it('has no dead items: each calls a function the bundle declares', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.open({ authMode: 'NONE' });
    for (const item of ws.ui.addOnMenu?.items ?? []) {
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
      expect.stringMatching(/^Set up: created 8 sheets/),
    ]);
  });
});
