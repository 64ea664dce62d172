// How far back Attendance is parsed: the hourly run from the ten school days or this half-term's start,
// the sidebar's overview from the ten school days (the selected placement's rows are read whole).
import {
  attendanceWindowStart,
  lookbackStart,
} from '../../../src/domain/sidebar/attendance-window';
import { DERBYSHIRE_2025_26 } from '../calendar/derbyshire-2025-26';

describe('the Attendance rows the sidebar needs', () => {
  it("start at this half-term's first day when it is the earlier", () => {
    expect(attendanceWindowStart(DERBYSHIRE_2025_26, '2026-02-10')).toBe('2026-01-05');
  });

  it('start ten school days back when the half-term began later (across the holiday)', () => {
    // Spring 2 began Mon 23 Feb; ten school days back from Tue 24 Feb, today included, reach Wed 4 Feb.
    expect(attendanceWindowStart(DERBYSHIRE_2025_26, '2026-02-24')).toBe('2026-02-04');
  });

  it('count weekdays without term dates', () => {
    expect(attendanceWindowStart([], '2026-01-20')).toBe('2026-01-07');
  });
});

describe('the Attendance rows the sidebar overview needs', () => {
  it('start ten school days back, even when the half-term began earlier', () => {
    // Ten school days back from Tue 10 Feb, today included: Wed 28 Jan (no holiday between).
    expect(lookbackStart(DERBYSHIRE_2025_26, '2026-02-10')).toBe('2026-01-28');
    expect(lookbackStart(DERBYSHIRE_2025_26, '2026-02-24')).toBe('2026-02-04');
  });
});
