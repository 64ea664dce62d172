// The five default templates (DOMAIN.md §6): known placeholders, balanced blocks, every value exactly once filled.
import { requiredValueProblems, templateProblems } from '../../../src/domain/documents/check';
import { conditionalStructure, elementsToDelete } from '../../../src/domain/documents/conditions';
import { shownValue } from '../../../src/domain/documents/fill';
import { valueOf, type MergeValues } from '../../../src/domain/documents/merge-values';
import { templateElements, type DefaultTemplate } from '../../../src/domain/documents/model';
import { valuePlaceholders } from '../../../src/domain/documents/placeholders';
import { planDocument, type BodyElement } from '../../../src/domain/documents/plan';
import { renderText } from '../../../src/domain/documents/render';
import {
  DEFAULT_TEMPLATES,
  LA_NOTIFICATION,
  PARENT_CARER_AGREEMENT,
  PERSONALISED_PLAN,
  PROVIDER_AGREEMENT,
  SAFEGUARDING_CONFIRMATION_REQUEST,
} from '../../../src/domain/documents/templates';
import { AWKWARD_PLACEMENT, awkwardProviderValues, awkwardValues, TODAY } from './fixtures';
import type { Cells } from '../rules/fixtures';

const PLACEMENT_TEMPLATES = DEFAULT_TEMPLATES.filter((t) => t.scope === 'placement');
const ROW_12 = { scope: 'placement', placementId: 'AP-0007', rowNumber: 12 } as const;

const valuesFor = (template: DefaultTemplate, cells: Cells = {}): MergeValues =>
  template.scope === 'provider' ? awkwardProviderValues(cells) : awkwardValues(cells);

const body = (template: DefaultTemplate): BodyElement[] => {
  let index = 1;
  return templateElements(template.blocks).map((text) => {
    const element = { text, startIndex: index, endIndex: index + text.length + 1 };
    index = element.endIndex;
    return element;
  });
};

describe('the default templates', () => {
  it('are the five of DOMAIN.md §6, with their file-name types and scopes', () => {
    expect(DEFAULT_TEMPLATES.map((t) => [t.name, t.documentType, t.scope])).toEqual([
      ['Parent/carer agreement', 'Parent-carer agreement', 'placement'],
      ['Provider agreement', 'Provider agreement', 'placement'],
      ['Personalised plan', 'Personalised plan', 'placement'],
      ['Local authority notification', 'LA notification', 'placement'],
      ['Safeguarding confirmation request', 'Safeguarding confirmation request', 'provider'],
    ]);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s uses only known placeholders, balanced blocks and known required names',
    (_name, template) => {
      expect(templateProblems(template, templateElements(template.blocks))).toEqual([]);
      const required = template.required.map((name) => `{{${name}}}`).join(' ');
      expect(templateProblems(template, required)).toEqual([]);
    },
  );

  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s keeps tables and signatures out of conditional blocks (Docs deletes whole paragraphs)',
    (_name, template) => {
      const { blocks } = conditionalStructure(templateElements(template.blocks));
      const kinds = template.blocks.flatMap((block) =>
        block.kind === 'signatures'
          ? block.parties.flatMap(() => Array(4).fill(block.kind))
          : [block.kind],
      );
      for (const { open, close } of blocks) {
        expect(
          kinds.slice(open, close + 1).filter((k) => k === 'table' || k === 'signatures'),
        ).toEqual([]);
      }
    },
  );
});

