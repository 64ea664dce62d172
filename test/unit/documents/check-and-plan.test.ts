// The template check, the plan handed to Docs, and file names (issue 4 items 3 and 4).
import {
  describeTemplate,
  requiredValueProblems,
  templateProblems,
  templateReport,
  type DocumentSubject,
} from '../../../src/domain/documents/check';
import { fillText } from '../../../src/domain/documents/fill';
import { valueOf } from '../../../src/domain/documents/merge-values';
import type { TemplateKind } from '../../../src/domain/documents/model';
import { documentName } from '../../../src/domain/documents/naming';
import { planDocument, type BodyElement } from '../../../src/domain/documents/plan';
import { awkwardProviderValues, awkwardValues, TODAY } from './fixtures';

const PARENT: TemplateKind = {
  name: 'Parent/carer agreement',
  documentType: 'Parent-carer agreement',
  scope: 'placement',
  required: ['Pupil name', 'Parent/carer name', 'Provider', 'Start date', 'Address', 'School name'],
};
const REQUEST: TemplateKind = {
  name: 'Safeguarding confirmation request',
  documentType: 'Safeguarding confirmation request',
  scope: 'provider',
  required: ['Provider', 'Contact name'],
};
const ROW_12: DocumentSubject = { scope: 'placement', placementId: 'AP-0007', rowNumber: 12 };

const body = (lines: readonly string[]): BodyElement[] => {
  let index = 1;
  return lines.map((text) => {
    const element = { text, startIndex: index, endIndex: index + text.length + 1 };
    index = element.endIndex;
    return element;
  });
};

describe('template check', () => {
  it('refuses a misspelt placeholder with the template and the name', () => {
    expect(templateProblems(PARENT, 'Dear {{Parent/carer name}}, about {{Pupil nmae}}')).toEqual([
      {
        kind: 'placeholder',
        message:
          'Parent/carer agreement: {{Pupil nmae}} is not a column of Placements, Providers or Settings — check the spelling (did you mean Pupil name?)',
      },
    ]);
  });

  it('refuses a pupil’s column in a per-provider letter, and unknown condition names', () => {
    const problems = templateProblems(REQUEST, [
      'Dear {{Contact name}}, about {{Pupil name}}',
      '{{#if Looked after}}',
      '{{/if}}',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Safeguarding confirmation request: {{Pupil name}} belongs to a placement, but this document is written per provider — remove it',
      'Safeguarding confirmation request: {{#if Looked after}} looks at Looked after, which belongs to a placement, but this document is written per provider — remove it',
    ]);
    expect(
      templateProblems(PARENT, ['{{#if Looked afterr}}', '{{/if}}']).map((p) => p.message),
    ).toEqual([
      'Parent/carer agreement: {{#if Looked afterr}} looks at Looked afterr, which is not a column of Placements, Providers or Settings — check the spelling (did you mean Looked after?)',
    ]);
  });

  it('refuses unbalanced markers and braces that do not pair up', () => {
    expect(templateProblems(PARENT, ['{{#if Looked after}}', 'Dear {{Pupil name}'])).toEqual([
      {
        kind: 'condition',
        message:
          'Parent/carer agreement: {{#if Looked after}} (paragraph 1) is never ended — add {{/if}} on its own paragraph where the block ends',
      },
      {
        kind: 'condition',
        message:
          "Parent/carer agreement: '{{Pupil name' has braces that do not pair up — write a placeholder as {{Column header}}",
      },
    ]);
  });

  it('names each required value that is empty, its column, sheet and Placement ID', () => {
    const text = ['{{Pupil name}} at {{Provider}}, {{Address}}', 'Signed {{Parent/carer name}}'];
    const values = awkwardValues({ 'Parent/carer name': '' }, { Address: '' });
    expect(requiredValueProblems(PARENT, text, values, ROW_12)).toEqual([
      {
        kind: 'required',
        column: 'Parent/carer name',
        message:
          'Parent/carer agreement for AP-0007 (Placements row 12): Parent/carer name is blank — fill it in on Placements, then generate again',
      },
      {
        kind: 'required',
        column: 'Address',
        message:
          'Parent/carer agreement for AP-0007 (Placements row 12): Address is blank on Providers for Riverside Skills Centre — fill it in, then generate again',
      },
    ]);
  });

  it('requires a value only where the template still uses it once its blocks are worked out', () => {
    const kind = { ...PARENT, required: ['Social worker'] };
    const text = ['{{#if Looked after}}', '{{Social worker}}', '{{/if}}'];
    const noWorker = { 'Social worker': '' };
    expect(requiredValueProblems(kind, text, awkwardValues(noWorker), ROW_12)).toHaveLength(1);
    const notLookedAfter = { ...noWorker, 'Looked after': 'No' };
    expect(requiredValueProblems(kind, text, awkwardValues(notLookedAfter), ROW_12)).toEqual([]);
  });

  it('always needs the Placement ID, which names the file', () => {
    const subject: DocumentSubject = { scope: 'placement', placementId: undefined, rowNumber: 9 };
    const values = awkwardValues({ 'Placement ID': '' });
    expect(requiredValueProblems(PARENT, 'Hello', values, subject)).toEqual([
      {
        kind: 'required',
        column: 'Placement ID',
        message:
          'Parent/carer agreement for Placements row 9: Placement ID is blank — run Validate all, which gives every placement row its ID, then generate again',
      },
    ]);
  });

  it('describes a template for the "Check templates" report', () => {
    const description = describeTemplate(
      '{{#if Route = Off-site direction}}\n{{Pupil name}} {{ pupil name }} {{Settings: DSL name}} {{Colour}}\n{{/if}}',
    );
    expect(description).toEqual({
      placeholders: [
        { name: 'Pupil name', source: 'Placements', header: 'Pupil name', uses: 1 },
        { name: 'pupil name', source: 'Placements', header: 'Pupil name', uses: 1 },
        { name: 'Settings: DSL name', source: 'Settings', header: 'DSL name', uses: 1 },
        { name: 'Colour', uses: 1 },
      ],
      conditions: [
        { marker: '{{#if Route = Off-site direction}}', name: 'Route', source: 'Placements' },
      ],
      unknown: [{ name: 'Colour', resolution: { unknown: 'misspelt' } }],
      structure: [],
    });
  });

  it('reports a template for "Check templates" in a line, then what to fix', () => {
    expect(
      templateReport(PARENT, ['{{#if Looked after}}', '{{Pupil name}} {{Pupil nmae}}', '{{/if}}']),
    ).toEqual([
      'Parent/carer agreement: 1 to fix — 2 placeholders ({{Pupil name}}, {{Pupil nmae}}); 1 condition ({{#if Looked after}})',
      'Parent/carer agreement: {{Pupil nmae}} is not a column of Placements, Providers or Settings — check the spelling (did you mean Pupil name?)',
    ]);
  });

  it('works out the checklist of what is still needed, and nothing when all is done', () => {
    const values = awkwardValues({ Status: 'Proposed', Baseline: '' });
    expect(valueOf(values, 'Checklist')).toBe(
      'Plan complete (Baseline: blank — write the baseline progress will be measured against (P3))',
    );
    // The awkward placement has provider transport: Active needs its checks recorded too (P7).
    expect(valueOf(awkwardValues(), 'Checklist')).toBe(
      'Transport checks (Transport checks date: blank — check that every safeguarding check on the driver and the vehicle has been done, then enter that date (P7: transport is used only once the checks are done, whoever arranges it))',
    );
    expect(valueOf(awkwardValues({ 'Transport checks date': '2026-01-09' }), 'Checklist')).toBe('');
  });
});

