// The three properties of issue 10 as jest suites, one test per scenario and service-call position.
import {
  ADD_ON_COLUMNS,
  colleagueProperties,
  documentIds,
  documentsConsistent,
  PUPILS,
  tables,
  truthful,
  type Tables,
} from './checks';
import { Pristine } from './pristine';
import { ADMITS, REQUEST_ID, scenario, sharedSchool, type Edit, type Scenario } from './scenarios';
import {
  describeReply,
  duplicates,
  madeDocs,
  outcome,
  outcomeDiff,
  positions,
  text,
  type Outcome,
  type Reply,
  type School,
} from './support';

export const INJECTED = 'Service error: injected';

/** The Mail, Drive and Docs writes whose reply can be lost after they took effect. */
export const WRITES = [
  'MailApp.sendEmail',
  'Drive.Files.copy',
  'Drive.Files.create',
  'Drive.Files.update',
  'Docs.Documents.batchUpdate',
] as const;

/** Menu generation makes a new dated copy each time by design: it is held to no-orphan and true words. */
const makesAgain = (sc: Scenario) => sc.menu && sc.name.startsWith('Generate');

export interface Clean {
  readonly calls: number;
  /** The method of each call, in order (call N is methods[N - 1]). */
  readonly methods: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
  readonly outcome: Outcome;
}

/** The scenario run once, undisturbed, on a fresh school; each call's method noted for the tests' names. */
export function cleanRun(sc: Scenario, pristine: Pristine): Clean {
  const s = pristine.fresh();
  const methods: string[] = [];
  const meter = s.ws.meter;
  const record = meter.record.bind(meter);
  meter.record = (method: string) => {
    methods.push(method);
    return record(method);
  };
  const reply = sc.act(s, REQUEST_ID);
  if (reply.threw !== undefined || reply.ok === false || !sc.done(s)) {
    throw new Error(`${sc.name}: the clean run did not succeed: ${describeReply(reply)}`);
  }
  return { calls: meter.total, methods, counts: new Map(meter.counts), outcome: outcome(s.ws) };
}

/**
 * A retry of a completed request gets the earlier answer: the same ok and message. (An ok answer
 * that says what is still missing, "could not be listed on the Documents sheet", "send the same
 * form again", asks for the retry that completes it, which may then answer in its own words.)
 */
function sameAnswer(first: Reply, retry: Reply): string[] {
  if (first.threw !== undefined || first.ok !== true || retry.threw !== undefined) return [];
  if (ADMITS.test(first.message)) return [];
  if (retry.ok === first.ok && retry.message === first.message) return [];
  return [
    `the retry of a completed request answered ${describeReply(retry)}, not ${describeReply(first)}`,
  ];
}

/** After menu generation (once or twice), each selected placement has its documents, none orphaned. */
function everySelectedMade(s: School): string[] {
  return ['AP-0001', 'AP-0002']
    .filter((id) => !madeDocs(s.ws).some((d) => d.name.startsWith(`${id} `)))
    .map((id) => `after running it again, ${id} (${PUPILS[id] ?? ''}) still has no document`);
}

/**
 * First attempt (disturbed by `disturb`), then the blind retry: the same form with the same request
 * id, or the same menu item again. Both answers are held to what happened; the end state must be
 * the clean run's (menu generation: no orphan and every selected row made).
 */
function attemptThenRetry(
  sc: Scenario,
  pristine: Pristine,
  clean: Clean,
  disturb: (s: School) => void,
): string[] {
  const s = pristine.fresh();
  const start = outcome(s.ws);
  disturb(s);
  const docsBefore = documentIds(s);
  const first = sc.act(s, REQUEST_ID);
  const problems = truthful(sc, s, first, start, 'the first answer');
  if (sc.sends) {
    problems.push(...documentsConsistent(s, first, docsBefore, 'after the first attempt', true));
  }
  const middle = outcome(s.ws);
  const docsMiddle = documentIds(s);
  s.ws.meter.reset();
  const retry = sc.act(s, REQUEST_ID);
  if (retry.threw !== undefined) problems.push(`the retry ${describeReply(retry)}`);
  problems.push(...truthful(sc, s, retry, middle, 'the retry'));
  if (sc.sends) problems.push(...documentsConsistent(s, retry, docsMiddle, 'after the retry'));
  const end = outcome(s.ws);
  if (makesAgain(sc)) return [...problems, ...everySelectedMade(s)];
  problems.push(...sameAnswer(first, retry));
  problems.push(...outcomeDiff(clean.outcome, end).map((d) => `after the retry: ${d}`));
  problems.push(...duplicates(end.log).map((l) => `after the retry: "${l}" is on the Log twice`));
  return problems;
}

