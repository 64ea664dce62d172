// Benchmark (issue 5 item 7): one hourly reminder run (the morning digest), then a quiet run an hour later.
import type { AddOn, RunAs, Workspace } from '../emulator';
import type { Row } from '../samples/school';
import { benchSchool } from './bench-school';
import { measure, type Measurement } from './measure';

/** An invented school's staff on Settings: every role a reminder can go to has an address. */
const STAFF: Record<string, string> = {
  'School name': 'Exampleton Academy',
  'DSL email': 'dsl@example.sch.uk',
  'Head teacher email': 'head@example.sch.uk',
  'SENDCO email': 'sendco@example.sch.uk',
  'Head of Pastoral Care email': 'hopc@example.sch.uk',
  'Attendance lead email': 'attendance@example.sch.uk',
};

/**
 * An invented 2026/27 calendar in the Derbyshire pattern (not the LA's published dates): setup's
 * example (Derbyshire 2025/26) ends in July 2026, and the sample school's placements start on
 * 7 Sep 2026. Typed over the example rows as a school replacing them would, dd/mm/yyyy.
 */
const TERM_DATES_2026_27: readonly (readonly [string, string, string])[] = [
  ['Autumn 1', '03/09/2026', '23/10/2026'],
  ['Autumn 2', '02/11/2026', '18/12/2026'],
  ['Spring 1', '04/01/2027', '12/02/2027'],
  ['Spring 2', '22/02/2027', '25/03/2027'],
  ['Summer 1', '12/04/2027', '28/05/2027'],
  ['Closure', '03/05/2027', '03/05/2027'],
  ['Summer 2', '07/06/2027', '22/07/2027'],
];

/** Tue 13 Oct 2026, 06:00 in London (BST): reminders are turned on an hour before the Reminder hour. */
const TURNED_ON = '2026-10-13T05:00:00Z';

export interface ReminderBench extends Measurement {
  /** MailApp emails in this run (the outbox). */
  readonly emails: number;
  readonly recipients: number;
  /** Reminder items the run's emails carried (the keys on its Reminders sent rows). */
  readonly items: number;
  readonly getValues: number;
  readonly sendEmail: number;
  /** The largest email's HTML body, in bytes (MailApp refuses a body over 200 KB). */
  readonly largestBody: number;
  /** Log lines "Reminder email not sent" in this run, each with its reason. */
  readonly notSent: readonly string[];
  /** The run's error, when the trigger's execution failed. */
  readonly error?: string;
}

