// Benchmark (issue 10): what a sidebar form costs now that every write finds its row by key and verifies it.
import type { AddOn } from '../emulator';
import { measure, type Measurement } from './measure';
import { reminderSchool } from './reminders';

export interface FormBench extends Measurement {
  /** Range.getValues: the form's own read of the workbook, then the keyed write's before and after. */
  readonly reads: number;
  /** PropertiesService calls: the request record (seen, started, answered). */
  readonly requestRecord: number;
}

function activeIds(addOn: AddOn, count: number): string[] {
  const values = addOn.workspace.spreadsheet.sheet('Placements').values();
  const header = (values[0] ?? []).map(String);
  const id = header.indexOf('Placement ID');
  const status = header.indexOf('Status');
  return values
    .slice(1)
    .filter((row) => row[status] === 'Active')
    .map((row) => String(row[id]))
    .slice(0, count);
}

function bench(label: string, addOn: AddOn, name: string, form: object): FormBench {
  const m = measure(label, addOn, () => addOn.call(name, form));
  const properties = Object.entries(m.calls)
    .filter(([method]) => method.startsWith('Properties.'))
    .reduce((sum, [, n]) => sum + n, 0);
  return { ...m, reads: m.calls['Range.getValues'] ?? 0, requestRecord: properties };
}

/** A concern and a review on two Active placements, then the same review sent again (a lost reply). */
export function benchForms(placements: number): FormBench[] {
  const { addOn, label } = reminderSchool(placements);
  const [first, second] = activeIds(addOn, 2);
  if (!first || !second) throw new Error('The bench school has no two Active placements.');
  const review = {
    placementId: second,
    reviewDate: '2026-10-12',
    attendees: 'Jo Example; Robin Tutor',
    parentCarerAttended: 'Yes',
    pupilsView: 'Going well',
    progress: 'On track',
    safeAndMeetingNeeds: 'Yes',
    decision: 'Continue',
    actions: 'None',
    confirmTermination: false,
    requestId: 'bench-review-request-0001',
  };
  return [
    bench(`recordConcern (${label})`, addOn, 'recordConcern', {
      placementId: first,
      date: '2026-10-12',
      requestId: 'bench-concern-request-0001',
    }),
    bench(`recordReview (${label})`, addOn, 'recordReview', review),
    bench(
      `recordReview sent again, answered from the request record (${label})`,
      addOn,
      'recordReview',
      review,
    ),
  ];
}

export function formFigures(m: FormBench): string {
  return `    spreadsheet reads ${m.reads} (the form's read, and each keyed write's read before and after), request record ${m.requestRecord} property calls`;
}
