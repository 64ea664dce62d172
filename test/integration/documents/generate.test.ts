// Generate documents through the built add-on: awkward values exactly, blocks only where they apply, records, refusals.
import {
  LA_NOTIFICATION,
  PARENT_CARER_AGREEMENT,
  PERSONALISED_PLAN,
  PROVIDER_AGREEMENT,
  SAFEGUARDING_CONFIRMATION_REQUEST,
} from '../../../src/domain/documents/templates';
import { SCHOOL_SETTINGS } from '../../unit/documents/fixtures';
import { CLEAN_PROVIDER, placement } from '../support/school';
import {
  AWKWARD_PLACEMENT,
  AWKWARD_PROVIDER,
  documentRows,
  documentsSchool,
  lastMessage,
  logRows,
  madeDocuments,
  templateId,
} from './support';

const NOW = '2026-01-12T09:00:00Z';
const OBJECTIVES = String(AWKWARD_PLACEMENT.Objectives);
const LOOKED_AFTER = "Because Aoife O'Brien is looked after";
const OFF_SITE = 'Notice of an off-site direction';

function awkwardSchool(more: readonly Record<string, unknown>[] = []) {
  const s = documentsSchool([AWKWARD_PLACEMENT, ...more], {
    providers: [AWKWARD_PROVIDER],
    now: NOW,
  });
  s.ws.spreadsheet.select('Placements', 'A2');
  return s;
}

/** The text of the only document made. */
function onlyDocument(ws: ReturnType<typeof awkwardSchool>['ws']) {
  const docs = madeDocuments(ws);
  expect(docs).toHaveLength(1);
  const doc = docs[0] ?? { id: '', name: '' };
  return { ...doc, text: ws.drive.renderText(doc.id) };
}

describe('a parent/carer agreement for a placement with awkward values', () => {
  const { ws, addOn } = awkwardSchool();
  addOn.run('generateParentAgreement');
  const doc = onlyDocument(ws);

  it('is named by Placement ID, type and date, never the pupil’s name, in the documents folder', () => {
    expect(doc.name).toBe('AP-0007 Parent-carer agreement 2026-01-12');
  });

  it('holds every value exactly as typed: apostrophes, $, \\, {{, regex characters', () => {
    for (const value of [
      "Aoife O'Brien",
      "Siobhán D'Arcy",
      String(AWKWARD_PLACEMENT.Reason),
      OBJECTIVES,
      SCHOOL_SETTINGS.schoolName,
      String(AWKWARD_PROVIDER.Address),
      String(AWKWARD_PROVIDER['Other sites']),
      'Dana Okafor',
      'virtual.school@derbyshire.example.gov.uk',
      '12.5',
      '19 January 2026',
      'Monday (morning and afternoon), Wednesday morning, Friday afternoon',
    ]) {
      expect(doc.text).toContain(value);
    }
    expect(doc.text).toContain(`because: ${String(AWKWARD_PLACEMENT.Reason)}\n`);
  });

  it('leaves no placeholder or marker behind (only the braces typed in Objectives)', () => {
    expect(doc.text.split(OBJECTIVES).join('')).not.toMatch(/\{\{|\}\}/);
  });

  it('keeps the looked-after section, and leaves out the off-site notice and the blank Delivery site', () => {
    expect(doc.text).toContain(LOOKED_AFTER);
    expect(doc.text).not.toContain(OFF_SITE);
    expect(doc.text).not.toContain('Sessions take place at');
  });

  it('lists the document on the Documents sheet and writes one Log line without the pupil’s name', () => {
    const link = `https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`;
    expect(documentRows(ws)).toEqual([
      [expect.any(Date), 'AP-0007', 'Parent/carer agreement', link, ws.user],
    ]);
    const log = logRows(ws).slice(-1)[0] ?? [];
    expect(log.slice(1, 5)).toEqual([
      ws.user,
      'Generate Parent/carer agreement',
      'AP-0007',
      'Made 1 of 1: AP-0007.',
    ]);
    expect(JSON.stringify(logRows(ws))).not.toContain('Aoife');
  });

  it('shows the link in its message', () => {
    expect(lastMessage(ws)).toBe(
      `Made 1 Parent/carer agreement.\nAP-0007: https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`,
    );
  });
});