function headersOf(ws: Workspace, sheet: string): string[] {
  return (ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String);
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Types each value into the Value cell of its Settings row, as a person would (no onEdit). */
function typeSettings(ws: Workspace, settings: Readonly<Record<string, string>>): void {
  const [header = [], ...rows] = ws.spreadsheet.sheet('Settings').values();
  const value = columnLetter(header.indexOf('Value') + 1);
  for (const [name, typed] of Object.entries(settings)) {
    const row = rows.findIndex((r) => r[header.indexOf('Setting')] === name);
    if (row < 0) throw new Error(`Settings has no row ${name}`);
    ws.spreadsheet.userEdit(ws.user, 'Settings', `${value}${row + 2}`, [[typed]]);
  }
}

/** The 2026/27 term dates over setup's example rows (Term, Start, End as setup lays them out). */
function typeTermDates(ws: Workspace): void {
  const headers = headersOf(ws, 'Term dates');
  const rows = TERM_DATES_2026_27.map(([term, start, end]) =>
    headers.map((h) => ({ Term: term, Start: start, End: end })[h] ?? ''),
  );
  ws.spreadsheet.userEdit(ws.user, 'Term dates', 'A2', rows);
  const extra = ws.spreadsheet.sheet('Term dates').values().length - 1 - rows.length;
  if (extra > 0) {
    const blank = Array.from({ length: extra }, () => headers.map(() => ''));
    ws.spreadsheet.userEdit(ws.user, 'Term dates', `A${rows.length + 2}`, blank);
  }
}

/** Keys on the Reminders sent rows after the first `before` rows, in Sent mode. */
function itemsRecorded(ws: Workspace, before: number): number {
  const [header = [], ...rows] = ws.spreadsheet.sheet('Reminders sent').values();
  const keys = header.indexOf('Keys');
  const mode = header.indexOf('Mode');
  return rows
    .slice(before)
    .filter((r) => r[mode] === 'Sent')
    .reduce((n, r) => n + (JSON.parse(String(r[keys] || '[]')) as unknown[]).length, 0);
}

/** The Log's "Reminder email not sent" lines after the first `before` rows: role and reason. */
function notSentLines(ws: Workspace, before: number): string[] {
  const [header = [], ...rows] = ws.spreadsheet.sheet('Log').values();
  const [action, subject, detail] = ['Action', 'Subject', 'Detail'].map((h) => header.indexOf(h));
  return rows
    .slice(before)
    .filter((r) => r[action ?? -1] === 'Reminder email not sent')
    .map((r) => `${String(r[subject ?? -1])}: ${String(r[detail ?? -1])}`);
}

/** Fires the hourly trigger at its next firing, as Google does, and measures that one execution. */
export function hourlyRun(label: string, addOn: AddOn): ReminderBench {
  const ws = addOn.workspace;
  const next = ws.triggers.nextDue(Number.MAX_SAFE_INTEGER);
  if (!next || next.trigger.handlerFunction !== 'runHourlyJobs') {
    throw new Error('Reminders: no hourly trigger is due');
  }
  // Up to a millisecond before it, so the measured time is the run's own.
  addOn.advanceTo(next.at - 1);
  const mailBefore = ws.mail.outbox.length;
  const sentRowsBefore = ws.spreadsheet.sheet('Reminders sent').values().length - 1;
  const logRowsBefore = ws.spreadsheet.sheet('Log').values().length - 1;
  const executionsBefore = addOn.executions.length;
  const m = measure(label, addOn, () => addOn.advanceTo(next.at));
  const runs = addOn.executions.slice(executionsBefore);
  if (runs.length !== 1 || runs[0]?.functionName !== 'runHourlyJobs') {
    throw new Error(`Reminders: expected one runHourlyJobs execution, got ${runs.length}`);
  }
  const mail = ws.mail.outbox.slice(mailBefore);
  return {
    ...m,
    emails: mail.length,
    recipients: new Set(mail.flatMap((one) => one.recipients.map((r) => r.toLowerCase()))).size,
    items: itemsRecorded(ws, sentRowsBefore),
    getValues:
      (m.calls['Range.getValues'] ?? 0) + (m.calls['Sheets.Spreadsheets.Values.batchGet'] ?? 0),
    sendEmail: m.calls['MailApp.sendEmail'] ?? 0,
    largestBody: Math.max(0, ...mail.map((one) => Buffer.byteLength(one.htmlBody ?? one.body))),
    notSent: notSentLines(ws, logRowsBefore),
    ...(runs[0].error !== undefined && { error: runs[0].error }),
  };
}

/**
 * A school of `placements` placements, a provider per ten, 30 attendance rows and 3 reviews each,
 * the 2026/27 term dates, staff emails on Settings, and reminders turned on at 06:00 on Tue 13 Oct 2026.
 */
export function reminderSchool(
  placements: number,
  runAs: RunAs = 'bound script',
  history: readonly Row[] = [],
): { addOn: AddOn; label: string } {
  const { ws, addOn, label } = benchSchool(placements, TURNED_ON, runAs, history);
  typeTermDates(ws);
  typeSettings(ws, STAFF);
  // As an editor add-on the DSL picked the workbook (Connect templates) before turning reminders on.
  if (runAs === 'editor add-on') ws.drive.pick([ws.spreadsheet.id], ws.user);
  addOn.run('installReminders');
  if (!ws.triggers.all().some((t) => t.handlerFunction === 'runHourlyJobs')) {
    throw new Error(`Reminders: turning them on failed (${runAs})`);
  }
  return { addOn, label: runAs === 'bound script' ? label : `${label}; ${runAs}, Sheets API` };
}

/** The 07:00 run (the morning digest, Reminder hour 7), then the quiet 08:00 run after it. */
export function benchHourlyReminders(
  placements: number,
  runAs: RunAs = 'bound script',
): ReminderBench[] {
  const { addOn, label } = reminderSchool(placements, runAs);
  const morning = hourlyRun(
    `runHourlyJobs, morning digest Tue 13 Oct 2026 07:00 (${label})`,
    addOn,
  );
  const quiet = hourlyRun(`runHourlyJobs, quiet run an hour later, 08:00 (${label})`, addOn);
  return [morning, quiet];
}

/** The extra figures of a reminder run, under the service calls `report` prints. */
export function reminderFigures(m: ReminderBench): string {
  const lines = [
    `    emails sent ${m.emails}, distinct recipients ${m.recipients}, items sent ${m.items}, ` +
      `largest email ${(m.largestBody / 1024).toFixed(0)} KB`,
    `    spreadsheet reads (Range.getValues or values.batchGet) ${m.getValues}, MailApp.sendEmail calls ${m.sendEmail}`,
    ...m.notSent.map((line) => `    not sent: ${line}`),
  ];
  if (m.error) lines.push(`    RUN FAILED: ${m.error}`);
  return lines.join('\n');
}
