// Benchmark (issue 14, item 5): one table of what staff do every day at 200, 2,000 and 10,000
// placements, with the estimated Apps Script time, beside a naive cell-by-cell Validate all.
import path from 'node:path';
import { loadAddOn } from '../emulator';
import { costOf } from '../emulator/core/cost-model';
import { benchSchool } from './bench-school';
import { measure, type Measurement } from './measure';
import { hourlyRun, reminderSchool } from './reminders';

const NAIVE_DIR = path.join(__dirname, 'naive');

interface Row {
  readonly placements: number;
  readonly operation: string;
  readonly m: Measurement;
}

/** Calls by kind: whole-sheet and range reads, writes to the sheet, mail, everything else. */
function byKind(calls: Record<string, number>): string {
  let reads = 0;
  let writes = 0;
  let mail = 0;
  let other = 0;
  for (const [method, n] of Object.entries(calls)) {
    if (
      /getSheetValues|\.getValues?$|getNotes?$|getBackgrounds?$|Values\.batchGet|Values\.get/.test(
        method,
      )
    )
      reads += n;
    else if (/\.(set|append|insert|delete|clear)|Values\.(update|append|batchUpdate)/.test(method))
      writes += n;
    else if (method.startsWith('MailApp.')) mail += n;
    else other += n;
  }
  return `${reads} / ${writes} / ${mail} / ${other}`;
}

/** The script's own CPU: what the emulator spent inside service calls is Google's side of them. */
function addOnCpu(m: Measurement): number {
  return Math.max(0, m.cpuMs - m.serviceCpuMs);
}

function estimate(m: Measurement): string {
  const model = m.virtualMs / 1000;
  const cpu = addOnCpu(m) / 1000;
  const slow = model + cpu * 10;
  const over = slow > m.limitSeconds ? ' OVER' : '';
  return `${(model + cpu).toFixed(1)} / ${slow.toFixed(1)} of ${m.limitSeconds}${over}`;
}

/**
 * The naive script on its own copy of the school, with no cost charged while it runs (it would
 * stop at the 6-minute limit long before the end); its cost-model time is worked out from its calls.
 */
function naiveValidateAll(placements: number): Measurement {
  const { ws } = benchSchool(placements, '2026-11-30T08:00:00Z');
  const naive = loadAddOn({ workspace: ws, distDir: NAIVE_DIR });
  ws.meter.reset();
  const cpuStart = process.cpuUsage();
  naive.run('naiveValidateAll');
  const cpu = process.cpuUsage(cpuStart);
  const calls = ws.meter.snapshot();
  const modelMs = Object.entries(calls).reduce(
    (ms, [method, n]) => ms + costOf(method, 'typical') * n,
    0,
  );
  return {
    label: 'naive Validate all',
    calls,
    totalCalls: ws.meter.total,
    cpuMs: (cpu.user + cpu.system) / 1000,
    serviceCpuMs: ws.meter.serviceCpuMs,
    virtualMs: modelMs,
    limitSeconds: 360,
  };
}

function editReason(addOn: ReturnType<typeof loadAddOn>): void {
  const headers = (addOn.workspace.spreadsheet.sheet('Placements').values()[0] ?? []).map(String);
  const reason = String.fromCharCode(65 + headers.indexOf('Reason'));
  addOn.edit('Placements', `${reason}2`, [['Vocational route in motor vehicle']]);
}

function measureSize(placements: number): Row[] {
  const checks = benchSchool(placements, '2026-11-30T08:00:00Z');
  const validate = measure('Validate all', checks.addOn, () =>
    checks.addOn.run('validatePlacements'),
  );
  const edit = measure('on edit', checks.addOn, () => editReason(checks.addOn), 30);
  const naive = naiveValidateAll(placements);
  const day = reminderSchool(placements);
  day.addOn.workspace.spreadsheet.select('Placements', 'C5');
  const sidebar = measure('sidebar open', day.addOn, () => day.addOn.call('getSidebarState'));
  const morning = hourlyRun('morning run', day.addOn);
  const quiet = hourlyRun('quiet hourly run', day.addOn);
  return [validate, naive, edit, sidebar, morning, quiet].map((m) => ({
    placements,
    operation: m.label,
    m,
  }));
}

export interface ScaleTable {
  readonly text: string;
  readonly rows: readonly Row[];
}

/** The table, then the targets at 2,000 placements and the growth from 2,000 to 10,000. */
export function benchScale(sizes: readonly number[] = [200, 2000, 10000]): ScaleTable {
  const rows = sizes.flatMap(measureSize);
  const lines = [
    'Scale (issue 14): the built add-on in the emulator; CPU is this machine’s, split into the',
    'add-on’s own and the emulator’s inside service calls (Google’s side, charged by the cost model).',
    'Estimated Apps Script time = cost-model seconds + add-on CPU × 1 / × 10, against the limit.',
    '',
    '| placements | operation | calls: reads / writes / mail / other | CPU ms: add-on (+ emulator) | est. Apps Script s (×1 / ×10) |',
    '|---|---|---|---|---|',
    ...rows.map(
      ({ placements, operation, m }) =>
        `| ${placements.toLocaleString('en-GB')} | ${operation} | ${byKind(m.calls)} (${m.totalCalls}) | ${addOnCpu(m).toFixed(0)} (+${m.serviceCpuMs.toFixed(0)}) | ${estimate(m)} |`,
    ),
  ];
  const at = (n: number, op: string) =>
    rows.find((r) => r.placements === n && r.operation === op)?.m;
  const add = at(2000, 'Validate all');
  const naive = at(2000, 'naive Validate all');
  if (add && naive) {
    lines.push(
      '',
      `Naive Validate all at 2,000: ${(naive.totalCalls / add.totalCalls).toFixed(0)}× the calls, ` +
        `${(addOnCpu(naive) / Math.max(1, addOnCpu(add))).toFixed(1)}× the add-on CPU ` +
        `(${(naive.cpuMs / Math.max(1, add.cpuMs)).toFixed(1)}× with the emulator's).`,
    );
  }
  const first = sizes[sizes.length - 2];
  const last = sizes[sizes.length - 1];
  if (first !== undefined && last !== undefined) {
    const growth = [
      'Validate all',
      'on edit',
      'sidebar open',
      'morning run',
      'quiet hourly run',
    ].map((op) => {
      const a = at(first, op);
      const b = at(last, op);
      return a && b
        ? `${op} ${(addOnCpu(b) / Math.max(1, addOnCpu(a))).toFixed(1)}×, calls ${a.totalCalls}→${b.totalCalls}`
        : op;
    });
    lines.push(
      `From ${first.toLocaleString('en-GB')} to ${last.toLocaleString('en-GB')} placements (${(last / first).toFixed(0)}× the data), add-on CPU: ${growth.join('; ')}.`,
    );
  }
  return { text: lines.join('\n'), rows };
}