describe('conditional blocks follow each row', () => {
  it('gives the off-site notice for an off-site direction and no looked-after section for a pupil who is not', () => {
    const { ws, addOn } = awkwardSchool([
      placement(2, {
        Route: 'Off-site direction',
        'Parent notice date': '2026-01-07',
        Provider: AWKWARD_PROVIDER.Provider,
      }),
    ]);
    ws.spreadsheet.select('Placements', 'B3');
    addOn.run('generateParentAgreement');
    const { text } = onlyDocument(ws);
    expect(text).toContain(OFF_SITE);
    expect(text).toContain('Who to report to on arrival: Robin Tutor.');
    expect(text).not.toContain('is looked after');
    expect(text).not.toMatch(/\{\{|\}\}/);
  });
});

describe('every document type for the awkward placement', () => {
  it.each([
    ['generateParentAgreement', PARENT_CARER_AGREEMENT],
    ['generateProviderAgreement', PROVIDER_AGREEMENT],
    ['generatePersonalisedPlan', PERSONALISED_PLAN],
    ['generateLaNotification', LA_NOTIFICATION],
  ] as const)('%s fills every placeholder and names the file by type', (entry, kind) => {
    const { ws, addOn } = awkwardSchool();
    addOn.run(entry);
    const doc = onlyDocument(ws);
    expect(doc.name).toBe(`AP-0007 ${kind.documentType} 2026-01-12`);
    expect(doc.text.split(OBJECTIVES).join('')).not.toMatch(/\{\{|\}\}/);
    expect(doc.text).toContain("Aoife O'Brien");
    expect(documentRows(ws)[0]?.[2]).toBe(kind.name);
  });

  it('shows an empty optional value as a dash in a table (Delivery site on the provider agreement)', () => {
    const { ws, addOn } = awkwardSchool();
    addOn.run('generateProviderAgreement');
    expect(onlyDocument(ws).text).toContain('Where sessions take place, if elsewhere\t—');
  });

  it('records nothing beyond the Documents row for the LA notification (sending comes later)', () => {
    const { ws, addOn } = awkwardSchool();
    const before = ws.spreadsheet.sheet('Placements').values();
    addOn.run('generateLaNotification');
    expect(ws.spreadsheet.sheet('Placements').values()).toEqual(before);
    expect(documentRows(ws)).toHaveLength(1);
  });
});

describe('the safeguarding confirmation request', () => {
  const other = {
    ...CLEAN_PROVIDER,
    Provider: 'Hilltop Farm Project',
    'Contact name': 'Lee Farmer',
  };
  const third = { ...CLEAN_PROVIDER, Provider: 'Not Selected Ltd' };

  it('is one letter per selected provider, and fills in Safeguarding confirmation requested', () => {
    const s = documentsSchool([], { providers: [AWKWARD_PROVIDER, other, third], now: NOW });
    const { ws, addOn } = s;
    ws.spreadsheet.select('Providers', 'C2:C3');
    addOn.run('generateSafeguardingRequest');
    expect(madeDocuments(ws).map((d) => d.name)).toEqual([
      'Riverside Skills Centre Safeguarding confirmation request 2026-01-12',
      'Hilltop Farm Project Safeguarding confirmation request 2026-01-12',
    ]);
    const text = ws.drive.renderText(madeDocuments(ws)[1]?.id ?? '');
    expect(text).toContain('Dear Lee Farmer,');
    expect(text).not.toMatch(/\{\{|\}\}/);
    const requested = (row: number) =>
      s.cell('Providers', row, 'Safeguarding confirmation requested').displayValue;
    expect([requested(2), requested(3), requested(4)]).toEqual([
      '12/01/2026',
      '12/01/2026',
      '20/08/2025',
    ]);
    expect(documentRows(ws).map((r) => [r[1], r[2]])).toEqual([
      ['Riverside Skills Centre', SAFEGUARDING_CONFIRMATION_REQUEST.name],
      ['Hilltop Farm Project', SAFEGUARDING_CONFIRMATION_REQUEST.name],
    ]);
  });

  it('is made from Providers: a selection on Placements is refused', () => {
    const { ws, addOn } = awkwardSchool();
    addOn.run('generateSafeguardingRequest');
    expect(lastMessage(ws)).toBe(
      "A Safeguarding confirmation request is made from the Providers sheet. Select the providers' rows on the Providers sheet (a cell in each row will do), then choose Generate documents > Safeguarding confirmation request again.",
    );
    expect(madeDocuments(ws)).toEqual([]);
  });
});

