// Planning writes by row identity (src/domain/keyed-cells.ts): what compares equal, how rows are
// found by key, and how cells become as few setValues rectangles as possible.
import { blocksOf, cellText, rowsByKey, sameCell, type Layer } from '../../src/domain/keyed-cells';

describe('comparing a cell as read with what the add-on wrote', () => {
  it('sees text written with a protecting apostrophe as the text getValues gives back', () => {
    // PLATFORM.md: a string starting with = is a formula; the add-on writes "'=x", Sheets shows "=x".
    expect(sameCell('values', "'=SUM(A1)", '=SUM(A1)')).toBe(true);
    expect(sameCell('values', "'quoted", 'quoted')).toBe(false);
  });

  it('compares dates by instant and a cleared colour as white', () => {
    expect(sameCell('values', new Date(2026, 0, 5), new Date(2026, 0, 5))).toBe(true);
    expect(sameCell('values', new Date(2026, 0, 5), '2026-01-05')).toBe(false);
    expect(sameCell('backgrounds', null, '#FFFFFF')).toBe(true);
    expect(sameCell('values', 7, '7')).toBe(false);
  });

  it('answers as comparing the two cells as text would, for every pair of kinds of cell', () => {
    const cells: unknown[] = [
      '',
      null,
      undefined,
      'x',
      "'=A1",
      '=A1',
      "'x",
      'X',
      '#FFFFFF',
      '#ffffff',
      0,
      -0,
      7,
      NaN,
      true,
      false,
      new Date(2026, 0, 5),
      new Date(2026, 0, 5),
      new Date(2026, 0, 6),
      '7',
    ];
    for (const layer of ['values', 'notes', 'backgrounds'] as Layer[])
      for (const a of cells)
        for (const b of cells)
          expect([layer, a, b, sameCell(layer, a, b)]).toEqual([
            layer,
            a,
            b,
            cellText(layer, a) === cellText(layer, b),
          ]);
  });
});

describe('finding rows by key', () => {
  it('lists every row with a key in sheet order, skipping rows with none', () => {
    const values = [['Placement ID'], ['AP-0002'], [''], ['AP-0001'], ['AP-0002']];
    const keys = rowsByKey(values, (cells) => (cells[0] === '' ? undefined : String(cells[0])));
    expect([...keys]).toEqual([
      ['AP-0002', [2, 5]],
      ['AP-0001', [4]],
    ]);
  });
});

describe('grouping cells into rectangles', () => {
  it('stacks the same run of columns on adjacent rows, and splits at gaps', () => {
    const cells = [2, 3, 4, 6].flatMap((row) => [
      { layer: 'values' as const, row, column: 5, value: `C${row}` },
      { layer: 'values' as const, row, column: 6, value: `D${row}` },
    ]);
    expect(blocksOf(cells)).toEqual([
      {
        layer: 'values',
        row: 2,
        column: 5,
        values: [
          ['C2', 'D2'],
          ['C3', 'D3'],
          ['C4', 'D4'],
        ],
      },
      { layer: 'values', row: 6, column: 5, values: [['C6', 'D6']] },
    ]);
  });

  it('keeps layers apart and columns that are not adjacent apart', () => {
    const blocks = blocksOf([
      { layer: 'notes', row: 2, column: 0, value: 'n' },
      { layer: 'values', row: 2, column: 0, value: 'a' },
      { layer: 'values', row: 2, column: 2, value: 'c' },
    ]);
    expect(blocks.map((b) => `${b.layer}@${b.row},${b.column}x${b.values[0]?.length}`)).toEqual([
      'notes@2,0x1',
      'values@2,0x1',
      'values@2,2x1',
    ]);
  });
});
