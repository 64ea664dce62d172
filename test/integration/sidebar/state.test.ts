// The sidebar through the built bundle: it opens, and its one call returns plain data about the workbook.
import { Placements } from '../../../src/domain/sheets/placements';
import type { SidebarState } from '../../../src/shared/sidebar-api';
import { inventedPlacements, loadWorkbook } from '../support/workbook';

describe('the sidebar', () => {
  it('opens the built Sidebar.html with the add-on name as its title', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.run('showSidebar');
    expect(ws.ui.sidebar?.title).toBe('AP Placements');
    expect(ws.ui.sidebar?.content).toContain('<main id="app"');
  });

  it('says what is missing on a workbook that was never set up', () => {
    const { addOn } = loadWorkbook();
    const state = addOn.call('getSidebarState') as SidebarState;
    expect(state.setUp).toBe(false);
    expect(state.missing).toContain('There is no Placements sheet.');
    expect(state.placements).toEqual({ total: 0, byStatus: [] });
  });

  it('names a missing column and points to Set up workbook', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.run('setUpWorkbook');
    const placements = ws.spreadsheet.sheet('Placements');
    placements.deleteColumns(Placements.headers.indexOf('Checks') + 1, 1);
    const state = addOn.call('getSidebarState') as SidebarState;
    expect(state.setUp).toBe(false);
    expect(state.missing).toEqual([
      'The Placements sheet has no column headed Checks. Choose Extensions > AP Placements > Set up workbook to add it.',
    ]);
  });

  it('counts placements by status, whatever the column order, skipping blank rows', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.run('setUpWorkbook');
    const headers = [...Placements.headers].reverse();
    const book = ws.spreadsheet;
    book.removeSheet(book.sheet('Placements'));
    book.addSheet('Placements', [headers, ...inventedPlacements(headers, 6), [], ['', '']]);
    const state = addOn.call('getSidebarState') as SidebarState;
    expect(state).toMatchObject({
      setUp: true,
      missing: [],
      placements: {
        total: 6,
        byStatus: [
          { status: 'Proposed', count: 2 },
          { status: 'Agreed', count: 2 },
          { status: 'Active', count: 1 },
          { status: 'Paused', count: 1 },
        ],
      },
    });
  });
});
