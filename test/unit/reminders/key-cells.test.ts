// The Reminders sent record's keys split into cells (src/workspace/reminder-record.ts): each cell a
// JSON array short enough for one cell (a cell holds at most 50,000 characters), in linear time.
import { keyCells } from '../../../src/workspace/reminder-record';

/** The split as first written: re-measuring the whole chunk for every key (quadratic). */
function naive(keys: readonly string[]): string[] {
  const cells: string[] = [];
  let chunk: string[] = [];
  for (const key of keys) {
    if (chunk.length > 0 && JSON.stringify([...chunk, key]).length > 40_000) {
      cells.push(JSON.stringify(chunk));
      chunk = [];
    }
    chunk.push(key);
  }
  cells.push(JSON.stringify(chunk));
  return cells;
}

const keysOf = (count: number, extra = '') =>
  Array.from(
    { length: count },
    (_, i) =>
      `missing-attendance:AP-${String(i).padStart(5, '0')}:2026-10-13:AM:pastoral@2026-10-13${extra}`,
  );

describe('keyCells', () => {
  it.each([
    ['no keys', []],
    ['one key', keysOf(1)],
    ['a few keys', keysOf(30)],
    ['exactly a cell’s worth and more', keysOf(1_200)],
    ['thousands of keys', keysOf(6_000)],
    ['keys with quotes and backslashes', keysOf(900, ' "Riverside" \\ Centre')],
  ])('splits %s exactly as measuring each chunk whole would', (_name, keys) => {
    const cells = keyCells(keys);
    expect(cells).toEqual(naive(keys));
    expect(cells.every((cell) => cell.length <= 40_000)).toBe(true);
    expect(cells.flatMap((cell) => JSON.parse(cell) as string[])).toEqual(keys);
  });
});
