// A set-up school with staff emails on Settings, and ways to read what the reminders sent.
import type { SentMail } from '../../../emulator';
import { school, type Cells, type School } from './school';

export const STAFF = {
  'DSL email': 'dsl@school.example',
  'Head teacher email': 'head@school.example',
  'SENDCO email': 'sendco@school.example',
  'Head of Pastoral Care email': 'hopc@school.example',
  'Attendance lead email': 'attendance@school.example',
  'School name': 'Oakfield Academy',
} as const;

/** Types a value into the Value cell of a Settings row, as a person would (no onEdit). */
export function setSetting(s: School, name: string, value: unknown): void {
  const rows = s.ws.spreadsheet.sheet('Settings').values();
  const row = rows.findIndex((r) => r[0] === name);
  if (row < 0) throw new Error(`No setting ${name}`);
  s.ws.spreadsheet.userEdit(s.ws.user, 'Settings', `B${row + 1}`, [[value]]);
}

/** A set-up school with the staff emails filled in; reminders not yet on. */
export function remindingSchool(
  placements: readonly Cells[],
  options: Parameters<typeof school>[1] & { settings?: Readonly<Record<string, unknown>> } = {},
): School {
  const s = school(placements, options);
  for (const [name, value] of Object.entries({ ...STAFF, ...options.settings })) {
    setSetting(s, name, value);
  }
  s.ws.meter.reset();
  return s;
}

export interface SentRow {
  readonly day: string;
  readonly job: string;
  readonly recipient: string;
  readonly roles: string;
  readonly mode: string;
  readonly keys: readonly string[];
}

/** The Reminders sent sheet, each row's keys parsed. */
export function sentRows(s: School): SentRow[] {
  const [header = [], ...rows] = s.ws.spreadsheet.sheet('Reminders sent').values();
  const col = (name: string) => header.indexOf(name);
  return rows.map((r) => ({
    day: isoDay(r[col('Day')]),
    job: String(r[col('Job')]),
    recipient: String(r[col('Recipient')]),
    roles: String(r[col('Roles')]),
    mode: String(r[col('Mode')]),
    keys: JSON.parse(String(r[col('Keys')] || '[]')) as string[],
  }));
}

function isoDay(cell: unknown): string {
  if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
    const d = cell as Date;
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  }
  return String(cell);
}

/** Every item key sent in Send mode, with its recipient: "to key". */
export function sentKeys(s: School): string[] {
  return sentRows(s)
    .filter((r) => r.mode === 'Sent')
    .flatMap((r) => r.keys.map((k) => `${r.recipient} ${k}`));
}

/** The London day and hour a mail went, e.g. "2026-02-09 13". */
export function londonHour(mail: SentMail): string {
  const text = new Date(mail.sentAt).toLocaleString('sv-SE', { timeZone: 'Europe/London' });
  return text.slice(0, 13);
}

/** The outbox as "day hour to" lines. */
export function mailLines(s: School): string[] {
  return s.ws.mail.outbox.map((m) => `${londonHour(m)} ${m.to}`);
}

/** An Attendance row as a provider's return is typed in: appended below the last row. */
export function reportAttendance(s: School, rows: readonly Cells[]): void {
  const sheet = s.ws.spreadsheet.sheet('Attendance');
  const next = sheet.values().length + 1;
  s.type('Attendance', rows, next);
}