/** One shared school per test file, copied for every trial. */
function pristineSchool(): Pristine {
  return new Pristine(sharedSchool());
}

/** (a) A failure at every service-call position, then a blind retry. */
export function failureThenRetry(names: readonly string[]): void {
  const pristine = pristineSchool();
  for (const name of names) {
    const sc = scenario(name);
    describe(`${sc.name}: a failure at service call N, then the blind retry`, () => {
      const clean = cleanRun(sc, pristine);
      const cases = positions(clean.calls).map((n) => ({ n, method: clean.methods[n - 1] }));
      it.each(cases)(`call $n of ${clean.calls} ($method) fails`, ({ n }) => {
        const problems = attemptThenRetry(sc, pristine, clean, (s) =>
          s.ws.meter.failAt(n, INJECTED),
        );
        expect(problems).toEqual([]);
      });
    });
  }
}

/** (c) A lost reply at every Mail, Drive and Docs write, then the blind retry. */
export function lostReplyThenRetry(names: readonly string[]): void {
  const pristine = pristineSchool();
  for (const name of names) {
    const sc = scenario(name);
    describe(`${sc.name}: the reply of a write is lost, then the blind retry`, () => {
      const clean = cleanRun(sc, pristine);
      const cases = WRITES.flatMap((method) =>
        positions(clean.counts.get(method) ?? 0).map((k) => ({ method, k })),
      );
      it.each(cases)('the reply of $method call $k is lost', ({ method, k }) => {
        const problems = attemptThenRetry(sc, pristine, clean, (s) =>
          s.ws.meter.loseReplyOn(method, k),
        );
        expect(problems).toEqual([]);
      });
    });
  }
}

/** (b) A colleague's edit before every service call; the action called once. */
export function colleagueEditBefore(names: readonly string[]): void {
  const pristine = pristineSchool();
  for (const name of names) {
    const sc = scenario(name);
    describe(`${sc.name}: a colleague's edit before service call N`, () => {
      const clean = cleanRun(sc, pristine);
      const cases = sc.edits.flatMap((edit) =>
        sameTrials(clean.methods).map(({ n, last }) => {
          const calls = last > n ? `calls ${n}-${last}` : `call ${n}`;
          const note = racing(clean.methods, n) ? '; no read before the write: cells waived' : '';
          return { edit, n, calls, call: `${clean.methods[n - 1] ?? ''}${note}` };
        }),
      );
      const validates = sc.menu && sc.name.startsWith('Validate');
      const expected = new Map(
        sc.edits.map((edit) => [edit, validates ? validatedAfter(pristine, edit) : undefined]),
      );
      it.each(cases)('$edit.name before $calls ($call)', ({ edit, n }) => {
        expect(colleagueTrial(sc, pristine, edit, n, clean, expected.get(edit))).toEqual([]);
      });
    });
  }
}

/**
 * Calls whose result cannot depend on a colleague's rows and which change no cell: other services,
 * and the spreadsheet's handles (a sheet by name, a range's own coordinates).
 */
const SHEET_BLIND = new RegExp(
  [
    '^(PropertiesService|Properties|LockService|Lock|Session|User|Utilities|CacheService|Cache)\\.',
    '^(MailApp|Drive|Docs|ScriptApp|HtmlService|Logger)\\.',
    '^SpreadsheetApp\\.getActiveSpreadsheet$',
    '^Spreadsheet\\.(getSheetByName|getSpreadsheetTimeZone)$',
    '^Sheet\\.getName$',
    '^Range\\.(getRow|getColumn|getNumRows|getNumColumns|getSheet)$',
  ].join('|'),
);

/**
 * Positions 1..C with the positions that make the same trial folded together: an edit just before
 * call N and one just after it are the same trial when call N does not look at the spreadsheet
 * (PropertiesService, LockService, Session, Utilities, MailApp, Drive, Docs): the emulator is
 * deterministic and the call's result cannot depend on the edit. Each group is tried once, at its
 * first position, and named with all of them, so every N from 1 to C is still covered.
 */
