// Writes chosen cells of a table already read: a setValues per run of adjacent cells, nothing else.
import type { SheetSchema } from '../domain/columns';
import { cellToWrite } from '../domain/table';
import type { Table } from './table';

/** Runs of consecutive numbers, in order: [2, 3, 5] → [[2, 3], [5]]. */
function runs(numbers: readonly number[]): number[][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const found: number[][] = [];
  for (const n of sorted) {
    const last = found[found.length - 1];
    if (last && last[last.length - 1] === n - 1) last.push(n);
    else found.push([n]);
  }
  return found;
}

function cellOf<S extends SheetSchema>(table: Table<S>, key: string, value: unknown): unknown {
  const column = table.schema.columns[key];
  return column ? table.dates.toCell(cellToWrite(column, value)) : '';
}

/**
 * Writes the given columns of one row, found by header, and no other cell: a person's cell next to
 * them is never written back from the read (PLATFORM.md: values neutralised, dates as date cells).
 * Columns the sheet lacks are skipped. Returns how many cells were written.
 */
export function writeRowCells<S extends SheetSchema>(
  table: Table<S>,
  rowNumber: number,
  cells: Readonly<Partial<Record<keyof S['columns'] & string, unknown>>>,
): number {
  const byColumn = new Map<number, unknown>();
  for (const [key, value] of Object.entries(cells)) {
    const column = table.index.columnOf.get(key);
    if (column !== undefined) byColumn.set(column, cellOf(table, key, value));
  }
  for (const run of runs([...byColumn.keys()])) {
    const first = run[0] ?? 0;
    table.sheet
      .getRange(rowNumber, first + 1, 1, run.length)
      .setValues([run.map((column) => byColumn.get(column))]);
  }
  return byColumn.size;
}

/** Writes one column's cell on each given row, a setValues per run of adjacent rows. */
export function writeColumnCells<S extends SheetSchema>(
  table: Table<S>,
  key: keyof S['columns'] & string,
  byRow: ReadonlyMap<number, unknown>,
): void {
  const column = table.index.columnOf.get(key);
  if (column === undefined) return;
  for (const run of runs([...byRow.keys()])) {
    const first = run[0] ?? 0;
    table.sheet
      .getRange(first, column + 1, run.length, 1)
      .setValues(run.map((row) => [cellOf(table, key, byRow.get(row))]));
  }
}

/**
 * Clears the notes of one column over `rows` where `clear` says so, keeping every other note:
 * one read and one write (Range.getNotes / setNotes), the write only if something changes.
 */
export function clearNotes<S extends SheetSchema>(
  table: Table<S>,
  key: keyof S['columns'] & string,
  rows: { readonly first: number; readonly count: number },
  clear: (note: string) => boolean,
): void {
  const column = table.index.columnOf.get(key);
  if (column === undefined || rows.count < 1) return;
  const range = table.sheet.getRange(rows.first, column + 1, rows.count, 1);
  const notes = range.getNotes();
  const kept = notes.map(([note = '']) => [clear(note) ? '' : note]);
  if (kept.some(([note], i) => note !== notes[i]?.[0])) range.setNotes(kept);
}