describe('filled for an awkward placement', () => {
  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s: every value exactly as typed, no placeholder left',
    (_name, template) => {
      const values = valuesFor(template);
      const text = renderText(template.blocks, values);
      const elements = templateElements(template.blocks);
      const left = new Set(
        elementsToDelete(elements, values).flatMap(({ first, last }) =>
          Array.from({ length: last - first + 1 }, (_, i) => first + i),
        ),
      );
      const kept = elements.filter((_, position) => !left.has(position)).join('\n');
      for (const { name } of valuePlaceholders(kept)) {
        const value = valueOf(values, name);
        expect(value).toBeDefined();
        expect(text).toContain(shownValue(value ?? ''));
      }
      // The objectives hold a typed `{{`; once they are taken out, no braces are left.
      const withoutTyped = text.split(String(AWKWARD_PLACEMENT.Objectives)).join('');
      expect(withoutTyped).not.toMatch(/\{\{|\}\}/);
    },
  );

  it('the parent/carer agreement holds the awkward values exactly', () => {
    const text = renderText(PARENT_CARER_AGREEMENT.blocks, awkwardValues());
    expect(text).toContain("Our agreement about Aoife O'Brien’s alternative provision");
    expect(text).toContain("Siobhán D'Arcy");
    expect(text).toContain(String(AWKWARD_PLACEMENT.Reason));
    expect(text).toContain(String(AWKWARD_PLACEMENT.Objectives));
    expect(text).toContain('Monday (morning and afternoon), Wednesday morning, Friday afternoon');
    expect(text).toContain(
      'provider’s designated safeguarding lead is Sam Guard; the school’s is Tom Whitfield',
    );
    expect(text).toContain('Review dates this school year: 2 March 2026.');
    expect(text).toContain('Signature: ');
  });

  it('shows an empty optional column as a dash', () => {
    const text = renderText(LA_NOTIFICATION.blocks, awkwardValues());
    expect(text).toContain('Where this pupil is taught, if elsewhere | —');
  });

  it('shows the default expiry of a safeguarding confirmation: received + 12 months (§4)', () => {
    const text = renderText(LA_NOTIFICATION.blocks, awkwardValues());
    expect(text).toContain('Provider’s safeguarding confirmation expires | 1 September 2026');
  });

  it('includes the looked-after section only for a looked-after pupil (P8)', () => {
    const heading = "Working with Aoife O'Brien’s social worker and the virtual school";
    expect(renderText(PARENT_CARER_AGREEMENT.blocks, awkwardValues())).toContain(heading);
    expect(renderText(PARENT_CARER_AGREEMENT.blocks, awkwardValues())).toContain('Dana Okafor');
    const notLookedAfter = awkwardValues({ 'Looked after': 'No' });
    for (const template of PLACEMENT_TEMPLATES) {
      expect(renderText(template.blocks, notLookedAfter)).not.toContain('Dana Okafor');
    }
    expect(renderText(LA_NOTIFICATION.blocks, awkwardValues())).toContain(
      'The pupil is looked after.',
    );
  });

  it('includes the off-site direction notice only for that route (2010 regulations)', () => {
    const offSite = awkwardValues({ Route: 'Off-site direction' });
    const notice = renderText(PARENT_CARER_AGREEMENT.blocks, offSite);
    expect(notice).toContain('Notice of an off-site direction');
    expect(notice).toContain(
      "Where Aoife O'Brien must attend: Riverside Skills Centre, Unit 4, Mill Lane",
    );
    expect(notice).toContain('Who to report to on arrival: Robin Tutor.');
    expect(notice).toContain('from 19 January 2026 to 27 March 2026, 27 days in all');
    expect(notice).toContain('unless it held one in the last 10 weeks');
    expect(renderText(PARENT_CARER_AGREEMENT.blocks, awkwardValues())).not.toContain(
      'off-site direction',
    );
    expect(renderText(LA_NOTIFICATION.blocks, offSite)).toContain(
      'Improving Behaviour) Regulations 2010',
    );
  });

  it('links the plan to the EHCP for a pupil with one (P3)', () => {
    expect(renderText(PERSONALISED_PLAN.blocks, awkwardValues())).toContain('Link to the EHCP');
    const support = renderText(
      PERSONALISED_PLAN.blocks,
      awkwardValues({ 'SEN status': 'SEN support' }),
    );
    expect(support).not.toContain('Link to the EHCP');
    expect(support).toContain("Aoife O'Brien has SEN support.");
  });

  it('the safeguarding request is about the provider, naming its DSL and ours (P12, KCSIE)', () => {
    const text = renderText(SAFEGUARDING_CONFIRMATION_REQUEST.blocks, awkwardProviderValues());
    expect(text).toContain('Dear Robin Tutor,');
    expect(text).toContain('Sam Guard, dsl@riverside.example');
    expect(text).toContain('return it to Tom Whitfield');
    expect(text).toContain('Enhanced DBS certificate, with a check of the children’s barred list');
  });
});

describe('generating from the defaults', () => {
  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s is planned for the awkward placement',
    (_name, template) => {
      const subject =
        template.scope === 'provider'
          ? ({ scope: 'provider', provider: 'Riverside Skills Centre', rowNumber: 2 } as const)
          : ROW_12;
      const plan = planDocument(template, body(template), valuesFor(template), subject, TODAY);
      expect(plan.ok && plan.name).toBe(
        template.scope === 'provider'
          ? 'Riverside Skills Centre Safeguarding confirmation request 2026-01-12'
          : `AP-0007 ${template.documentType} 2026-01-12`,
      );
    },
  );

  it('refuses a required value left empty, naming the column and the Placement ID', () => {
    const values = awkwardValues({ 'Parent/carer name': '', 'Social worker': '' });
    expect(
      requiredValueProblems(
        PARENT_CARER_AGREEMENT,
        templateElements(PARENT_CARER_AGREEMENT.blocks),
        values,
        ROW_12,
      ).map((p) => p.message),
    ).toEqual([
      'Parent/carer agreement for AP-0007 (Placements row 12): Parent/carer name is blank — fill it in on Placements, then generate again',
      'Parent/carer agreement for AP-0007 (Placements row 12): Social worker is blank — fill it in on Placements, then generate again',
    ]);
  });

  it('refuses an off-site direction the LA is told of before the parents’ notice is recorded', () => {
    const values = awkwardValues({ Route: 'Off-site direction' });
    const elements = templateElements(LA_NOTIFICATION.blocks);
    expect(requiredValueProblems(LA_NOTIFICATION, elements, values, ROW_12)).toEqual([
      expect.objectContaining({ column: 'Parent notice date' }),
    ]);
  });

  it('refuses an edited default with a misspelt placeholder, naming it', () => {
    const edited = templateElements(PROVIDER_AGREEMENT.blocks).map((line) =>
      line.replace('{{Pupil name}}', '{{ Pupil nmae }}'),
    );
    expect(templateProblems(PROVIDER_AGREEMENT, edited).map((p) => p.message)).toEqual([
      'Provider agreement: {{Pupil nmae}} is not a column of Placements, Providers or Settings — check the spelling (did you mean Pupil name?)',
    ]);
  });
});
