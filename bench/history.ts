// Benchmark (issue 14, item 4): what staff do every day, with and without five past school years of
// Attendance in the workbook. Nothing daily may slow down as the years accumulate.
import type { AddOn } from '../emulator';
import type { Row } from '../samples/school';
import { measure, type Measurement } from './measure';
import { hourlyRun, reminderSchool } from './reminders';

const DAY = 86_400_000;

/**
 * Five school years before this one (Sep 2021 to Jul 2026), every weekday in term-ish months,
 * `perDay` returns a day, all Present: about 11,000 a year for `perDay` 58, what a school with 30
 * placements adds (issue 14). Absences long followed up are not chased, so none are needed here.
 */
export function pastYears(perDay: number): Row[] {
  const rows: Row[] = [];
  for (let day = Date.UTC(2021, 8, 6); day < Date.UTC(2026, 6, 20); day += DAY) {
    const date = new Date(day);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6 || date.getUTCMonth() === 7) continue;
    for (let i = 0; i < perDay; i += 1) {
      rows.push({
        Date: date,
        'Placement ID': `AP-${String((i % 30) + 1).padStart(4, '0')}`,
        Session: i % 2 ? 'PM' : 'AM',
        Mark: 'Present',
        Code: 'B',
      });
    }
  }
  return rows;
}

interface DayOfWork {
  readonly label: string;
  readonly sidebar: Measurement;
  readonly edit: Measurement;
  readonly morning: Measurement;
  readonly quiet: Measurement;
}

function dayOfWork(placements: number, history: readonly Row[]): DayOfWork {
  const { addOn, label } = reminderSchool(placements, 'bound script', history);
  addOn.workspace.spreadsheet.select('Placements', 'C5');
  const sidebar = measure('getSidebarState', addOn, () => addOn.call('getSidebarState'));
  const edit = measure('onEdit', addOn, () => editReason(addOn), 30);
  const morning = hourlyRun('morning', addOn);
  const quiet = hourlyRun('quiet', addOn);
  return { label, sidebar, edit, morning, quiet };
}

function editReason(addOn: AddOn): void {
  const headers = (addOn.workspace.spreadsheet.sheet('Placements').values()[0] ?? []).map(String);
  const reason = String.fromCharCode(65 + headers.indexOf('Reason'));
  addOn.edit('Placements', `${reason}2`, [['Vocational route in motor vehicle']]);
}

/** The table: each operation's calls and CPU without and with the history, and the CPU ratio. */
export function benchHistory(placements = 200): string {
  const without = dayOfWork(placements, []);
  const withHistory = dayOfWork(placements, pastYears(58));
  const rows = (['sidebar', 'edit', 'morning', 'quiet'] as const).map((key) => {
    const a = without[key];
    const b = withHistory[key];
    const ratio = b.cpuMs / Math.max(1, a.cpuMs);
    const name = {
      sidebar: 'sidebar open (getSidebarState)',
      edit: 'on edit, one row',
      morning: 'morning reminder run',
      quiet: 'quiet hourly run',
    }[key];
    return `| ${name} | ${a.totalCalls} / ${b.totalCalls} | ${a.cpuMs.toFixed(0)} / ${b.cpuMs.toFixed(0)} | ${ratio.toFixed(2)} |`;
  });
  return [
    `History (issue 14, item 4): ${without.label}, then ${withHistory.label}`,
    '| operation | calls without / with | CPU ms without / with | CPU ratio (target ≤ 1.5) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
