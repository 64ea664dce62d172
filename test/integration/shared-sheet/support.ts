// Shared-sheet acceptance tests (issue 10): what a person is told, and the workbook, Drive and outbox compared.
import type { Workspace } from '../../../emulator';
import type { School } from '../support/school';
import { day } from '../sidebar/support';

export type { School };

/** The sheets whose rows the tests compare (the Log is compared by its Action | Subject lines). */
export const TRACKED = [
  'Placements',
  'Providers',
  'Attendance',
  'Reviews',
  'Documents',
  'Settings',
] as const;
export type Tracked = (typeof TRACKED)[number];

/** What the person was told: the answer of google.script.run, the menu's message, or the error. */
export type Reply =
  | { readonly threw: string }
  | {
      readonly threw?: undefined;
      /** Absent for a menu action, which answers with a message only. */
      readonly ok?: boolean;
      readonly message: string;
      readonly value?: unknown;
    };

/** A google.script.run call: the answer, or what its failure handler would get. */
export function formReply(s: School, name: string, form: unknown): Reply {
  try {
    const answer = s.addOn.call(name, form) as {
      ok: boolean;
      message: string;
      value?: unknown;
    };
    return { ok: answer.ok, message: answer.message, value: answer.value };
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) };
  }
}

/** A menu click: the alert it showed (or the error the editor would show). */
export function menuReply(s: School, functionName: string): Reply {
  const before = s.ws.ui.alerts.length;
  try {
    s.addOn.run(functionName);
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) };
  }
  const shown = s.ws.ui.alerts.slice(before).map((a) => a.prompt);
  return { message: shown.join('\n') };
}

export function describeReply(reply: Reply): string {
  if (reply.threw !== undefined) return `threw "${reply.threw}"`;
  const ok = reply.ok === undefined ? '' : `ok:${String(reply.ok)} `;
  return `${ok}"${reply.message.split('\n')[0] ?? ''}"`;
}

/** A cell as text: dates as their ISO instant, so equal dates compare equal. */
function plain(cell: unknown): string {
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    return (cell as Date).toISOString();
  }
  return String(cell);
}

/** The Drive file a Documents link points at, by its id. */
export function linkedFile(ws: Workspace, link: unknown) {
  const id = /\/d\/([\w-]+)/.exec(String(link))?.[1] ?? String(link);
  return ws.drive.get(id);
}

/** A sheet's rows under the header, as read by a person; trailing empty rows dropped. */
export function sheetRows(ws: Workspace, sheet: string): unknown[][] {
  const rows = ws.spreadsheet.sheet(sheet).values().slice(1);
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c === '')) rows.pop();
  return rows;
}

export function headersOf(ws: Workspace, sheet: string): string[] {
  return (ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String);
}

