// Benchmark: "Set up workbook" on a new workbook and on one already holding N placements.
import { Workspace, loadAddOn } from '../emulator';
import { asValues, sampleSchool } from '../samples/school';
import { measure, type Measurement } from './measure';

function headersOf(ws: Workspace, sheet: string): string[] {
  return (ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String);
}

/** Setup on a fresh workbook, then again (repair) once N placements and their rows were typed. */
export function benchSetUpWorkbook(placements: number): Measurement[] {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z' });
  const addOn = loadAddOn({ workspace: ws, addOnName: 'AP Placements' });
  const fresh = measure(`setUpWorkbook, new workbook`, addOn, () => addOn.run('setUpWorkbook'));
  const school = sampleSchool({
    placements,
    providers: Math.max(1, Math.round(placements / 10)),
    attendanceRows: placements * 30,
    reviews: placements * 3,
  });
  const fill = (sheet: string, rows: Record<string, unknown>[]) => {
    const values = asValues(headersOf(ws, sheet), rows as never).slice(1);
    // Staff pasting their existing records in (the way a school adopts the add-on).
    if (values.length) ws.spreadsheet.userEdit(ws.user, sheet, 'A2', values);
  };
  fill('Placements', school.placements);
  fill('Providers', school.providers);
  fill('Attendance', school.attendance);
  fill('Reviews', school.reviews);
  const repair = measure(`setUpWorkbook, ${placements} placements already typed`, addOn, () =>
    addOn.run('setUpWorkbook'),
  );
  return [fresh, repair];
}
