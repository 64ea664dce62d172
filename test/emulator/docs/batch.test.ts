// batchUpdate requests on a body: literal replaceAllText, insertText, deleteContentRange's rules, styles, atomicity.
import { applyBatch } from '../../../emulator/docs/batch';
import { InvalidRequest } from '../../../emulator/docs/request-error';
import { renderText } from '../../../emulator/docs/render';
import { bodyContent } from '../../../emulator/docs/structure';
import { bodyUnits, type Block, type Unit } from '../../../emulator/docs/units';

const REQUEST = 'https://developers.google.com/docs/api/reference/rest/v1/documents/request';
const BATCH = 'https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate';

function run(
  blocks: readonly Block[],
  requests: unknown[],
): { text: string; units: Unit[]; replies: object[] } {
  const { units, replies } = applyBatch(bodyUnits(blocks), requests);
  return { text: renderText(units), units, replies };
}

const replace = (text: string, replaceText: string, matchCase = true) => ({
  replaceAllText: { containsText: { text, matchCase }, replaceText },
});

describe(`replaceAllText (${REQUEST}#replacealltextrequest)`, () => {
  it('replaces every occurrence literally: $1, $&, backslashes, {{ and regex characters come out as given', () => {
    const awkward = "O'Brien pays $1 and $& \\ back {{Name}} (a+b)*[c]? ^$ \\1";
    const { text, replies } = run(
      [{ text: 'Dear {{Parent/carer name}}, re {{Name}}.' }, { text: 'Again: {{Name}}' }],
      [replace('{{Name}}', awkward), replace('{{Parent/carer name}}', 'Ann $2')],
    );
    expect(text).toBe(`Dear Ann $2, re ${awkward}.\nAgain: ${awkward}`);
    expect(replies).toEqual([
      { replaceAllText: { occurrencesChanged: 2 } },
      { replaceAllText: { occurrencesChanged: 1 } },
    ]);
  });

  it('treats the search text literally too: "(a+b)" matches only itself', () => {
    const { text } = run([{ text: 'x (a+b) aab' }], [replace('(a+b)', 'SUM')]);
    expect(text).toBe('x SUM aab');
  });

  it('matchCase false (the default) ignores case; true does not', () => {
    expect(run([{ text: 'Name NAME name' }], [replace('name', 'x', false)]).text).toBe('x x x');
    expect(run([{ text: 'Name NAME name' }], [replace('name', 'x', true)]).text).toBe(
      'Name NAME x',
    );
  });

  it('finds text in table cells and headings; a match never spans two paragraphs [open]', () => {
    const { text } = run(
      [
        { text: '{{A}}', style: 'HEADING_2' },
        { table: [['{{A}}', 'b']] },
        { text: '{{' },
        { text: 'A}}' },
      ],
      [replace('{{A}}', 'ok')],
    );
    expect(text).toBe('ok\nok\tb\n{{\nA}}');
  });

  it('omits occurrencesChanged when nothing matched (JSON leaves out zero) [reported: https://github.com/n8n-io/n8n/issues/13230 shows `replaceAllText: {}`]', () => {
    expect(run([{ text: 'x' }], [replace('{{none}}', 'y')]).replies).toEqual([
      { replaceAllText: {} },
    ]);
  });

  it('keeps the paragraph style of the text it replaces', () => {
    const { units } = run([{ text: '{{T}}', style: 'TITLE' }], [replace('{{T}}', 'Agreement')]);
    expect(bodyContent(units)[1]?.paragraph?.paragraphStyle.namedStyleType).toBe('TITLE');
  });
});

describe(`insertText (${REQUEST}#inserttextrequest)`, () => {
  it('inserts at an index; endOfSegmentLocation appends before the final newline', () => {
    const { text } = run(
      [{ text: 'ac' }],
      [
        { insertText: { location: { index: 2 }, text: 'b' } },
        { insertText: { endOfSegmentLocation: {}, text: '\nd' } },
      ],
    );
    expect(text).toBe('abc\nd');
  });

  it('strips control characters U+0000-U+0008, U+000C-U+001F and private-use characters', () => {
    expect(
      run(
        [{ text: '' }],
        [{ insertText: { location: { index: 1 }, text: 'a\u0001\u0010b\ue000c' } }],
      ).text,
    ).toBe('abc');
  });

  it('refuses an index past the end of the body, and one between a paragraph and a table [reported wording]', () => {
    expect(() =>
      run([{ text: 'ab' }], [{ insertText: { location: { index: 4 }, text: 'x' } }]),
    ).toThrow(
      'Invalid requests[0].insertText: Index 4 must be less than the end index of the referenced segment, 4.',
    );
    expect(() =>
      run(
        [{ text: 'a' }, { table: [['x']] }],
        [{ insertText: { location: { index: 3 }, text: 'x' } }],
      ),
    ).toThrow(
      'Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph.',
    );
  });
});

