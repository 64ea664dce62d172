// The Document resource's index arithmetic: section break, paragraphs ending in '\n', tables' own indices.
import { applyBatch } from '../../../emulator/docs/batch';
import { bodyContent, type StructuralElementJSON } from '../../../emulator/docs/structure';
import { bodyUnits } from '../../../emulator/docs/units';

const STRUCTURE = 'https://developers.google.com/docs/api/concepts/structure';
const INSERT_TABLE =
  'https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest';

/** [startIndex, endIndex, what] for every element, cell and paragraph, depth first. */
function outline(
  content: readonly StructuralElementJSON[],
): Array<[number | undefined, number, string]> {
  const out: Array<[number | undefined, number, string]> = [];
  for (const el of content) {
    if (el.sectionBreak) out.push([el.startIndex, el.endIndex, 'sectionBreak']);
    if (el.paragraph) {
      const text = el.paragraph.elements.map((e) => e.textRun.content).join('');
      out.push([
        el.startIndex,
        el.endIndex,
        `${el.paragraph.paragraphStyle.namedStyleType} ${JSON.stringify(text)}`,
      ]);
    }
    if (el.table) {
      out.push([el.startIndex, el.endIndex, `table ${el.table.rows}x${el.table.columns}`]);
      for (const row of el.table.tableRows) {
        out.push([row.startIndex, row.endIndex, 'row']);
        for (const cell of row.tableCells) {
          out.push([cell.startIndex, cell.endIndex, 'cell']);
          out.push(...outline(cell.content));
        }
      }
    }
  }
  return out;
}

describe(`indices (${STRUCTURE}#start_and_end_index)`, () => {
  it('a heading, a paragraph, a 2x2 table and a last paragraph: one index per UTF-16 unit, one for each table start, row, cell and end [reported: +1 per nesting level]', () => {
    const units = bodyUnits([
      { text: 'Plan', style: 'HEADING_1' },
      { text: 'Hello' },
      {
        table: [
          ['A', 'B'],
          ['C', 'D'],
        ],
      },
      { text: 'End' },
    ]);
    expect(outline(bodyContent(units))).toEqual([
      [undefined, 1, 'sectionBreak'],
      [1, 6, 'HEADING_1 "Plan\\n"'],
      [6, 12, 'NORMAL_TEXT "Hello\\n"'],
      [12, 28, 'table 2x2'],
      [13, 20, 'row'],
      [14, 17, 'cell'],
      [15, 17, 'NORMAL_TEXT "A\\n"'],
      [17, 20, 'cell'],
      [18, 20, 'NORMAL_TEXT "B\\n"'],
      [20, 27, 'row'],
      [21, 24, 'cell'],
      [22, 24, 'NORMAL_TEXT "C\\n"'],
      [24, 27, 'cell'],
      [25, 27, 'NORMAL_TEXT "D\\n"'],
      [28, 32, 'NORMAL_TEXT "End\\n"'],
    ]);
  });

  it('text runs carry their own indices, split where the style changes', () => {
    const units = bodyUnits([{ text: 'ab' }]);
    const { units: styled } = applyBatch(units, [
      {
        updateTextStyle: {
          range: { startIndex: 2, endIndex: 3 },
          textStyle: { bold: true },
          fields: 'bold',
        },
      },
    ]);
    const paragraph = bodyContent(styled)[1]?.paragraph;
    expect(paragraph?.elements).toEqual([
      { startIndex: 1, endIndex: 2, textRun: { content: 'a', textStyle: {} } },
      { startIndex: 2, endIndex: 3, textRun: { content: 'b', textStyle: { bold: true } } },
      { startIndex: 3, endIndex: 4, textRun: { content: '\n', textStyle: {} } },
    ]);
  });

  it('counts UTF-16 code units: an emoji takes two indices', () => {
    const content = bodyContent(bodyUnits([{ text: '😀x' }]));
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 5 });
  });

  it(`insertTable at index 1 of an empty doc: a newline first, the table at index 2, cells' paragraphs at 5, 7, 10, 12 (${INSERT_TABLE}; [reported] first cell at index + 4, +2 per cell, +1 per row)`, () => {
    const { units } = applyBatch(bodyUnits([]), [
      { insertTable: { rows: 2, columns: 2, location: { index: 1 } } },
    ]);
    const content = bodyContent(units);
    const table = content[2];
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 2 });
    expect(table).toMatchObject({ startIndex: 2, endIndex: 14 });
    const starts = table?.table?.tableRows.flatMap((r) =>
      r.tableCells.map((c) => c.content[0]?.startIndex),
    );
    expect(starts).toEqual([5, 7, 10, 12]);
    expect(content[3]).toMatchObject({ startIndex: 14, endIndex: 15 });
  });

  it('a body never starts with a table, nor holds two tables side by side: a paragraph sits between', () => {
    const content = bodyContent(bodyUnits([{ table: [['x']] }, { table: [['y']] }]));
    expect(content.map((e) => (e.table ? 'table' : e.paragraph ? 'p' : 'section'))).toEqual([
      'section',
      'p',
      'table',
      'p',
      'table',
      'p',
    ]);
  });
});
