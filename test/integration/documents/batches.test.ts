// Many rows on the cost model: a run stops cleanly before 6 minutes, keeps the rest, and the next click finishes it.
import { placement } from '../support/school';
import {
  AWKWARD_PROVIDER,
  documentRows,
  documentsSchool,
  lastMessage,
  madeDocuments,
} from './support';

const DAY = 24 * 60 * 60 * 1000;
const PENDING = 'AP Placements pending documents: Parent/carer agreement';

function manyPlacements(count: number) {
  const s = documentsSchool(
    Array.from({ length: count }, (_, i) =>
      placement(i + 1, { Provider: AWKWARD_PROVIDER.Provider }),
    ),
    { providers: [AWKWARD_PROVIDER], now: '2026-01-12T09:00:00Z' },
  );
  s.ws.spreadsheet.select('Placements', `A2:A${count + 1}`);
  s.ws.meter.costModel = 'typical';
  return s;
}

function lastExecution(s: ReturnType<typeof manyPlacements>) {
  const run = s.addOn.executions[s.addOn.executions.length - 1];
  if (!run) throw new Error('no execution');
  return { seconds: (run.endedAt - run.startedAt) / 1000, error: run.error };
}

const keysOf = (s: ReturnType<typeof manyPlacements>) =>
  madeDocuments(s.ws)
    .filter((d) => !d.trashed)
    .map((d) => d.name.split(' ')[0]);

describe('100 placements selected', () => {
  it('are all made in one run, well inside the time limit', () => {
    const s = manyPlacements(100);
    s.addOn.run('generateParentAgreement');
    const run = lastExecution(s);
    expect(run.error).toBeUndefined();
    expect(keysOf(s)).toHaveLength(100);
    expect(run.seconds).toBeLessThan(4.5 * 60);
    expect(lastMessage(s.ws)).toMatch(/^Made 100 Parent\/carer agreements\.\n/);
    expect(lastMessage(s.ws)).toContain('… and 90 more: the Documents sheet lists every link.');
    expect(s.ws.properties.snapshot('document')[PENDING]).toBeUndefined();
  });
});

describe('200 placements selected', () => {
  const s = manyPlacements(200);
  s.addOn.run('generateParentAgreement');
  const first = lastExecution(s);
  const madeFirst = keysOf(s).length;

  it('stop cleanly before 4.5 minutes, with what was made recorded', () => {
    expect(first.error).toBeUndefined();
    // No document is started after 4.5 minutes; the last one and the recording (a Documents row
    // per document, the Log, the batch kept) follow, far inside Google's 6-minute limit.
    expect(first.seconds).toBeLessThan(4.5 * 60 + 20);
    expect(madeFirst).toBeGreaterThan(100);
    expect(madeFirst).toBeLessThan(200);
    expect(documentRows(s.ws)).toHaveLength(madeFirst);
    expect(lastMessage(s.ws).split('\n')[0]).toBe(
      `Made ${madeFirst} of 200 Parent/carer agreements before Google's time limit for one run; choose Generate documents > Parent/carer agreement again today to make the other ${200 - madeFirst}.`,
    );
  });

  it('keep the rest for the next click, which finishes them without a duplicate', () => {
    const saved = JSON.parse(s.ws.properties.snapshot('document')[PENDING] ?? '{}') as {
      subjects: string[];
    };
    expect(saved.subjects).toHaveLength(200 - madeFirst);
    // The next click continues the batch, whatever is selected now.
    s.ws.spreadsheet.select('Placements', 'A2');
    s.addOn.run('generateParentAgreement');
    expect(lastExecution(s).error).toBeUndefined();
    const keys = keysOf(s);
    expect(keys).toHaveLength(200);
    expect(new Set(keys).size).toBe(200);
    expect(new Set(documentRows(s.ws).map((r) => r[1])).size).toBe(200);
    expect(lastMessage(s.ws).split('\n')[0]).toBe(
      `Made the last ${200 - madeFirst} of the batch started earlier: all 200 Parent/carer agreements are done.`,
    );
    expect(s.ws.properties.snapshot('document')[PENDING]).toBeUndefined();
  });

  it('then a click is a new run for the rows selected', () => {
    s.addOn.run('generateParentAgreement');
    expect(lastMessage(s.ws).split('\n')[0]).toBe('Made 1 Parent/carer agreement.');
    expect(keysOf(s).filter((k) => k === 'AP-0001')).toHaveLength(2);
  });
});

describe('an unfinished batch from another day', () => {
  it('is dropped: the next day’s click makes what is selected then', () => {
    const s = manyPlacements(200);
    s.addOn.run('generateParentAgreement');
    s.ws.clock.advance(DAY);
    s.ws.spreadsheet.select('Placements', 'A3:A4');
    const before = keysOf(s).length;
    s.addOn.run('generateParentAgreement');
    expect(lastMessage(s.ws).split('\n')[0]).toBe('Made 2 Parent/carer agreements.');
    expect(keysOf(s).length - before).toBe(2);
    expect(s.ws.properties.snapshot('document')[PENDING]).toBeUndefined();
  });
});
