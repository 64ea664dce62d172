// Tables by header: any column order, extra columns kept, blank rows skipped, add-on blocks only.
import { Placements } from '../../src/domain/sheets/placements';
import { Providers } from '../../src/domain/sheets/providers';
import {
  columnLetter,
  indexHeaders,
  missingHeadersMessage,
  neutraliseFormula,
  readRows,
} from '../../src/domain/table';

describe('finding columns by header', () => {
  it('finds them in any order, ignoring case, stray spaces and curly apostrophes', () => {
    const index = indexHeaders(Placements, [
      ' checks ',
      'Keyworker',
      ...Placements.headers.filter((h) => h !== 'Checks').reverse(),
    ]);
    expect(index.missing).toEqual([]);
    expect(index.columnOf.get('checks')).toBe(0);
    expect(index.columnOf.get('placementId')).toBe(Placements.headers.length);
    expect(
      indexHeaders(Placements, ['Pupil’s own assessment']).columnOf.get('pupilsOwnAssessment'),
    ).toBe(0);
  });

  it('lists missing headers and says how to add them', () => {
    const index = indexHeaders(
      Providers,
      Providers.headers.filter((h) => h !== 'Approved'),
    );
    expect(index.missing).toEqual(['Approved']);
    expect(missingHeadersMessage(Providers, index.missing)).toBe(
      'The Providers sheet has no column headed Approved. Choose Extensions > AP Placements > Set up workbook to add it.',
    );
    expect(missingHeadersMessage(Providers, ['Approved', 'Checks'])).toBe(
      'The Providers sheet has no columns headed Approved, Checks. Choose Extensions > AP Placements > Set up workbook to add them.',
    );
  });

  it('uses the left-most of two columns with the same header', () => {
    expect(indexHeaders(Placements, ['Status', 'Status']).columnOf.get('status')).toBe(0);
  });
});

describe('reading rows', () => {
  const header = ['Notes (ours)', 'Status', 'Pupil name', 'Placement ID'];
  const grid = [
    header,
    ['keep me', 'Active', 'Robin Example', 'AP-0001'],
    ['', '', '  ', ''],
    ['', 'proposed', 'Sam Example', ''],
  ];

  it('reads each non-blank row by header, with the row number staff see', () => {
    const rows = readRows(Placements, grid, indexHeaders(Placements, header));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(rows[1]?.record).toMatchObject({ status: 'Proposed', pupilName: 'Sam Example' });
    expect(rows[0]?.record.placementId).toBe('AP-0001');
  });
});

describe('neutralising text that would be a formula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-5', "'-5"],
    ['@home', "'@home"],
    ['Ordinary text', 'Ordinary text'],
    ['a=b', 'a=b'],
  ])('neutralises %p', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
  });
});

describe('column letters', () => {
  it('names 0-based columns as the sheet does: A…Z, then AA', () => {
    expect([0, 25, 26, 45, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AT',
      'ZZ',
      'AAA',
    ]);
  });
});
