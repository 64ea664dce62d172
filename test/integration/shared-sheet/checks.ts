// The properties every answer and every end state are held to, each failure in words naming what went wrong.
import { ADMITS, ROW_KEY, type Edit, type Scenario } from './scenarios';
import {
  describeReply,
  linkedFile,
  madeDocs,
  outcome,
  outcomeDiff,
  sameOutcome,
  sameWork,
  table,
  text,
  type Outcome,
  type Reply,
  type Row,
  type School,
  type Tracked,
} from './support';

/** The add-on's own columns: a re-check of the subject's row (or Validate all, of every row) may write them. */
export const ADD_ON_COLUMNS: Readonly<Partial<Record<Tracked, readonly string[]>>> = {
  Placements: ['Placement ID', 'Last review', 'Next review due', 'Checks'],
  Providers: ['Checks'],
};

/** Words that say something was done. */
const CLAIMS_DONE = /^(Saved|Recorded|Sent|Made)\b|have been emailed/;
/** Words that say nothing was done. */
const SAYS_NOTHING = /Nothing was (saved|sent)|\bNo\b[^.:\n]*\bwas made\b|was not sent/;
/** Words that say an email did not go (the forms' own phrases), or a document was not made. */
const NOT_SENT = /Nothing was sent|(email|it) was not sent|could not be (sent|emailed)/i;
const NOT_MADE = /\bNo\b[^.:\n]*\bwas made\b|(was|were) not made|could not be made/i;

/** The first difference between two outcomes, for a message. */
function firstChange(before: Outcome, after: Outcome): string {
  return outcomeDiff(before, after)[0] ?? '';
}

/**
 * What the person was told, held to what happened between `before` and now:
 * - an exception only while nothing has changed (after the first write, failures are answers);
 * - ok:true only when the change is there (or the words say what is missing);
 * - ok:false never claiming a change, and never "nothing was saved/sent/made" when something was.
 */
export function truthful(
  sc: Scenario,
  s: School,
  reply: Reply,
  before: Outcome,
  label: string,
): string[] {
  const after = outcome(s.ws);
  const changed = !sameOutcome(before, after);
  // A Log line recording an attempt is not something done for the person.
  const worked = !sameWork(before, after);
  const problems: string[] = [];
  const said = `${label} ${describeReply(reply)}`;
  if (reply.threw !== undefined) {
    if (changed) problems.push(`${said} after a change was made (${firstChange(before, after)})`);
    return problems;
  }
  // A lost reply is never reported as "not done" (issue 10): the words are held to the outbox and Drive.
  if (after.outbox.length > before.outbox.length && NOT_SENT.test(reply.message)) {
    problems.push(
      `${said}, but the email went (${after.outbox.length - before.outbox.length} sent)`,
    );
  }
  if (after.files.length > before.files.length && NOT_MADE.test(reply.message)) {
    problems.push(`${said}, but a document was made (and is not in the bin)`);
  }
  if (reply.ok === true) {
    if (!sc.done(s) && !ADMITS.test(reply.message)) {
      problems.push(`${said}, but the change is not there`);
    }
    problems.push(...(sc.claims?.(s, reply) ?? []).map((p) => `${label}: ${p}`));
  } else if (reply.ok === false) {
    if (CLAIMS_DONE.test(reply.message)) problems.push(`${said} claims it was done`);
    if (worked && SAYS_NOTHING.test(reply.message)) {
      problems.push(`${said}, but something was done: ${firstChange(before, after)}`);
    }
  }
  return problems;
}

/** Placement ID → pupil name, as the school holds them before anything happens. */
export const PUPILS: Readonly<Record<string, string>> = Object.fromEntries(
  [1, 2, 3, 4, 5].map((n) => [`AP-000${n}`, `Pupil ${n} Example`]),
);
const EVERY_NAME = [
  ...Object.values(PUPILS),
  'Colleague New Pupil',
  'Riverside Skills Centre',
  'Zenith Training',
  'Meadow Farm Project',
];

/** Who a document is about, from its name ("AP-0001 Parent-carer agreement 2026-01-20"). */
function documentOwner(name: string): string | undefined {
  const id = /^(AP-\d{4}) /.exec(name)?.[1];
  if (id) return PUPILS[id];
  return EVERY_NAME.find((n) => name.startsWith(`${n} `));
}

/**
 * Documents made are whole and recorded: every live document has exactly one Documents row whose
 * link names it, every Documents row links to a live document, each document holds its own
 * subject's name (never another's) and no placeholder is left unfilled. `before` is the ids of the
 * documents there were before this run, to check what its message says it made.
 */
