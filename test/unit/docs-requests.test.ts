// The Docs requests that write a template and fill a copy, applied to the emulator's body model (index rules).
import fc from 'fast-check';
import { applyBatch } from '../../emulator/docs/batch';
import { renderText } from '../../emulator/docs/render';
import { bodyContent } from '../../emulator/docs/structure';
import { bodyUnits, type Unit } from '../../emulator/docs/units';
import {
  fillText,
  sequentialReplacements,
  type Replacement,
} from '../../src/domain/documents/fill';
import type { TemplateBlock } from '../../src/domain/documents/model';
import {
  fillRequests,
  templateRequests,
  type TemplateElement,
} from '../../src/workspace/docs-requests';

const p = (text: string): TemplateBlock => ({ kind: 'paragraph', text });
const h = (text: string): TemplateBlock => ({ kind: 'heading1', text });
const t = (...rows: string[][]): TemplateBlock => ({ kind: 'table', rows });

function written(blocks: readonly TemplateBlock[]): Unit[] {
  return applyBatch(bodyUnits([]), templateRequests(blocks)).units;
}

/** The body's elements with indexes, as the Docs adapter reads them (paragraphs; a table whole). */
function elementsOf(units: readonly Unit[]): TemplateElement[] {
  return bodyContent(units).flatMap((el): TemplateElement[] => {
    if (el.paragraph) {
      const text = el.paragraph.elements.map((e) => e.textRun.content).join('');
      return [
        {
          text: text.replace(/\n$/, ''),
          startIndex: el.startIndex ?? 0,
          endIndex: el.endIndex,
          isTable: false,
        },
      ];
    }
    if (el.table) {
      return [
        { text: 'table', startIndex: el.startIndex ?? 0, endIndex: el.endIndex, isTable: true },
      ];
    }
    return [];
  });
}

describe('templateRequests: a template written into an empty Doc in one batch', () => {
  it('gives exactly the model’s paragraphs and tables, whatever is first or last', () => {
    const blocks = [
      t(['A', 'B'], ['', 'd']),
      h('Heading'),
      p(''),
      p('Text with “quotes” and 🙂'),
      t(['x']),
      t(['y', 'z']),
      p('Last'),
    ];
    expect(renderText(written(blocks))).toBe(
      ['', 'A\tB', '\td', 'Heading', '', 'Text with “quotes” and 🙂', 'x', '', 'y\tz', 'Last'].join(
        '\n',
      ),
    );
  });

  it('ends with a paragraph after a final table, as Docs requires', () => {
    expect(renderText(written([p('Intro'), t(['a', 'b'])]))).toBe('Intro\na\tb\n');
  });

  it('styles every paragraph explicitly, so none inherits a heading', () => {
    const units = written([h('One'), p('two'), h('Three')]);
    const styles = bodyContent(units)
      .filter((el) => el.paragraph)
      .map((el) => el.paragraph?.paragraphStyle.namedStyleType);
    expect(styles).toEqual(['HEADING_1', 'NORMAL_TEXT', 'HEADING_1']);
  });
});

describe('fillRequests: one batch of deletions and replacements', () => {
  it('keeps the newline before a table when a left-out block ends there (Docs refuses it)', () => {
    const units = written([p('Keep'), p('{{#if X}}'), p('Gone'), p('{{/if}}'), t(['{{A}}'])]);
    const elements = elementsOf(units);
    const marker = elements[3] as TemplateElement;
    const requests = fillRequests(
      {
        deletions: [{ startIndex: elements[1]?.startIndex ?? 0, endIndex: marker.endIndex }],
        replacements: [{ find: '{{A}}', replace: 'a' }],
      },
      elements,
    );
    expect(requests[0]).toEqual({
      deleteContentRange: {
        range: { startIndex: elements[1]?.startIndex, endIndex: marker.endIndex - 1 },
      },
    });
    expect(renderText(applyBatch(units, requests).units)).toBe('Keep\n\na\n');
  });

  it('drops a range that keeping that newline leaves empty, and replaces with matchCase', () => {
    const units = written([p('x'), p(''), t(['y'])]);
    const elements = elementsOf(units);
    const empty = elements[1] as TemplateElement;
    expect(elements[2]?.startIndex).toBe(empty.endIndex);
    const requests = fillRequests(
      {
        deletions: [{ startIndex: empty.startIndex, endIndex: empty.endIndex }],
        replacements: [{ find: 'x', replace: 'X' }],
      },
      elements,
    );
    expect(requests).toEqual([
      { replaceAllText: { containsText: { text: 'x', matchCase: true }, replaceText: 'X' } },
    ]);
  });
});

describe('sequentialReplacements through Docs: tokens Docs does not strip', () => {
  /** Docs' replaceAllText in order, as the emulator applies it (it strips private-use characters). */
  function inDocs(text: string, replacements: readonly Replacement[]): string {
    const requests = replacements.map(({ find, replace }) => ({
      replaceAllText: { containsText: { text: find, matchCase: true }, replaceText: replace },
    }));
    return renderText(applyBatch(bodyUnits([{ text }]), requests).units);
  }

  it('fills through Docs exactly as the reference filling, even a value holding a placeholder', () => {
    const text = 'Dear {{A}}, {{B}} ␀';
    const replacements = [
      { find: '{{A}}', replace: 'Ann {{B}} $1 \\' },
      { find: '{{B}}', replace: '␁ b' },
    ];
    const tokens = sequentialReplacements(replacements, text);
    expect(tokens.map((r) => r.find + r.replace).join('')).not.toMatch(/[\ue000-\uf8ff]/);
    expect(inDocs(text, tokens)).toBe(fillText(text, replacements));
  });

  it('equals the reference filling for any values (property)', () => {
    const name = fc.constantFrom('{{A}}', '{{B}}', '{{C}}');
    const piece = fc.oneof(
      // Characters Docs strips on insertion are left out: the reference keeps them, Docs cannot.
      // eslint-disable-next-line no-control-regex
      fc.string({ maxLength: 8 }).map((s) => s.replace(/[\u0000-\u001f\ue000-\uf8ff]/g, '')),
      name,
      fc.constantFrom('{{', '}}', '$&', '\\', '␀', '␂'),
    );
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 3, maxLength: 3 }), (doc, values) => {
        const replacements = ['{{A}}', '{{B}}', '{{C}}'].map((find, i) => ({
          find,
          replace: values[i] ?? '',
        }));
        const tokens = sequentialReplacements(replacements, doc);
        expect(inDocs(doc, tokens)).toBe(fillText(doc, replacements));
      }),
    );
  });
});
