// A run of the checks: which rows it covers, and the one-line summary it ends with (issue 3, item 4).
import {
  checkSummary,
  countRows,
  ROWS_NAMED,
  rowName,
  rowsInUse,
} from '../../src/domain/check-run';
import { error, warning } from '../../src/domain/rules/problem';
import { Placements } from '../../src/domain/sheets/placements';
import { indexHeaders } from '../../src/domain/table';

describe('the rows a run covers', () => {
  const header = ['Placement ID', 'Pupil name', 'Keyworker', 'Checks', ...Placements.headers];
  const index = indexHeaders(Placements, header);
  const row = (cells: Record<number, unknown>) => header.map((_h, c) => cells[c] ?? '');

  it('takes rows a person typed in, in any column, and leaves rows holding only our cells', () => {
    const grid = [
      header,
      row({ 1: 'Robin Example' }),
      row({ 0: 'AP-0002', 3: 'OK' }),
      row({}),
      row({ 2: 'Mx Keyworker' }),
      row({ 0: 'AP-0005', 3: 'Pupil name: blank', 1: '  ' }),
    ];
    expect([...rowsInUse(Placements, grid, index)]).toEqual([2, 5]);
  });

  it('is empty for a header-only sheet', () => {
    expect(rowsInUse(Placements, [header], index).size).toBe(0);
  });
});

describe('counting rows', () => {
  it('counts rows, not problems, each row once by its worst problem, naming the rows with errors', () => {
    const counts = countRows(
      [
        { rowNumber: 2, problems: [] },
        {
          rowNumber: 9,
          problems: [error('UPN', 'x'), error('Start date', 'y'), warning('Year group', 'z')],
        },
        { rowNumber: 3, problems: [warning('Year group', 'z'), warning('Sessions', 'w')] },
        { rowNumber: 4, problems: [warning('Year group', 'z')] },
        { rowNumber: 5, problems: [error('UPN', 'x')] },
      ],
      (check) => rowName(check.rowNumber, `AP-000${check.rowNumber}`),
    );
    expect(counts).toEqual({
      rows: 5,
      withErrors: 2,
      withWarnings: 2,
      errorRows: ['AP-0005 on row 5', 'AP-0009 on row 9'],
    });
  });
});

const none = { rows: 0, withErrors: 0, withWarnings: 0, errorRows: [] };

describe('the summary', () => {
  it('reads as designed, naming the first rows with errors', () => {
    expect(
      checkSummary({
        placements: {
          rows: 42,
          withErrors: 3,
          withWarnings: 5,
          errorRows: ['AP-0004 on row 5', 'AP-0007 on row 9', 'row 14'],
        },
        providers: { rows: 8, withErrors: 1, withWarnings: 0, errorRows: ['row 3'] },
      }),
    ).toBe(
      '42 placements checked: 3 with errors (AP-0004 on row 5, AP-0007 on row 9, row 14), 5 with warnings. 8 providers checked: 1 with errors (row 3).',
    );
  });

  it(`names at most ${ROWS_NAMED} rows and counts the rest`, () => {
    const errorRows = Array.from({ length: 8 }, (_, i) => rowName(i + 2, `AP-000${i + 1}`));
    expect(
      checkSummary({
        placements: { rows: 8, withErrors: 8, withWarnings: 0, errorRows },
        providers: none,
      }),
    ).toBe(
      '8 placements checked: 8 with errors (AP-0001 on row 2, AP-0002 on row 3, AP-0003 on row 4, AP-0004 on row 5, AP-0005 on row 6 and 3 more). No providers to check.',
    );
  });

  it('says all OK, uses the singular for one, and says when there is nothing to check', () => {
    expect(
      checkSummary({
        placements: { rows: 1, withErrors: 0, withWarnings: 0, errorRows: [] },
        providers: none,
      }),
    ).toBe('1 placement checked: all OK. No providers to check.');
  });

  it('says Reviews rows only when some have problems', () => {
    const reviews = { rows: 3, withErrors: 1, withWarnings: 1, errorRows: ['row 4'] };
    expect(checkSummary({ placements: none, providers: none, reviews })).toBe(
      'No placements to check. No providers to check. 3 reviews checked: 1 with errors (row 4), 1 with warnings.',
    );
    const fine = { rows: 3, withErrors: 0, withWarnings: 0, errorRows: [] };
    expect(checkSummary({ placements: none, providers: none, reviews: fine })).toBe(
      'No placements to check. No providers to check.',
    );
  });

  it('names settings that could not be read', () => {
    const counts = { rows: 2, withErrors: 0, withWarnings: 1, errorRows: [] };
    expect(
      checkSummary({ placements: counts, providers: counts }, [
        { message: "Expiry warning days: 'soon' is not a number" },
      ]),
    ).toBe(
      "2 placements checked: 1 with warnings. 2 providers checked: 1 with warnings. Settings: Expiry warning days: 'soon' is not a number — correct this on the Settings sheet.",
    );
  });
});
