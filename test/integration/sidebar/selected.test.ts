// The refresh when the sidebar regains focus, and opening a row from an overview line or a document.
import type { SelectedPlacement } from '../../../src/shared/sidebar-api';
import { call, placement, sidebarSchool } from './support';

const s = sidebarSchool([placement(1), placement(2)]);
s.type('Attendance', [
  { Date: '2026-01-19', 'Placement ID': 'AP-0002', Session: 'AM', Mark: 'Absent' },
]);

describe('getSelectedPlacement', () => {
  it('gives the selected row’s placement, reading each sheet once, in one execution', () => {
    s.ws.spreadsheet.select('Placements', 'D3');
    s.ws.meter.reset();
    const result = call<SelectedPlacement>(s, 'getSelectedPlacement');
    expect(result.selected).toMatchObject({ placementId: 'AP-0002', row: 3 });
    expect(s.ws.meter.countOf('Range.getValues', 'Sheet.getSheetValues')).toBe(7);
    // No reminder status, no other sheet looked up: fewer calls than opening the sidebar.
    const refresh = s.ws.meter.total;
    s.ws.meter.reset();
    call(s, 'getSidebarState');
    expect(refresh).toBeLessThan(s.ws.meter.total);
  });

  it('reads no sheet when the selection cannot name a placement', () => {
    s.ws.spreadsheet.select('Settings', 'B4');
    s.ws.meter.reset();
    expect(call<SelectedPlacement>(s, 'getSelectedPlacement')).toEqual({
      selectionHint:
        'Select a row on Placements (or a row with a Placement ID on Attendance, Reviews or Documents) to see that placement here.',
      today: '2026-01-20',
    });
    expect(s.ws.meter.countOf('Range.getValues', 'Sheet.getSheetValues')).toBe(0);
    // The selection (6 calls) and the workbook's day (3), so a sidebar open overnight moves on.
    expect(s.ws.meter.total).toBeLessThanOrEqual(9);
  });
});

describe('openRow', () => {
  it('selects the row in the sheet and returns its placement (Range.activate)', () => {
    const result = call<SelectedPlacement>(s, 'openRow', { sheet: 'Attendance', row: 2 });
    expect(result.selected?.placementId).toBe('AP-0002');
    expect(call<SelectedPlacement>(s, 'getSelectedPlacement').selected?.placementId).toBe(
      'AP-0002',
    );
  });

  it('selects a provider’s row and says so', () => {
    expect(call<SelectedPlacement>(s, 'openRow', { sheet: 'Providers', row: 2 })).toEqual({
      selectionHint: 'Providers row 2 is selected.',
      today: '2026-01-20',
    });
  });

  it.each([
    [null],
    ['Placements'],
    [{ sheet: 'Settings', row: 2 }],
    [{ sheet: 'Placements', row: -1 }],
    [{ sheet: 'Placements', row: 2, evil: '<img src=x onerror=alert(1)>' }],
  ])('refuses %p with a sentence, selecting nothing', (link) => {
    s.ws.spreadsheet.select('Placements', 'B2');
    const result = call<SelectedPlacement>(s, 'openRow', link);
    expect(result.selected).toBeUndefined();
    expect(result.selectionHint).toMatch(/^That row cannot be opened: /);
  });

  it('refuses a row beyond the end of the sheet', () => {
    expect(call<SelectedPlacement>(s, 'openRow', { sheet: 'Reviews', row: 5_000_000 })).toEqual({
      selectionHint: 'There is no row 5000000 on a Reviews sheet in this workbook.',
      today: '2026-01-20',
    });
  });
});
