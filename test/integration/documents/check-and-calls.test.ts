// Check templates' report, service calls per document (constant in placeholders), and missing Docs/Drive permissions.
import { PARENT_CARER_AGREEMENT } from '../../../src/domain/documents/templates';
import { placement } from '../support/school';
import { loadWorkbook } from '../support/workbook';
import {
  AWKWARD_PROVIDER,
  documentRows,
  documentsSchool,
  lastMessage,
  madeDocuments,
  templateId,
} from './support';

const NOW = '2026-01-12T09:00:00Z';
const SCOPE = 'https://www.googleapis.com/auth/';

function placements(count: number) {
  return Array.from({ length: count }, (_, i) =>
    placement(i + 1, { Provider: AWKWARD_PROVIDER.Provider }),
  );
}

function schoolWith(count: number) {
  const s = documentsSchool(placements(count), { providers: [AWKWARD_PROVIDER], now: NOW });
  s.ws.spreadsheet.select('Placements', `A2:A${count + 1}`);
  return s;
}

describe('Check templates', () => {
  it('lists each template’s placeholders and conditions, and an unknown one with a suggestion', () => {
    const { ws, addOn } = schoolWith(0);
    ws.drive.personEdit(
      templateId(ws, PARENT_CARER_AGREEMENT),
      [{ insertText: { location: { index: 1 }, text: 'For {{Pupil nmae}}\n' } }],
      ws.user,
    );
    ws.meter.reset();
    addOn.run('checkTemplates');
    const lines = lastMessage(ws).split('\n');
    expect(lines[0]).toMatch(
      /^Parent\/carer agreement: 1 to fix — 32 placeholders \(\{\{Pupil nmae\}\}, \{\{Pupil name\}\}, .*\{\{Parent\/carer name\}\}.*; 22 conditions \(\{\{#if Initial meeting date\}\}, \{\{#unless Initial meeting date\}\}, \{\{#if Route = Off-site direction\}\}, /,
    );
    expect(lines[1]).toBe(
      'Parent/carer agreement: {{Pupil nmae}} is not a column of Placements, Providers or Settings — check the spelling (did you mean Pupil name?)',
    );
    expect(lines.slice(2).map((l) => l.split(':')[0])).toEqual([
      'Provider agreement',
      'Personalised plan',
      'Local authority notification',
      'Safeguarding confirmation request',
    ]);
    expect(lines.slice(2).every((l) => /: OK — \d+ placeholders/.test(l))).toBe(true);
    expect(ws.meter.countOf('Docs.Documents.get')).toBe(5);
    // Whether this person reaches each school file (issue 12): one files.get each, nothing written.
    expect(ws.meter.countOf('Drive.')).toBe(ws.meter.countOf('Drive.Files.get'));
    expect(ws.meter.countOf('Drive.Files.get')).toBe(6);
    expect(ws.meter.countOf('Docs.Documents.batchUpdate')).toBe(0);
  });

  it('says which template is missing from Settings', () => {
    const { ws, addOn } = schoolWith(0);
    const rows = ws.spreadsheet.sheet('Settings').values();
    const row = rows.findIndex((r) => r[0] === 'Template: Personalised plan') + 1;
    ws.spreadsheet.userEdit(ws.user, 'Settings', `B${row}`, [['']]);
    addOn.run('checkTemplates');
    expect(lastMessage(ws)).toContain(
      'Personalised plan: no template on Settings — choose Set up workbook to make it.',
    );
  });
});

describe('service calls per document', () => {
  function callsFor(count: number, extraPlaceholders = 0) {
    const { ws, addOn } = schoolWith(count);
    if (extraPlaceholders > 0) {
      const many = Array.from(
        { length: extraPlaceholders },
        (_, i) => `{{${['Pupil name', 'Reason', 'UPN', 'Baseline', 'Today'][i % 5]}}}`,
      ).join(' ');
      ws.drive.personEdit(
        templateId(ws, PARENT_CARER_AGREEMENT),
        [{ insertText: { location: { index: 1 }, text: `${many}\n` } }],
        ws.user,
      );
      ws.meter.reset();
    }
    addOn.run('generateParentAgreement');
    expect(madeDocuments(ws)).toHaveLength(count);
    return { total: ws.meter.total, byMethod: ws.meter.snapshot() };
  }

  it('are at most 5 per document: one copy, one batch update and its Documents row each', () => {
    const one = callsFor(1);
    const ten = callsFor(10);
    const perDocument = (ten.total - one.total) / 9;
    expect(perDocument).toBeLessThanOrEqual(5);
    // Each Documents row by Sheet.appendRow, never over a row a colleague has just added.
    expect(perDocument).toBe(3);
    expect(ten.byMethod['Sheet.appendRow']).toBe(10 + 1);
    expect(ten.byMethod['Drive.Files.copy']).toBe(10);
    expect(ten.byMethod['Docs.Documents.batchUpdate']).toBe(10);
    expect(ten.byMethod['Docs.Documents.get']).toBe(1);
  });

  it('do not grow with the number of placeholders in the template', () => {
    expect(callsFor(3, 200).byMethod).toEqual(callsFor(3).byMethod);
  });
});

describe('without the Docs and Drive permissions', () => {
  it.each([
    ['documents and drive.file', ['documents', 'drive.file']],
    ['drive.file', ['drive.file']],
  ])('without %s, generating says so plainly and leaves no file', (_what, withheld) => {
    const { ws, addOn } = schoolWith(2);
    for (const s of withheld) ws.grantedScopes.delete(SCOPE + s);
    const files = ws.drive.all().length;
    addOn.run('generateParentAgreement');
    expect(lastMessage(ws)).toContain(
      'The add-on is not allowed to make Google Docs for you: it needs the "documents" and "drive.file" permissions',
    );
    expect(lastMessage(ws)).not.toMatch(/Required permissions|googleapis|Exception/);
    expect(ws.drive.all()).toHaveLength(files);
    expect(documentRows(ws)).toEqual([]);
  });

  it('setup still makes the sheets, and says the templates need the permissions', () => {
    const { ws, addOn } = loadWorkbook();
    ws.grantedScopes.delete(`${SCOPE}documents`);
    ws.grantedScopes.delete(`${SCOPE}drive.file`);
    addOn.run('setUpWorkbook');
    expect(ws.spreadsheet.sheet('Placements').values()[0]).toContain('Pupil name');
    expect(lastMessage(ws)).toMatch(
      /^Set up: created 9 sheets .* Documents: could not finish the document templates \(The add-on is not allowed to make Google Docs for you/,
    );
    expect(ws.drive.all()).toHaveLength(1);
  });
});

describe('a colleague generating with templates the add-on made for someone else', () => {
  it('is told to connect the templates (drive.file is per user), and nothing is left', () => {
    const { ws, addOn } = schoolWith(1);
    ws.user = 'colleague@example.sch.uk';
    const files = ws.drive.all().length;
    addOn.run('generateParentAgreement');
    expect(lastMessage(ws)).toMatch(
      /^Nothing was made: the add-on cannot reach the Parent\/carer agreement template and "AP Placements documents" folder for you\. .* Connect templates/,
    );
    expect(ws.drive.all()).toHaveLength(files);
  });
});
