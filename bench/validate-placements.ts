// Benchmark (issue 3 item 7): "Validate all" and onEdit of one row, on workbooks of growing size.
import { Workspace, loadAddOn } from '../emulator';
import { sampleSchool, type Row } from '../samples/school';
import { measure, type Measurement } from './measure';

function paste(ws: Workspace, sheet: string, rows: readonly Row[]): void {
  const headers = (ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String);
  if (rows.length)
    ws.spreadsheet.userEdit(
      ws.user,
      sheet,
      'A2',
      rows.map((r) => headers.map((h) => r[h] ?? '')),
    );
}

/** A school of `placements` placements, a provider per ten, 30 attendance rows and 3 reviews each. */
export function benchValidatePlacements(placements: number): Measurement[] {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z' });
  const addOn = loadAddOn({ workspace: ws, addOnName: 'AP Placements' });
  addOn.run('setUpWorkbook');
  const school = sampleSchool({
    placements,
    providers: Math.max(1, Math.round(placements / 10)),
    attendanceRows: placements * 30,
    reviews: placements * 3,
  });
  paste(ws, 'Providers', school.providers);
  paste(ws, 'Placements', school.placements);
  paste(ws, 'Attendance', school.attendance);
  paste(ws, 'Reviews', school.reviews);
  const label = `${placements} placements, ${school.providers.length} providers, ${school.attendance.length} attendance rows, ${school.reviews.length} reviews`;
  const validate = measure(`validatePlacements (${label})`, addOn, () =>
    addOn.run('validatePlacements'),
  );
  const headers = (ws.spreadsheet.sheet('Placements').values()[0] ?? []).map(String);
  const reason = String.fromCharCode(65 + headers.indexOf('Reason'));
  const edit = measure(
    `onEdit of one Placements row (${label})`,
    addOn,
    () => addOn.edit('Placements', `${reason}2`, [['Vocational route in motor vehicle']]),
    30,
  );
  return [validate, edit];
}