export function sameTrials(methods: readonly string[]): { n: number; last: number }[] {
  const groups: { n: number; last: number }[] = [];
  // An edit just before call N+1 rather than just before call N: call N ran without it either way.
  methods.forEach((_, i) => {
    const n = i + 1;
    const previous = groups[groups.length - 1];
    if (previous && SHEET_BLIND.test(methods[i - 1] ?? '')) previous.last = n;
    else groups.push({ n, last: n });
  });
  return groups;
}

/** Service calls that read what is in cells, and calls that change them. */
const READS =
  /^Range\.get(Values|Value|DisplayValues|DisplayValue|Notes|Note|Formulas|Formula|Backgrounds|Background)$/;
const WRITES_CELLS = /^Range\.(set|clear)|^Sheet\.(appendRow|insertRow|deleteRow)/;

/**
 * Whether call N falls between the add-on's last read and its next write: no read among calls N
 * up to that write. A colleague's change there is unseeable (Sheets has no compare-and-set), so a
 * cell typed or a row inserted there cannot be protected from that write; at these positions the
 * checks that a colleague's cells were left alone are waived, and every other check still holds.
 */
export function racing(methods: readonly string[], n: number): boolean {
  for (const method of methods.slice(n - 1)) {
    if (READS.test(method)) return false;
    if (WRITES_CELLS.test(method)) return true;
  }
  return false;
}

/** The problems a colleague's change in the unseeable window may cause (see `racing`). */
const UNSEEABLE = /changed from|was overwritten|is gone|is on \d+ rows|a row that was not there/;

export function colleagueTrial(
  sc: Scenario,
  pristine: Pristine,
  edit: Edit,
  n: number,
  clean: Clean,
  expected: Tables | undefined,
): string[] {
  const unseeable = racing(clean.methods, n);
  const afterWrite = clean.methods.slice(0, n - 1).some((m) => WRITES_CELLS.test(m));
  const s = pristine.fresh();
  let was: Tables | undefined;
  s.ws.meter.before(n, () => {
    edit.apply(s);
    was = tables(s);
  });
  const docsBefore = documentIds(s);
  const reply = sc.act(s, REQUEST_ID);
  // A run that made fewer calls than the clean one never met the colleague: nothing to compare.
  if (was === undefined) {
    return reply.threw === undefined ? [] : [`the action ${describeReply(reply)}`];
  }
  const problems = colleagueProperties(sc, edit, s, reply, was, afterWrite).filter(
    (p) => !unseeable || !UNSEEABLE.test(p),
  );
  if (sc.sends) problems.push(...documentsConsistent(s, reply, docsBefore, 'after the action'));
  if (expected) problems.push(...rightRows(s, was, expected));
  return problems;
}

/**
 * What an undisturbed Validate all writes after each colleague's edit: the add-on's own cells of
 * every row, by pupil (or provider). Worked out once per edit: the edit on a fresh school, then
 * Validate all.
 */
function validatedAfter(pristine: Pristine, edit: Edit): Tables {
  const s = pristine.fresh();
  edit.apply(s);
  s.addOn.run('validatePlacements');
  return tables(s);
}

/**
 * Validate all wrote each add-on cell for the right pupil: whatever it wrote (a cell that differs
 * from what the colleague saw) is what an undisturbed run writes for that pupil's row.
 */
function rightRows(s: School, was: Tables, expected: Tables): string[] {
  const now = tables(s);
  const problems: string[] = [];
  for (const sheet of ['Placements', 'Providers'] as const) {
    const name = sheet === 'Placements' ? 'Pupil name' : 'Provider';
    for (const row of now[sheet]) {
      const key = row.cells[name];
      const then = was[sheet].find((r) => r.cells[name] === key);
      const own = expected[sheet].find((r) => r.cells[name] === key);
      if (!then || !own) continue;
      for (const c of ADD_ON_COLUMNS[sheet] ?? []) {
        const wrote = text(row.cells[c]);
        if (wrote === text(then.cells[c]) || wrote === text(own.cells[c])) continue;
        problems.push(
          `${sheet} "${text(key)}": ${c} was written as "${wrote}", but that row's own is "${text(own.cells[c])}"`,
        );
      }
    }
  }
  return problems;
}
