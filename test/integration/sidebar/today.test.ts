// Through the built bundle (issue 11, item 4): every answer of the sidebar's says the workbook's day,
// so a sidebar left open overnight moves its register and overview on to today.
import type { SelectedPlacement } from '../../../src/shared/sidebar-api';
import { call, placement, sidebarSchool, state } from './support';

const DAY = 24 * 60 * 60 * 1000;

describe("the workbook's day in every answer", () => {
  const s = sidebarSchool([placement(1)]);

  it('moves on with the clock: the register, the overview and the selection refresh', () => {
    s.ws.spreadsheet.select('Placements', 'C2');
    const monday = state(s);
    expect([monday.overview?.today, monday.register?.date]).toEqual(['2026-01-20', '2026-01-20']);
    expect(call<SelectedPlacement>(s, 'getSelectedPlacement').today).toBe('2026-01-20');
    s.addOn.advance(DAY);
    expect(call<SelectedPlacement>(s, 'getSelectedPlacement').today).toBe('2026-01-21');
    const tuesday = state(s);
    expect([tuesday.overview?.today, tuesday.register?.date]).toEqual(['2026-01-21', '2026-01-21']);
  });

  it('says the day even when the selection names no placement, reading no sheet', () => {
    s.ws.spreadsheet.select('Settings', 'B4');
    s.ws.meter.reset();
    const answer = call<SelectedPlacement>(s, 'getSelectedPlacement');
    expect(answer.today).toBe('2026-01-21');
    expect(s.ws.meter.countOf('Range.getValues', 'Sheet.getSheetValues')).toBe(0);
    expect(call<SelectedPlacement>(s, 'openRow', { sheet: 'Providers', row: 2 }).today).toBe(
      '2026-01-21',
    );
  });
});