describe('refusals: nothing is made until everything is right', () => {
  it('names a misspelt placeholder in the template, with a suggestion, and creates nothing', () => {
    const { ws, addOn } = awkwardSchool([placement(2)]);
    ws.drive.personEdit(
      templateId(ws, PARENT_CARER_AGREEMENT),
      [{ insertText: { location: { index: 1 }, text: 'Dear {{Parent/carer nmae}},\n' } }],
      ws.user,
    );
    ws.spreadsheet.select('Placements', 'A2:A3');
    ws.meter.reset();
    addOn.run('generateParentAgreement');
    expect(lastMessage(ws)).toBe(
      'No Parent/carer agreement was made. Fix this, then choose Generate documents > Parent/carer agreement again:\n• Parent/carer agreement: {{Parent/carer nmae}} is not a column of Placements, Providers or Settings — check the spelling (did you mean Parent/carer name?)',
    );
    // Only the two reads that say the template and folder are reachable (issue 12); nothing made.
    expect(ws.meter.countOf('Drive.')).toBe(ws.meter.countOf('Drive.Files.get'));
    expect(ws.meter.countOf('Drive.Files.get')).toBe(2);
    expect(ws.meter.countOf('Docs.Documents.batchUpdate')).toBe(0);
    expect(madeDocuments(ws)).toEqual([]);
    expect(documentRows(ws)).toEqual([]);
  });

  it('names every empty required value by column and Placement ID, and creates nothing', () => {
    const { ws, addOn } = awkwardSchool([placement(2, { 'Parent/carer name': '' })]);
    ws.spreadsheet.select('Placements', 'A2:A3');
    addOn.run('generateParentAgreement');
    expect(lastMessage(ws)).toBe(
      'No Parent/carer agreement was made. Fix this, then choose Generate documents > Parent/carer agreement again:\n• Parent/carer agreement for AP-0002 (Placements row 3): Parent/carer name is blank — fill it in on Placements, then generate again',
    );
    expect(madeDocuments(ws)).toEqual([]);
  });

  it.each([
    [
      'another sheet',
      'Providers',
      'A2',
      /^A Parent\/carer agreement is made from the Placements sheet\./,
    ],
    ['the header row', 'Placements', 'A1:D1', /^There is no placement in row 1 of Placements\./],
    ['blank rows', 'Placements', 'A5:A9', /^There is no placement in rows 5–9 of Placements\./],
  ])('says what to select when the selection is on %s', (_what, sheet, a1, message) => {
    const { ws, addOn } = awkwardSchool();
    ws.spreadsheet.select(sheet, a1);
    addOn.run('generateParentAgreement');
    expect(lastMessage(ws)).toMatch(message);
    expect(lastMessage(ws)).toContain('Select the placements');
    expect(madeDocuments(ws)).toEqual([]);
  });
});

describe('generating again', () => {
  it('makes a new dated copy and never touches the one that may have been signed', () => {
    const { ws, addOn } = awkwardSchool();
    addOn.run('generateParentAgreement');
    const first = onlyDocument(ws);
    const version = ws.drive.get(first.id)?.version;
    ws.clock.advance(24 * 60 * 60 * 1000);
    addOn.run('generateParentAgreement');
    const names = madeDocuments(ws).map((d) => d.name);
    expect(names).toEqual([
      'AP-0007 Parent-carer agreement 2026-01-12',
      'AP-0007 Parent-carer agreement 2026-01-13',
    ]);
    expect(ws.drive.renderText(first.id)).toBe(first.text);
    expect(ws.drive.get(first.id)?.version).toBe(version);
    expect(documentRows(ws)).toHaveLength(2);
  });
});
