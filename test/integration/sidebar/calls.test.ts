// The sidebar opens with one execution whose service calls do not grow with the school (PLATFORM.md:
// each call is slow; read a sheet in one getValues), measured by the emulator's meter.
import type { SidebarState } from '../../../src/shared/sidebar-api';
import { COMPLETE_REVIEW } from '../support/school';
import { placement, sidebarSchool, state, type School } from './support';

/** A school of `n` clean placements, three Attendance rows and a review each. */
function schoolOf(n: number): School {
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  const s = sidebarSchool(ids.map((i) => placement(i)));
  const id = (i: number) => `AP-${String(i).padStart(4, '0')}`;
  s.type(
    'Attendance',
    ids.flatMap((i) => [
      { Date: '2026-01-12', 'Placement ID': id(i), Session: 'AM', Mark: 'Present' },
      { Date: '2026-01-12', 'Placement ID': id(i), Session: 'PM', Mark: 'Present' },
      {
        Date: '2026-01-14',
        'Placement ID': id(i),
        Session: 'AM',
        Mark: i % 7 === 0 ? 'Absent' : 'Late',
      },
    ]),
  );
  s.type(
    'Reviews',
    ids.map((i) => ({ ...COMPLETE_REVIEW, 'Review date': '2026-01-16', 'Placement ID': id(i) })),
  );
  s.ws.spreadsheet.select('Placements', 'A5');
  return s;
}

function measured(n: number): { calls: Record<string, number>; result: SidebarState } {
  const s = schoolOf(n);
  s.ws.meter.reset();
  const result = state(s);
  return { calls: s.ws.meter.snapshot(), result };
}

describe('getSidebarState service calls', () => {
  const small = measured(20);
  const large = measured(2000);

  it('are the same at 20 and 2,000 placements', () => {
    expect(large.calls).toEqual(small.calls);
    expect(large.result.placements.total).toBe(2000);
    expect(large.result.overview?.activePlacements.count).toBe(2000);
    expect(large.result.selected?.placementId).toBe('AP-0004');
  });

  it('read each of the seven sheets it shows once, and look up the other two by name only', () => {
    expect(small.calls).toMatchObject({
      // Each in one call (Sheet.getSheetValues through the last row and column with data).
      'Sheet.getSheetValues': 7,
      // Placements, Providers, Reviews, Term dates, Settings, Attendance, Documents; Log, Reminders sent.
      'Spreadsheet.getSheetByName': 9,
    });
    const writes = Object.keys(small.calls).filter((m) =>
      /\.(set|append|insert|delete|clear)/.test(m),
    );
    expect(writes).toEqual([]);
  });

  it('stay a few dozen', () => {
    expect(Object.values(small.calls).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(40);
  });
});
