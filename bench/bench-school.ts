// The invented school every benchmark measures: set up by the add-on, then sample rows pasted in.
import { Workspace, loadAddOn, type AddOn, type RunAs } from '../emulator';
import { sampleSchool, type Row, type SampleSchool } from '../samples/school';

/** Rows pasted under the sheet's headers from row 2, as staff would paste them (no onEdit). */
export function paste(ws: Workspace, sheet: string, rows: readonly Row[]): void {
  const headers = (ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String);
  if (rows.length)
    ws.spreadsheet.userEdit(
      ws.user,
      sheet,
      'A2',
      rows.map((r) => headers.map((h) => r[h] ?? '')),
    );
}

export interface BenchSchool {
  readonly ws: Workspace;
  readonly addOn: AddOn;
  readonly school: SampleSchool;
  /** "N placements, P providers, A attendance rows, R reviews", for the report. */
  readonly label: string;
}

/** `placements` placements, a provider per ten, 30 attendance rows and 3 reviews each, at `now`. */
export function benchSchool(
  placements: number,
  now: string,
  runAs: RunAs = 'bound script',
  /** Older Attendance rows above this year's (years of history kept in the workbook). */
  history: readonly Row[] = [],
): BenchSchool {
  const ws = new Workspace({ now, runAs });
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
  paste(ws, 'Attendance', [...history, ...school.attendance]);
  paste(ws, 'Reviews', school.reviews);
  const years = history.length ? ` and ${history.length} from past years` : '';
  const label = `${placements} placements, ${school.providers.length} providers, ${school.attendance.length} attendance rows${years}, ${school.reviews.length} reviews`;
  return { ws, addOn, school, label };
}
