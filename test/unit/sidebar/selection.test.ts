// Which placement the selected row means: Placements, or the Placement ID on Attendance, Reviews, Documents.
import { placementForRow, SELECT_HINT } from '../../../src/domain/sidebar/selection';
import { placementRow, reviewRow } from '../rules/fixtures';
import { attendanceRow } from '../reminders/school-weeks';
import { dayWith, documentRow } from './fixtures';

const sd = dayWith({
  placements: [placementRow({}, 2), placementRow({ 'Placement ID': 'AP-0002' }, 5)],
  attendance: [
    attendanceRow('2026-01-19', 'AM', { 'Placement ID': 'AP-0002' }, 4),
    attendanceRow('2026-01-19', 'PM', { 'Placement ID': '' }, 6),
  ],
  reviews: [reviewRow({ 'Review date': '2026-01-19', 'Placement ID': 'ap-0002' }, 3)],
  documents: [
    documentRow({ Subject: 'AP-0001', Document: 'Personalised plan' }, 2),
    documentRow(
      { Subject: 'Riverside Skills Centre', Document: 'Safeguarding confirmation request' },
      3,
    ),
  ],
});

function placementOf(sheetName: string, row: number): string {
  const found = placementForRow(sd, { sheetName, row });
  return 'placement' in found ? (found.placement.row.record.placementId ?? '') : found.hint;
}

describe('the selected row', () => {
  it('gives the placement on Placements, and through a Placement ID on the other sheets', () => {
    expect(placementOf('Placements', 5)).toBe('AP-0002');
    expect(placementOf('Attendance', 4)).toBe('AP-0002');
    expect(placementOf('Reviews', 3)).toBe('AP-0002');
    expect(placementOf('Documents', 2)).toBe('AP-0001');
  });

  it('says why there is no placement, in a sentence', () => {
    expect(placementOf('Settings', 4)).toBe(SELECT_HINT);
    expect(placementOf('Placements', 1)).toBe(SELECT_HINT);
    expect(placementOf('Placements', 9)).toBe(
      `Placements row 9 holds no placement. ${SELECT_HINT}`,
    );
    expect(placementOf('Attendance', 6)).toBe(
      `Attendance row 6 has no Placement ID. ${SELECT_HINT}`,
    );
    expect(placementOf('Documents', 3)).toBe(
      'Documents row 3 is about Riverside Skills Centre, a provider rather than a placement.',
    );
    expect(placementForRow(sd, undefined)).toEqual({ hint: SELECT_HINT });
  });
});