describe(`deleteContentRange (${REQUEST}#deletecontentrangerequest)`, () => {
  const del = (startIndex: number, endIndex: number) => ({
    deleteContentRange: { range: { startIndex, endIndex } },
  });
  // 1-6 "Keep\n", 6-11 "Drop\n", table 11-17 (row 12, cell 13, "x\n" 14-16, end marker 16), 17-22 "Tail\n"
  const doc: Block[] = [{ text: 'Keep' }, { text: 'Drop' }, { table: [['x']] }, { text: 'Tail' }];

  it('deletes a whole paragraph; the next one moves up', () => {
    const { text, units } = run(doc, [del(1, 6)]);
    expect(text).toBe('Drop\nx\nTail');
    expect(bodyContent(units)[2]).toMatchObject({ startIndex: 6, endIndex: 12 });
  });

  it('refuses the paragraph just before a table (its newline is "the newline character before a Table") [reported: https://github.com/think41/extrasuite/issues/58]', () => {
    expect(() => run(doc, [del(6, 11)])).toThrow(
      'Invalid deletion range. Cannot delete the requested range.',
    );
  });

  it('deletes a whole table together with the newline before it', () => {
    expect(run(doc, [del(10, 17)]).text).toBe('Keep\nDropTail');
  });

  it('deletes the content of a cell but not its last newline', () => {
    expect(run(doc, [del(14, 15)]).text).toBe('Keep\nDrop\n\nTail');
    expect(() => run(doc, [del(14, 16)])).toThrow(
      'Invalid requests[0].deleteContentRange: Invalid deletion range. Cannot delete the requested range.',
    );
  });

  it('refuses part of a table, and the newline before a table without the table', () => {
    for (const [s, e] of [
      [9, 14],
      [11, 15],
      [15, 19],
      [10, 11],
    ] as const) {
      expect(() => run(doc, [del(s, e)])).toThrow(
        'Invalid deletion range. Cannot delete the requested range.',
      );
    }
  });

  it("refuses the body's final newline and an empty range [reported wording]", () => {
    expect(() => run(doc, [del(17, 22)])).toThrow(
      'Invalid requests[0].deleteContentRange: The range cannot include the newline character at the end of the segment.',
    );
    expect(() => run(doc, [del(3, 3)])).toThrow(
      'Invalid requests[0].deleteContentRange: The range should not be empty.',
    );
  });

  it('applies requests in order, each on the result of the last (delete high to low keeps indices)', () => {
    expect(run(doc, [del(17, 19), del(1, 3)]).text).toBe('ep\nDrop\nx\nil');
  });
});

describe(`batchUpdate is atomic (${BATCH})`, () => {
  it('an invalid request anywhere fails the batch, naming its position, and changes nothing', () => {
    const body = bodyUnits([{ text: 'Hello {{Name}}' }]);
    const before = renderText(body);
    expect(() =>
      applyBatch(body, [
        replace('{{Name}}', 'Ann'),
        { deleteContentRange: { range: { startIndex: 1, endIndex: 99 } } },
      ]),
    ).toThrow(InvalidRequest);
    expect(() =>
      applyBatch(body, [
        replace('{{Name}}', 'Ann'),
        { deleteContentRange: { range: { startIndex: 1, endIndex: 99 } } },
      ]),
    ).toThrow(/^Invalid requests\[1\]\.deleteContentRange: /);
    expect(renderText(body)).toBe(before);
  });

  it('an unknown request kind is a payload error [reported wording]', () => {
    expect(() => applyBatch(bodyUnits([]), [{ replaceEverything: {} }])).toThrow(
      `Invalid JSON payload received. Unknown name "replaceEverything" at 'requests[0]': Cannot find field.`,
    );
  });

  it('reports whether anything changed', () => {
    const body = bodyUnits([{ text: 'x' }]);
    expect(applyBatch(body, [replace('y', 'z')]).changed).toBe(false);
    expect(applyBatch(body, [replace('x', 'z')]).changed).toBe(true);
  });
});

describe(`paragraph and text styles (${REQUEST}#updateparagraphstylerequest)`, () => {
  it('updateParagraphStyle sets namedStyleType on every paragraph the range touches', () => {
    const { units } = run(
      [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
      [
        {
          updateParagraphStyle: {
            range: { startIndex: 2, endIndex: 4 },
            paragraphStyle: { namedStyleType: 'HEADING_3' },
            fields: 'namedStyleType',
          },
        },
      ],
    );
    const styles = bodyContent(units).flatMap((e) =>
      e.paragraph ? [e.paragraph.paragraphStyle.namedStyleType] : [],
    );
    expect(styles).toEqual(['HEADING_3', 'HEADING_3', 'NORMAL_TEXT']);
  });

  it('requires a field mask [reported wording]', () => {
    expect(() =>
      run(
        [{ text: 'a' }],
        [{ updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: {} } }],
      ),
    ).toThrow("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  });
});

describe(`table rows (${REQUEST}#inserttablerowrequest)`, () => {
  it('insertTableRow below a row adds empty cells; deleteTableRow removes one', () => {
    const doc: Block[] = [{ text: 'a' }, { table: [['1', '2']] }];
    const added = run(doc, [
      {
        insertTableRow: {
          tableCellLocation: { tableStartLocation: { index: 3 }, rowIndex: 0 },
          insertBelow: true,
        },
      },
      { insertText: { location: { index: 13 }, text: 'x' } },
    ]);
    expect(added.text).toBe('a\n1\t2\nx\t\n');
    const removed = applyBatch(added.units, [
      { deleteTableRow: { tableCellLocation: { tableStartLocation: { index: 3 }, rowIndex: 0 } } },
    ]);
    expect(renderText(removed.units)).toBe('a\nx\t\n');
  });
});
