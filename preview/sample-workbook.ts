// Builds the preview's first workbook: the add-on sets it up, then staff "paste in" the sample school.
import type { AddOn, Workspace } from '../emulator';
import { asValues, type Row } from '../samples/school';
import { previewSchool, SAMPLE_NOW, SAMPLE_SETTINGS, TERM_DATES_2026_27 } from './sample-rows';
import { cellA1 } from './shared/a1';

function headers(addOn: AddOn, sheet: string): string[] {
  return (addOn.workspace.spreadsheet.sheet(sheet).values()[0] ?? []).map(String);
}

/** Rows pasted under the last row, each value in the column whose header names it. */
function paste(addOn: AddOn, sheet: string, rows: readonly Row[]): void {
  if (rows.length === 0) return;
  const ws = addOn.workspace;
  const values = asValues(headers(addOn, sheet), rows).slice(1);
  const below = ws.spreadsheet.sheet(sheet).lastRow() + 1;
  // Host-side, as a person pasting: the add-on's onEdit is not run for the sample's own data.
  ws.spreadsheet.userEdit(ws.user, sheet, `A${below}`, values);
}

/** Setting · Value rows: each value typed next to the setting setup wrote. */
function fillSettings(addOn: AddOn): void {
  const ws = addOn.workspace;
  const settings = ws.spreadsheet.sheet('Settings');
  const columns = headers(addOn, 'Settings');
  const nameColumn = columns.indexOf('Setting') + 1;
  const valueColumn = columns.indexOf('Value') + 1;
  if (nameColumn === 0 || valueColumn === 0) {
    throw new Error('The sample needs Setting and Value columns on Settings: did setup change?');
  }
  settings.values().forEach((line, i) => {
    const value = SAMPLE_SETTINGS[String(line[nameColumn - 1] ?? '')];
    if (value === undefined || i === 0) return;
    ws.spreadsheet.userEdit(ws.user, 'Settings', cellA1(i + 1, valueColumn), [[value]]);
  });
}

/**
 * The Google Picker's settings (src/workspace/picker-config.ts), which whoever deploys the add-on
 * sets as script properties on Google. These are the preview's stand-ins, fake on sight: the
 * stand-in Picker wants them set, as Google's does, but ignores the key and sends nothing anywhere.
 */
export const PICKER_STAND_IN_SETTINGS: Readonly<Record<string, string>> = {
  PICKER_PROJECT_NUMBER: '000000000000',
  PICKER_API_KEY: 'preview-stand-in-not-a-google-key',
};

/** Sets each Picker setting that is missing: the sample at its start, a state saved before them. */
export function addPickerSettings(ws: Workspace): void {
  const script = ws.properties.script;
  for (const [key, value] of Object.entries(PICKER_STAND_IN_SETTINGS)) {
    if (script.getProperty(key) === null) script.setProperty(key, value);
  }
}

/**
 * The add-on sets the workbook up from its menu (as a school would on day one), then the sample
 * school's rows go in by header text, so a reordered column still gets its data. Reminders are
 * turned on from the menu (one hourly trigger, on the hour), and the clock moves on to the sample
 * morning, just before the 07:00 digest.
 */
export function buildSampleWorkbook(addOn: AddOn): void {
  addPickerSettings(addOn.workspace);
  addOn.open();
  addOn.run('setUpWorkbook');
  const school = previewSchool();
  paste(addOn, 'Providers', school.providers);
  paste(addOn, 'Placements', school.placements);
  paste(addOn, 'Attendance', school.attendance);
  paste(addOn, 'Reviews', school.reviews);
  // Setup's Derbyshire 2025/26 rows stay; 30 Nov 2026 falls after them, so the school adds its year.
  paste(addOn, 'Term dates', TERM_DATES_2026_27);
  fillSettings(addOn);
  // As an editor add-on the hourly run opens the workbook with its owner's access: the DSL picked it
  // in Connect templates (the Picker grants it), as the add-on asks before turning reminders on.
  const ws = addOn.workspace;
  if (ws.deployment === 'add-on') ws.drive.pick([ws.spreadsheet.id], ws.user);
  addOn.run('installReminders');
  addOn.workspace.spreadsheet.select('Placements', 'A2');
  addOn.advanceTo(SAMPLE_NOW);
}
