// The shortcuts the shared-sheet suites take are sound: a copied school behaves as the school itself,
// and the positions folded together in property (b) make the same trial.
import { Pristine } from './pristine';
import { cleanRun, sameTrials } from './properties';
import {
  REQUEST_ID,
  SCENARIOS,
  scenario,
  sharedSchool,
  type Edit,
  type Scenario,
} from './scenarios';
import { outcome, type Reply, type School } from './support';

jest.mock('../../../emulator/runtime/bundle', () => jest.requireActual('./bundle-once'));

const pristine = new Pristine(sharedSchool());

/** What a run did: its answer, its calls by method, the end state. */
function run(s: School, act: (s: School) => Reply) {
  s.ws.meter.reset();
  const reply = act(s);
  return { reply, calls: s.ws.meter.snapshot(), end: outcome(s.ws) };
}

describe('a copy of the shared school', () => {
  it.each(SCENARIOS.map((sc) => [sc.name, sc] as const))(
    '%s: the same answer, service calls and end state as on the school itself',
    (_, sc) => {
      const original = run(sharedSchool(), (s) => sc.act(s, REQUEST_ID));
      const copy = run(pristine.fresh(), (s) => sc.act(s, REQUEST_ID));
      expect(copy).toEqual(original);
    },
  );
});

/** The colleague's edit just before call n, then what the person was told and the end state. */
function trialAt(sc: Scenario, edit: Edit, n: number) {
  const s = pristine.fresh();
  s.ws.meter.before(n, () => edit.apply(s));
  const reply = sc.act(s, REQUEST_ID);
  return { reply, end: outcome(s.ws) };
}

describe('positions folded together in property (b)', () => {
  const pairs: [string, number][] = [
    ['recordReview (Terminate placement, confirmed)', 1],
    ['sendEmail (Local authority notification, LA notified blank)', 1],
    ['recordFollowUp (open absence)', 4],
  ];
  it.each(pairs)('%s, edit %i: every position of a group makes the same trial', (name, e) => {
    const sc = scenario(name);
    const edit = sc.edits[e] as Edit;
    const groups = sameTrials(cleanRun(sc, pristine).methods).filter((g) => g.last > g.n);
    expect(groups.length).toBeGreaterThan(5);
    for (const { n, last } of groups) {
      const first = trialAt(sc, edit, n);
      for (let m = n + 1; m <= last; m++) expect([m, trialAt(sc, edit, m)]).toEqual([m, first]);
    }
  });
});