/** A sheet's rows as text, with its headers to name a cell that differs. */
export interface SheetText {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Everything a retry must leave as a clean run does, in comparable text. */
export interface Outcome {
  readonly sheets: Readonly<Record<Tracked, SheetText>>;
  /** The Log's "Action | Subject" lines, sorted (a retry may write its line later). */
  readonly log: readonly string[];
  /** Names of the files in Drive that are not in the bin, sorted. */
  readonly files: readonly string[];
  /** "recipients | subject" of every email sent, sorted. */
  readonly outbox: readonly string[];
}

export function outcome(ws: Workspace): Outcome {
  const sheets = {} as Record<Tracked, SheetText>;
  for (const name of TRACKED) {
    const headers = headersOf(ws, name);
    const link = name === 'Documents' ? headers.indexOf('Link') : -1;
    const rows = sheetRows(ws, name).map((row) =>
      row.map((cell, i) => {
        if (i !== link || cell === '') return plain(cell);
        // A Documents link is a file id, new for every copy: compare the file it names.
        const file = linkedFile(ws, cell);
        return file ? `→ ${file.name}${file.trashed ? ' (in the bin)' : ''}` : '→ no such file';
      }),
    );
    sheets[name] = { headers, rows };
  }
  const logHeaders = headersOf(ws, 'Log');
  const action = logHeaders.indexOf('Action');
  const subject = logHeaders.indexOf('Subject');
  const detail = logHeaders.indexOf('Detail');
  // A line recording a failed attempt ("Reminder email not sent", "Made 0 of 1 … failed") is a true
  // record of what happened, not a change: the retry's end state is compared without it.
  const log = sheetRows(ws, 'Log')
    .filter(
      (r) =>
        plain(r[action]) !== 'Reminder email not sent' && !/^Made 0 of /.test(plain(r[detail])),
    )
    .map((r) => `${plain(r[action])} | ${plain(r[subject])}`)
    .sort();
  const files = ws.drive
    .all()
    .filter((f) => !f.trashed && f.id !== ws.drive.rootId)
    .map((f) => f.name)
    .sort();
  const outbox = ws.mail.outbox.map((m) => `${m.recipients.join(', ')} | ${m.subject}`).sort();
  return { sheets, log, files, outbox };
}

function listDiff(what: string, expected: readonly string[], actual: readonly string[]): string[] {
  if (expected.length === actual.length && expected.every((e, i) => e === actual[i])) return [];
  const left = [...actual];
  const missing = expected.filter((e) => {
    const at = left.indexOf(e);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
  const parts = [
    missing.length > 0 ? `missing ${missing.map((m) => `[${m}]`).join(' ')}` : '',
    left.length > 0 ? `unexpected ${left.map((m) => `[${m}]`).join(' ')}` : '',
  ].filter(Boolean);
  return [`${what}: ${parts.join('; ') || 'the same, in another order'}`];
}

/** Row by row, the cells that differ, named by header; rows added or missing listed whole. */
function sheetDiff(name: string, expected: SheetText, actual: SheetText): string[] {
  const line = (row: readonly string[]) => row.join(' · ');
  if (expected.rows.length !== actual.rows.length) {
    return listDiff(`${name} rows`, expected.rows.map(line), actual.rows.map(line));
  }
  return expected.rows.flatMap((row, r) => {
    const other = actual.rows[r] ?? [];
    const cells = expected.headers
      .map((h, c) => ({ h, want: row[c] ?? '', got: other[c] ?? '' }))
      .filter(({ want, got }) => want !== got);
    if (cells.length === 0) return [];
    const diff = cells.map(({ h, want, got }) => `${h} "${got}" (clean run: "${want}")`);
    return [
      `${name} row ${r + 2} (${other[expected.headers.indexOf('Placement ID')] ?? other[0] ?? ''}): ${diff.join(', ')}`,
    ];
  });
}

/** How `actual` differs from `expected`, one line per difference (none when equal). */
export function outcomeDiff(expected: Outcome, actual: Outcome): string[] {
  return [
    ...TRACKED.flatMap((name) => sheetDiff(name, expected.sheets[name], actual.sheets[name])),
    ...listDiff('Log lines', expected.log, actual.log),
    ...listDiff('Drive files (not in the bin)', expected.files, actual.files),
    ...listDiff('Emails sent', expected.outbox, actual.outbox),
  ];
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return outcomeDiff(a, b).length === 0;
}

/** The same, leaving the Log aside (a line recording an attempt is not a change a person made). */
export function sameWork(a: Outcome, b: Outcome): boolean {
  return sameOutcome({ ...a, log: [] }, { ...b, log: [] });
}

/** Duplicated Log lines (the Log compared by Action | Subject must hold each once). */
export function duplicates(lines: readonly string[]): string[] {
  return [...new Set(lines.filter((line, i) => lines.indexOf(line) !== i))];
}

/** A table of a sheet: each row as a record by header, with its row number. */
export interface Row {
  readonly row: number;
  readonly cells: Readonly<Record<string, unknown>>;
}

export function table(ws: Workspace, sheet: string): Row[] {
  const headers = headersOf(ws, sheet);
  return sheetRows(ws, sheet).map((values, i) => ({
    row: i + 2,
    cells: Object.fromEntries(headers.map((h, c) => [h, values[c] ?? ''])),
  }));
}

/** The 1-based row of the first row matching, at this moment (a colleague finds it by eye). */
export function rowWhere(
  ws: Workspace,
  sheet: string,
  match: (cells: Readonly<Record<string, unknown>>) => boolean,
): number {
  const found = table(ws, sheet).find((r) => match(r.cells));
  if (!found) throw new Error(`No such row on ${sheet}`);
  return found.row;
}

/** A cell compared as text (dates by their day in London when they are whole days). */
export function text(cell: unknown): string {
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    const d = cell as Date;
    return d.getHours() === 0 && d.getMinutes() === 0 ? day(d) : d.toISOString();
  }
  return String(cell);
}

/** Non-trashed Google Docs made by generation (not templates), with their text. */
export function madeDocs(ws: Workspace): { id: string; name: string; text: string }[] {
  const folder =
    sheetRows(ws, 'Settings').find((r) => r[0] === 'Documents folder id')?.[1] ?? undefined;
  return ws.drive
    .children(String(folder))
    .filter((f) => !f.trashed && f.mimeType.endsWith('.document'))
    .map((f) => ({ id: f.id, name: f.name, text: ws.drive.renderText(f.id) }));
}

/** Numbers 1..n, for it.each. */
export function positions(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
