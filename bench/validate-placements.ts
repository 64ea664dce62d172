// Benchmark (issue 3 item 7): "Validate all" and onEdit of one row, on workbooks of growing size.
import { benchSchool } from './bench-school';
import { measure, type Measurement } from './measure';

/** A school of `placements` placements, a provider per ten, 30 attendance rows and 3 reviews each. */
export function benchValidatePlacements(placements: number): Measurement[] {
  const { ws, addOn, label } = benchSchool(placements, '2026-11-30T08:00:00Z');
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