export function documentsConsistent(
  s: School,
  reply: Reply,
  before: ReadonlySet<string>,
  label: string,
  /** Whether a document left off the Documents sheet is allowed when the answer says so (a retry is to list it). */
  admittedOrphans = false,
): string[] {
  const problems: string[] = [];
  const docs = madeDocs(s.ws);
  const rows = table(s.ws, 'Documents');
  for (const doc of docs) {
    const recorded = rows.filter((r) => linkedFile(s.ws, r.cells.Link)?.id === doc.id).length;
    if (recorded !== 1) {
      const said =
        reply.threw === undefined &&
        (reply.message.includes(doc.id) || (admittedOrphans && ADMITS.test(reply.message)));
      if (recorded > 1 || !said) {
        problems.push(`${label}: "${doc.name}" is on the Documents sheet ${recorded} times`);
      }
    }
    const owner = documentOwner(doc.name);
    if (owner && !doc.text.includes(owner)) {
      problems.push(`${label}: "${doc.name}" does not hold ${owner}`);
    }
    const strangers = EVERY_NAME.filter(
      (n) => n !== owner && doc.text.includes(n) && !(owner ?? '').includes(n),
    );
    // The provider's name is in every placement's document; another pupil's never is.
    const wrong = strangers.filter((n) => !/Riverside/.test(n));
    if (wrong.length > 0) problems.push(`${label}: "${doc.name}" holds ${wrong.join(', ')}`);
    if (doc.text.includes('{{')) problems.push(`${label}: "${doc.name}" is not filled in`);
  }
  for (const r of rows) {
    const file = linkedFile(s.ws, r.cells.Link);
    if (!file || file.trashed) {
      problems.push(
        `${label}: Documents row ${r.row} (${text(r.cells.Subject)} ${text(r.cells.Document)}) links to ${file ? 'a document in the bin' : 'nothing'}`,
      );
    }
  }
  if (reply.threw === undefined) {
    const made = docs.filter((d) => !before.has(d.id));
    const count = /^Made (?:the last )?(\d+)\b/.exec(reply.message)?.[1];
    if (
      count !== undefined &&
      Number(count) !== made.length &&
      !/^Made \d+ of/.test(reply.message)
    ) {
      problems.push(`${label} says "Made ${count}" but ${made.length} documents were made`);
    }
    const failed = /(AP-\d{4}) failed \(/.exec(reply.message)?.[1];
    if (failed && made.some((d) => d.name.startsWith(`${failed} `))) {
      problems.push(`${label} says ${failed} failed, but its document was made (and kept)`);
    }
    if (SAYS_NOTHING.test(reply.message) && made.length > 0) {
      problems.push(
        `${label} says nothing was made, but ${made.map((d) => d.name).join(', ')} was`,
      );
    }
  }
  return problems;
}

export function documentIds(s: School): Set<string> {
  return new Set(madeDocs(s.ws).map((d) => d.id));
}

// ---- Property (b): a colleague's edit ----

export type Tables = Readonly<Record<Tracked, readonly Row[]>>;

const COMPARED: readonly Tracked[] = [
  'Placements',
  'Providers',
  'Attendance',
  'Reviews',
  'Settings',
];

export function tables(s: School): Tables {
  return Object.fromEntries(
    (['Placements', 'Providers', 'Attendance', 'Reviews', 'Documents', 'Settings'] as const).map(
      (name) => [name, table(s.ws, name)],
    ),
  ) as unknown as Tables;
}

const blank = (r: Row) => Object.values(r.cells).every((c) => c === '');

/**
 * After a colleague's edit mid-run: every row but the subject's holds exactly what it held after
 * the edit (the colleague's own rows included); the subject's row changes only in the columns the
 * action writes (and the add-on's own); nothing is on two rows; rows added are the action's, once.
 */
export function colleagueProperties(
  sc: Scenario,
  edit: Edit | undefined,
  s: School,
  reply: Reply,
  was: Tables,
  /**
   * Whether the add-on had already written when the colleague typed: their values then replace
   * its own, as they should, and the answer is judged on what it wrote, not on what is left.
   */
  typedAfterWrite = false,
): string[] {
  const problems: string[] = [];
  const now = tables(s);
  const replaced = typedAfterWrite && edit?.kept !== undefined;
  const ok = reply.threw === undefined && reply.ok !== false;
  if (reply.threw !== undefined) problems.push(`the action ${describeReply(reply)}`);
  const everyRow = sc.menu && sc.name.startsWith('Validate');
  for (const sheet of COMPARED) {
    const key = ROW_KEY[sheet];
    const seen = new Map<string, number>();
    for (const r of now[sheet])
      if (!blank(r)) seen.set(key(r.cells), (seen.get(key(r.cells)) ?? 0) + 1);
    for (const [k, n] of seen) if (n > 1) problems.push(`${sheet}: "${k}" is on ${n} rows`);
    const before = new Set(was[sheet].filter((r) => !blank(r)).map((r) => key(r.cells)));
    for (const r of was[sheet]) {
      if (blank(r)) continue;
      const k = key(r.cells);
      const found = now[sheet].find((x) => key(x.cells) === k);
      if (!found) {
        problems.push(`${sheet}: the row of "${k}" is gone (it was row ${r.row})`);
        continue;
      }
      const subject = everyRow || (sc.subject?.sheet === sheet && sc.subject.key === k);
      const mayWrite = subject
        ? [...(everyRow ? [] : (sc.subject?.writes ?? [])), ...(ADD_ON_COLUMNS[sheet] ?? [])]
        : [];
      for (const [h, v] of Object.entries(r.cells)) {
        const then = text(v);
        const after = text(found.cells[h]);
        if (then === after || mayWrite.includes(h)) continue;
        problems.push(`${sheet} "${k}": ${h} changed from "${then}" to "${after}"`);
      }
    }
    for (const r of now[sheet]) {
      if (blank(r) || before.has(key(r.cells))) continue;
      if (!sc.appends.some((a) => a.sheet === sheet && a.key === key(r.cells))) {
        const filled = Object.entries(r.cells).filter(([, v]) => v !== '');
        const shown = filled.map(([h, v]) => `${h} "${text(v)}"`).join(', ');
        problems.push(`${sheet}: a row that was not there, row ${r.row}: ${shown}`);
      }
    }
  }
  const ids = now.Placements.map((r) => text(r.cells['Placement ID'])).filter(Boolean);
  for (const id of new Set(ids)) {
    const n = ids.filter((i) => i === id).length;
    if (n > 1) problems.push(`Placement ID ${id} is on ${n} rows`);
  }
  for (const a of sc.appends) {
    const n = now[a.sheet].filter((r) => ROW_KEY[a.sheet](r.cells) === a.key).length;
    const admitted = reply.threw === undefined && ADMITS.test(reply.message);
    if (n > 1) problems.push(`${a.sheet}: "${a.key}" was added ${n} times`);
    else if (ok && n === 0 && !admitted) {
      problems.push(`answered ${describeReply(reply)} but "${a.key}" is not on ${a.sheet}`);
    } else if (!ok && n === 1) {
      problems.push(`answered ${describeReply(reply)} but "${a.key}" was added to ${a.sheet}`);
    }
  }
  if (sc.subject) {
    const { sheet, key, writes } = sc.subject;
    const row = now[sheet].find((r) => ROW_KEY[sheet](r.cells) === key);
    const then = was[sheet].find((r) => ROW_KEY[sheet](r.cells) === key);
    if (row && then && reply.threw === undefined) {
      const admitted = ADMITS.test(reply.message) || /already/i.test(reply.message);
      if (reply.ok === true && !sc.subject.changed(row.cells) && !admitted && !replaced) {
        problems.push(
          `answered ${describeReply(reply)} but ${sheet} "${key}" does not hold the change`,
        );
      }
      if (reply.ok === false) {
        for (const h of writes) {
          if (text(then.cells[h]) !== text(row.cells[h])) {
            problems.push(
              `answered ${describeReply(reply)} but ${sheet} "${key}": ${h} changed to "${text(row.cells[h])}"`,
            );
          }
        }
      }
    }
  }
  const kept = edit?.kept;
  if (kept) {
    const find = (rows: readonly Row[]) =>
      rows.find((r) => ROW_KEY[kept.sheet](r.cells) === kept.key);
    for (const column of kept.columns) {
      const typed = text(find(was[kept.sheet])?.cells[column]);
      const left = text(find(now[kept.sheet])?.cells[column]);
      if (typed !== left) {
        problems.push(
          `${kept.sheet} "${kept.key}": the colleague's ${column} "${typed}" was overwritten with "${left}"`,
        );
      }
    }
  }
  if (reply.threw === undefined && reply.ok === true && !sc.done(s) && !replaced) {
    if (!ADMITS.test(reply.message) && !/already/i.test(reply.message)) {
      problems.push(`answered ${describeReply(reply)} but the change is not there`);
    }
  }
  if (reply.threw === undefined && reply.ok === false && sc.done(s)) {
    problems.push(`answered ${describeReply(reply)} but the change is there`);
  }
  if (reply.threw === undefined) {
    problems.push(...(sc.claims?.(s, reply) ?? []));
  }
  return problems;
}
