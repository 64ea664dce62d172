// Placement IDs: AP-0001…, the next above every number in the column and every number ever issued (DOMAIN.md §4).
import fc from 'fast-check';
import {
  formatPlacementId,
  newPlacementIds,
  placementNumber,
  recordedHighest,
} from '../../src/domain/placement-ids';

describe('reading the number in a Placement ID', () => {
  it.each([
    ['AP-0012', 12],
    ['ap-0012', 12],
    [' AP-12 ', 12],
    ['AP-10000', 10000],
  ])('reads %p as %p', (cell, number) => {
    expect(placementNumber(cell)).toBe(number);
  });

  it.each([
    ['', undefined],
    ['AP-', undefined],
    ['AP-00x1', undefined],
    ['AP 0012', undefined],
    ['AP-0012 (old)', undefined],
    ['12', undefined],
    [12, undefined],
    [null, undefined],
    [new Date(2026, 0, 1), undefined],
    [`AP-${'9'.repeat(30)}`, undefined],
  ])('finds no number in %p', (cell, number) => {
    expect(placementNumber(cell)).toBe(number);
  });
});

describe('formatting an ID', () => {
  it('pads to four digits and grows past them', () => {
    expect(formatPlacementId(1)).toBe('AP-0001');
    expect(formatPlacementId(42)).toBe('AP-0042');
    expect(formatPlacementId(12345)).toBe('AP-12345');
  });
});

describe('the highest number recorded outside the sheet', () => {
  it.each([
    ['17', 17],
    [null, 0],
    [undefined, 0],
    ['', 0],
    ['seventeen', 0],
    ['-4', 0],
    ['2.5', 0],
  ])('reads %p as %p', (stored, number) => {
    expect(recordedHighest(stored)).toBe(number);
  });
});

describe('numbering new placements', () => {
  it('starts at AP-0001 on an empty column', () => {
    const { ids, highest } = newPlacementIds([], [2, 3], 0);
    expect([...ids]).toEqual([
      [2, 'AP-0001'],
      [3, 'AP-0002'],
    ]);
    expect(highest).toBe(2);
  });

  it('goes above the highest in the column, not the count of rows, so gaps stay gaps', () => {
    const { ids } = newPlacementIds(['AP-0001', 'AP-0007', '', 'AP-0003'], [4], 0);
    expect(ids.get(4)).toBe('AP-0008');
  });

  it('never reuses the number of a deleted row: the recorded highest still counts', () => {
    // AP-0009 was the last issued; its row was deleted, so the column now stops at AP-0008.
    const { ids, highest } = newPlacementIds(['AP-0008'], [5], 9);
    expect(ids.get(5)).toBe('AP-0010');
    expect(highest).toBe(10);
  });

  it('goes above a higher ID typed or pasted into the column', () => {
    expect(newPlacementIds(['ap-0040', 'AP-0002'], [6], 12).ids.get(6)).toBe('AP-0041');
  });

  it('ignores odd text in the ID column', () => {
    const column = ['AP-0003', 'see row 4', 'AP-00x9', 99, '#N/A', '=AP-0100', null];
    expect(newPlacementIds(column, [9], 0).ids.get(9)).toBe('AP-0004');
  });

  it('numbers rows in row order, whatever order they are given in, each once', () => {
    const { ids } = newPlacementIds(['AP-0001'], [9, 3, 9, 5], 0);
    expect([...ids]).toEqual([
      [3, 'AP-0002'],
      [5, 'AP-0003'],
      [9, 'AP-0004'],
    ]);
  });

  it('reports the highest in use when no row needs an ID, so it can be recorded', () => {
    expect(newPlacementIds(['AP-0030'], [], 12)).toEqual({ ids: new Map(), highest: 30 });
    expect(newPlacementIds(['AP-0030'], [], 45).highest).toBe(45);
  });

  it('never issues an ID already in the column or issued before (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(5000).map(formatPlacementId), fc.string()), { maxLength: 40 }),
        fc.nat(5000),
        fc.uniqueArray(fc.integer({ min: 2, max: 200 }), { maxLength: 10 }),
        (column, recorded, rows) => {
          const { ids, highest } = newPlacementIds(column, rows, recorded);
          const taken = new Set(column.map(placementNumber).filter((n) => n !== undefined));
          const issued = [...ids.values()].map((id) => placementNumber(id) ?? -1);
          expect(new Set(issued).size).toBe(rows.length);
          for (const n of issued) {
            expect(taken.has(n)).toBe(false);
            expect(n).toBeGreaterThan(recorded);
          }
          expect(highest).toBeGreaterThanOrEqual(Math.max(recorded, ...issued));
        },
      ),
      { numRuns: 300 },
    );
  });
});