describe('document plan', () => {
  const lines = [
    'Agreement for {{Pupil name}} ({{Reason}})',
    '{{#unless Looked after}}',
    'Not looked after.',
    '{{/unless}}',
    'Signed: {{Parent/carer name}}',
  ];

  it('gives the name, the deletions and replacements that fill the copy literally', () => {
    const plan = planDocument(PARENT, body(lines), awkwardValues(), ROW_12, TODAY);
    if (!plan.ok) throw new Error(plan.problems.map((p) => p.message).join('\n'));
    expect(plan.name).toBe('AP-0007 Parent-carer agreement 2026-01-12');
    expect(plan.deletions).toEqual([
      { startIndex: body(lines)[1]?.startIndex, endIndex: body(lines)[3]?.endIndex },
    ]);
    const filled = plan.replacements.reduce(
      (text, { find, replace }) => text.split(find).join(replace),
      [lines[0], lines[4]].join('\n'),
    );
    expect(filled).toBe(
      fillText([lines[0], lines[4]].join('\n'), [
        { find: '{{Pupil name}}', replace: "Aoife O'Brien" },
        { find: '{{Reason}}', replace: awkwardValues().byField.get('Placements:reason') ?? '' },
        { find: '{{Parent/carer name}}', replace: "Siobhán D'Arcy" },
      ]),
    );
  });

  it('is refused, with every problem, when anything is listed', () => {
    const plan = planDocument(
      PARENT,
      body(lines),
      awkwardValues({ 'Pupil name': '' }),
      ROW_12,
      TODAY,
    );
    expect(plan).toEqual({
      ok: false,
      problems: [expect.objectContaining({ kind: 'required', column: 'Pupil name' })],
    });
  });
});

describe('file names', () => {
  it('uses the Placement ID, the document type and an ISO date; never the pupil', () => {
    expect(documentName(PARENT, ROW_12, '2026-11-29')).toBe(
      'AP-0007 Parent-carer agreement 2026-11-29',
    );
  });

  it('keeps a provider’s name readable, without slashes or line breaks', () => {
    const subject: DocumentSubject = {
      scope: 'provider',
      provider: ' Tutors / Mentors\nLtd ',
      rowNumber: 3,
    };
    expect(documentName(REQUEST, subject, '2026-11-29')).toBe(
      'Tutors - Mentors Ltd Safeguarding confirmation request 2026-11-29',
    );
    expect(awkwardProviderValues().scope).toBe('provider');
  });
});
