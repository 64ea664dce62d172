// Conditional blocks: {{#if X}}, {{#if X = value}}, {{#unless X}}, nested, and their errors (issue 4 item 2).
import { conditionalStructure, elementsToDelete } from '../../../src/domain/documents/conditions';
import { deleteRanges } from '../../../src/domain/documents/plan';
import { renderText } from '../../../src/domain/documents/render';
import { awkwardValues } from './fixtures';

const template = [
  'Dear {{Parent/carer name}},',
  '{{#if Looked after}}',
  'We will work with {{Social worker}} and the virtual school.',
  '{{#if Route = off-site  DIRECTION}}',
  'Off-site notice for a looked-after pupil.',
  '{{/if}}',
  '{{/if}}',
  '{{#unless Looked after}}',
  'No social worker is involved.',
  '{{/unless}}',
  'Yours sincerely',
];

describe('conditional blocks', () => {
  it('keeps a block when its value is there and not No or None; markers always go', () => {
    expect(renderText(template, awkwardValues())).toBe(
      [
        "Dear Siobhán D'Arcy,",
        'We will work with Dana Okafor and the virtual school.',
        'Yours sincerely',
      ].join('\n'),
    );
  });

  it('leaves the looked-after section out when it does not apply, nested blocks with it', () => {
    const values = awkwardValues({ 'Looked after': 'No', Route: 'Off-site direction' });
    expect(renderText(template, values)).toBe(
      ["Dear Siobhán D'Arcy,", 'No social worker is involved.', 'Yours sincerely'].join('\n'),
    );
    expect(elementsToDelete(template, values)).toEqual([
      { first: 1, last: 7 },
      { first: 9, last: 9 },
    ]);
  });

  it('compares `Column = value` ignoring case and spacing', () => {
    const values = awkwardValues({ Route: 'Off-site direction' });
    expect(renderText(template, values)).toContain('Off-site notice for a looked-after pupil.');
  });

  it('counts None and a blank cell as absent', () => {
    const lines = [
      '{{#if SEN status}}',
      'SEN',
      '{{/if}}',
      '{{#if Delivery site}}',
      'Site',
      '{{/if}}',
    ];
    expect(renderText(lines, awkwardValues({ 'SEN status': 'None' }))).toBe('');
    expect(renderText(lines, awkwardValues({ 'Delivery site': 'Annexe' }))).toBe('SEN\nSite');
  });

  it('`{{#if <date column>}}` holds once a date is recorded: a step said as done only then (issue 11)', () => {
    const lines = [
      '{{#if Transport checks date}}',
      'Checked on {{Transport checks date}}.',
      '{{/if}}',
      '{{#unless Transport checks date}}',
      'To be checked before transport is used.',
      '{{/unless}}',
    ];
    expect(renderText(lines, awkwardValues())).toBe('To be checked before transport is used.');
    expect(renderText(lines, awkwardValues({ 'Transport checks date': '2026-01-09' }))).toBe(
      'Checked on 9 January 2026.',
    );
  });

  it('refuses unbalanced, crossed, unknown and inline markers, naming the paragraph', () => {
    const { problems } = conditionalStructure([
      '{{/if}}',
      '{{#if Looked after}}',
      'text',
      '{{/unless}}',
      'Hello {{#if Route = Medical}} there',
      '{{#each Sessions}}',
      '{{#unless Transport}}',
    ]);
    expect(problems).toEqual([
      '{{/if}} (paragraph 1) has no {{#if …}} before it',
      '{{/unless}} (paragraph 4) closes {{#if Looked after}} (paragraph 2) — end it with {{/if}}',
      '{{#if Route = Medical}} (paragraph 5) must be on a paragraph of its own, with nothing else on that line',
      '{{#each Sessions}} is not a marker the add-on knows — use {{#if Column}}, {{#if Column = value}} or {{#unless Column}}, each ended by {{/if}} or {{/unless}} (paragraph 6)',
      '{{#unless Transport}} (paragraph 7) is never ended — add {{/unless}} on its own paragraph where the block ends',
    ]);
    expect(() => renderText(['{{#if Looked after}}'], awkwardValues())).toThrow(/not balanced/);
  });

  it('gives Docs ranges last first, never the body’s final line break', () => {
    const elements = [
      'Intro',
      '{{#if Route = Medical}}',
      'Medical',
      '{{/if}}',
      '{{#if UPN}}',
      'x',
      '{{/if}}',
    ];
    let index = 1;
    const body = elements.map((text) => {
      const element = { text, startIndex: index, endIndex: index + text.length + 1 };
      index = element.endIndex;
      return element;
    });
    expect(deleteRanges(body, awkwardValues())).toEqual([
      { startIndex: body[6]?.startIndex, endIndex: (body[6]?.endIndex ?? 0) - 1 },
      // Medical's block and the {{#if UPN}} marker touch: one range.
      { startIndex: body[1]?.startIndex, endIndex: body[4]?.endIndex },
    ]);
  });
});
