// A service call failing at any point of a 3-document run: nothing half-filled recorded, the rows still needed named.
import type { Workspace } from '../../../emulator';
import { placement } from '../support/school';
import { AWKWARD_PROVIDER, documentRows, documentsSchool, madeDocuments } from './support';

const KEYS = ['AP-0001', 'AP-0002', 'AP-0003'];

function threeDocumentRun(failAt?: number) {
  const s = documentsSchool(
    KEYS.map((_, i) => placement(i + 1, { Provider: AWKWARD_PROVIDER.Provider })),
    { providers: [AWKWARD_PROVIDER], now: '2026-01-12T09:00:00Z' },
  );
  const { ws, addOn } = s;
  ws.spreadsheet.select('Placements', 'A2:A4');
  ws.meter.reset();
  if (failAt !== undefined) ws.meter.failAt(failAt, 'Service error: injected');
  let thrown: unknown;
  try {
    addOn.run('generateParentAgreement');
  } catch (e) {
    thrown = e;
  }
  return { ws, thrown, calls: ws.meter.total };
}

/** What the person was told: the alert, or the toast when the alert itself failed. */
function told(ws: Workspace): string {
  const alert = ws.ui.alerts[ws.ui.alerts.length - 1]?.prompt;
  const toasts = ws.spreadsheet.toasts as readonly { message?: string }[];
  return alert ?? toasts[toasts.length - 1]?.message ?? '';
}

const clean = threeDocumentRun();

it('a clean run makes the three documents (the baseline the failures are placed in)', () => {
  expect(clean.thrown).toBeUndefined();
  expect(madeDocuments(clean.ws).filter((f) => !f.trashed)).toHaveLength(3);
  expect(clean.calls).toBeGreaterThan(10);
});

/** Per failing call: did it stop the making part-way, and how many copies went to the bin. */
const outcomes: { n: number; stillNeeded: boolean; trashed: number }[] = [];

describe.each(Array.from({ length: clean.calls }, (_, i) => i + 1))('call %i fails', (n) => {
  const { ws, thrown } = threeDocumentRun(n);
  const message = told(ws);
  const live = madeDocuments(ws).filter((f) => !f.trashed);
  outcomes.push({
    n,
    stillNeeded: /still needed:/i.test(message),
    trashed: madeDocuments(ws).length - live.length,
  });
  const keyOf = (name: string) => name.split(' ')[0] ?? '';
  const recordedLinks = documentRows(ws).map((row) => String(row[3]));

  it('leaves every document that is not in the bin fully filled', () => {
    for (const doc of live) expect(ws.drive.renderText(doc.id)).not.toMatch(/\{\{|\}\}/);
  });

  it('records only documents that exist and are filled, each once', () => {
    const liveLinks = live.map(
      (d) => `https://docs.google.com/document/d/${d.id}/edit?usp=drivesdk`,
    );
    for (const link of recordedLinks) expect(liveLinks).toContain(link);
    expect(new Set(recordedLinks).size).toBe(recordedLinks.length);
  });

  it('makes at most one document per row', () => {
    const keys = live.map((d) => keyOf(d.name));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('tells the person which rows still need the document, exactly', () => {
    const needed = /still needed: ([^.]*)\./i.exec(message)?.[1];
    const made = new Set(live.map((d) => keyOf(d.name)));
    if (needed !== undefined) {
      expect(needed.split(', ')).toEqual(KEYS.filter((k) => !made.has(k)));
    } else if (thrown === undefined && made.size < KEYS.length) {
      // Stopped before making anything (a read failed): nothing was made, and it said why.
      expect(made.size).toBe(0);
      expect(message).not.toBe('');
    }
  });

  it('shows the link of any document it made but could not record', () => {
    const unrecorded = live.filter((d) => !recordedLinks.some((link) => link.includes(d.id)));
    // Recording runs in a finally: a document made is listed unless the listing itself failed.
    if (unrecorded.length > 0) {
      expect(message).toContain('could not be listed on the Documents sheet');
      for (const doc of unrecorded) expect(message).toContain(doc.id);
    }
  });
});

it('the failures above include every copy and every fill of the three documents', () => {
  const making = outcomes.filter((o) => o.stillNeeded);
  // 3 files.copy and 3 documents.batchUpdate calls; a failed fill's copy is in the bin.
  expect(making).toHaveLength(6);
  expect(making.map((o) => o.trashed).sort()).toEqual([0, 0, 0, 1, 1, 1]);
});

describe('after a failure part-way', () => {
  it('says what was made and what is still needed, and the next click makes just those', () => {
    const s = documentsSchool(
      KEYS.map((_, i) => placement(i + 1, { Provider: AWKWARD_PROVIDER.Provider })),
      { providers: [AWKWARD_PROVIDER], now: '2026-01-12T09:00:00Z' },
    );
    s.ws.spreadsheet.select('Placements', 'A2:A4');
    s.ws.meter.failOn('Docs.Documents.batchUpdate', 2, 'Internal error encountered.');
    s.addOn.run('generateParentAgreement');
    expect(told(s.ws).split('\n')[0]).toBe(
      'Made 1 of 3 Parent/carer agreements. AP-0002 failed (Internal error encountered.); still needed: AP-0002, AP-0003. Choose Generate documents > Parent/carer agreement again today to make them.',
    );
    s.addOn.run('generateParentAgreement');
    expect(told(s.ws).split('\n')[0]).toBe(
      'Made the last 2 of the batch started earlier: all 3 Parent/carer agreements are done.',
    );
    const live = madeDocuments(s.ws).filter((d) => !d.trashed);
    expect(live.map((d) => d.name.split(' ')[0]).sort()).toEqual(KEYS);
    expect(documentRows(s.ws).map((r) => r[1])).toEqual(KEYS);
  });
});

describe('when the day’s quota of new Google Docs runs out part-way', () => {
  it('says how many were made and to make the rest tomorrow, keeping no batch for today', () => {
    const s = documentsSchool(
      KEYS.map((_, i) => placement(i + 1, { Provider: AWKWARD_PROVIDER.Provider })),
      { providers: [AWKWARD_PROVIDER], now: '2026-01-12T09:00:00Z' },
    );
    // Workspace accounts may create 1,500 Docs a day (PLATFORM.md); leave room for one more.
    while (s.ws.drive.docsCreatedToday() < s.ws.drive.dailyDocsLimit - 1) {
      s.ws.drive.countDocCreated();
    }
    s.ws.spreadsheet.select('Placements', 'A2:A4');
    s.addOn.run('generateParentAgreement');
    expect(told(s.ws).split('\n')[0]).toBe(
      "Made 1 of 3 Parent/carer agreements: Google's limit on new documents for one day is reached (Service invoked too many times for one day: docs create.). Still needed: AP-0002, AP-0003. Select those rows and choose Generate documents > Parent/carer agreement again tomorrow.",
    );
    const pending = Object.keys(s.ws.properties.snapshot('document')).filter((k) =>
      k.startsWith('AP Placements pending documents'),
    );
    expect(pending).toEqual([]);
    expect(documentRows(s.ws).map((r) => r[1])).toEqual(['AP-0001']);
  });
});
