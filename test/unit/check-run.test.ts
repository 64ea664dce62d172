// A run of the checks: which rows it covers, and the one-line summary it ends with (issue 3, item 4).
import { checkSummary, countRows, rowsInUse } from '../../src/domain/check-run';
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
  it('counts rows, not problems, each row once by its worst problem', () => {
    const counts = countRows([
      { problems: [] },
      { problems: [error('UPN', 'x'), error('Start date', 'y'), warning('Year group', 'z')] },
      { problems: [warning('Year group', 'z'), warning('Sessions', 'w')] },
      { problems: [warning('Year group', 'z')] },
    ]);
    expect(counts).toEqual({ rows: 4, withErrors: 1, withWarnings: 2 });
  });
});

describe('the summary', () => {
  it('reads as designed', () => {
    expect(
      checkSummary(
        { rows: 42, withErrors: 3, withWarnings: 5 },
        { rows: 8, withErrors: 1, withWarnings: 0 },
      ),
    ).toBe(
      '42 placements checked: 3 with errors, 5 with warnings. 8 providers checked: 1 with errors.',
    );
  });

  it('says all OK, uses the singular for one, and says when there is nothing to check', () => {
    expect(
      checkSummary(
        { rows: 1, withErrors: 0, withWarnings: 0 },
        { rows: 0, withErrors: 0, withWarnings: 0 },
      ),
    ).toBe('1 placement checked: all OK. No providers to check.');
  });

  it('names settings that could not be read', () => {
    const counts = { rows: 2, withErrors: 0, withWarnings: 1 };
    expect(
      checkSummary(counts, counts, [{ message: "Expiry warning days: 'soon' is not a number" }]),
    ).toBe(
      "2 placements checked: 1 with warnings. 2 providers checked: 1 with warnings. Settings: Expiry warning days: 'soon' is not a number — correct this on the Settings sheet.",
    );
  });
});
