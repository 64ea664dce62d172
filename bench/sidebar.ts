// Benchmark (issue 6): opening the sidebar (getSidebarState) and its refresh on focus (getSelectedPlacement).
import { measure, type Measurement } from './measure';
import { reminderSchool } from './reminders';

export interface SidebarBench extends Measurement {
  readonly getValues: number;
}

/** The reminders' invented school at Tue 13 Oct 2026, 06:00, with a placement's row selected. */
export function benchSidebar(placements: number): SidebarBench[] {
  const { addOn, label } = reminderSchool(placements);
  addOn.workspace.spreadsheet.select('Placements', 'C5');
  return (['getSidebarState', 'getSelectedPlacement'] as const).map((name) => {
    const m = measure(`${name} (${label})`, addOn, () => addOn.call(name));
    return { ...m, getValues: m.calls['Range.getValues'] ?? 0 };
  });
}
