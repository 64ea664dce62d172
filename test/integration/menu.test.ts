// The menu through the built bundle: built in every AuthMode, and nothing else happens in NONE.
import { loadWorkbook } from './support/workbook';

const MENU_CALLS = {
  'Menu.addItem': 2,
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
      ]);
    },
  );

  it('is built when the add-on is installed', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.install();
    expect(ws.ui.addOnMenu?.items).toHaveLength(2);
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
    addOn.run('setUpWorkbook');
    expect(ws.ui.sidebar?.title).toBe('AP Placements');
    expect(ws.ui.alerts).toHaveLength(1);
  });
});

describe('onEdit', () => {
  it('stays silent: no service call, no change, on any sheet', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.run('setUpWorkbook');
    ws.spreadsheet.addSheet('Our notes', [['Anything']]);
    ws.meter.reset();
    addOn.edit('Placements', 'C5', [['Ada Example']]);
    addOn.edit('Our notes', 'A2', [['more']]);
    expect(ws.meter.total).toBe(0);
    expect(ws.spreadsheet.sheet('Placements').cell('C5').value).toBe('Ada Example');
  });
});
