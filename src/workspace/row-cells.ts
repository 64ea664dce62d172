// Writes chosen cells of a table already read, on the rows found again by their keys at write time.
import type { SheetSchema } from '../domain/columns';
import type { WantedCell } from '../domain/keyed-cells';
import { cellToWrite } from '../domain/table';
import {
  keyedOutcomeSaid,
  writeByKey,
  type KeyedCells,
  type KeyedOutcome,
  type ReadShape,
} from './keyed-write';
import { keyIdentity } from './row-keys';
import type { Table } from './table';

function cellOf<S extends SheetSchema>(table: Table<S>, key: string, value: unknown): unknown {
  const column = table.schema.columns[key];
  return column ? table.dates.toCell(cellToWrite(column, value)) : '';
}

/**
 * Writes the given columns of the row `table` read at `rowNumber`, found again by its key (the
 * Placement ID, the provider, an absence's day and session) wherever it is by then, and no other
 * cell: a person's cell next to them is never written back from the read. A cell a person changed
 * after the read is left alone and reported (PLATFORM.md: values neutralised, dates as date cells).
 * Columns the sheet lacks are skipped.
 */
export function writeRowCells<S extends SheetSchema>(
  table: Table<S>,
  rowNumber: number,
  cells: Readonly<Partial<Record<keyof S['columns'] & string, unknown>>>,
): RowWrite {
  const identify = keyIdentity(table.schema, table.index);
  const read = table.grid[rowNumber - 1] ?? [];
  const key = identify(read);
  const wanted = cellsOf(table, cells, read);
  if (key === undefined) return { written: false, outcome: NOTHING, said: undefined };
  const outcome = writeByKey(table.sheet, identify, [{ key, cells: wanted }], shapeOf(table));
  return rowWrite(table, outcome, wanted.length);
}

/** What a keyed write of one row did, in the words the forms answer with. */
export interface RowWrite {
  /** True when at least one cell holds the value asked for (now or already). */
  readonly written: boolean;
  readonly outcome: KeyedOutcome;
  /** What went differently from the plain case, for the answer; undefined when nothing did. */
  readonly said: string | undefined;
}

/** The rows and columns `table` was read with, for the write's own reads. */
export function shapeOf<S extends SheetSchema>(table: Table<S>): ReadShape {
  return { rows: table.grid.length, columns: table.grid[0]?.length ?? 0 };
}

const NOTHING: KeyedOutcome = { gone: [], changed: [], putBack: [], toCheck: [], unsettled: false };

function cellsOf<S extends SheetSchema>(
  table: Table<S>,
  cells: Readonly<Record<string, unknown>>,
  read: readonly unknown[],
): WantedCell[] {
  const wanted: WantedCell[] = [];
  for (const [key, value] of Object.entries(cells)) {
    const column = table.index.columnOf.get(key);
    if (column === undefined) continue;
    wanted.push({
      layer: 'values',
      column,
      value: cellOf(table, key, value),
      expected: read[column] ?? '',
    });
  }
  return wanted;
}

function rowWrite<S extends SheetSchema>(
  table: Table<S>,
  outcome: KeyedOutcome,
  asked: number,
): RowWrite {
  const headerRow = table.grid[0] ?? [];
  const said: string[] = [];
  if (outcome.gone.length > 0) {
    said.push(
      `The row is no longer on ${table.schema.name} (deleted, or its key changed since the sidebar read it).`,
    );
  }
  if (outcome.changed.length > 0) {
    const headers = outcome.changed.map((c) => String(headerRow[c.column] ?? ''));
    said.push(
      `Someone changed ${headers.join(', ')} on ${table.schema.name} since the add-on read it, so the add-on left ${outcome.changed.length === 1 ? 'it' : 'them'} as they typed.`,
    );
  }
  const moved = keyedOutcomeSaid(outcome, table.schema.name);
  if (moved) said.push(moved);
  const written = outcome.gone.length === 0 && outcome.changed.length < asked && !outcome.unsettled;
  return { written, outcome, said: said.length > 0 ? said.join(' ') : undefined };
}

/**
 * Writes one column's cell on each given row (as `table` read them), each row found again by its
 * key at write time (Settings: the setting's name), all in as few calls as the rows allow.
 */
export function writeColumnCells<S extends SheetSchema>(
  table: Table<S>,
  key: keyof S['columns'] & string,
  byRow: ReadonlyMap<number, unknown>,
): RowWrite {
  const column = table.index.columnOf.get(key);
  if (column === undefined || byRow.size === 0) {
    return { written: false, outcome: NOTHING, said: undefined };
  }
  const identify = keyIdentity(table.schema, table.index);
  const writes: KeyedCells[] = [];
  for (const [row, value] of byRow) {
    const read = table.grid[row - 1] ?? [];
    const rowKey = identify(read);
    if (rowKey === undefined) continue;
    writes.push({
      key: rowKey,
      cells: [
        { layer: 'values', column, value: cellOf(table, key, value), expected: read[column] ?? '' },
      ],
    });
  }
  return rowWrite(table, writeByKey(table.sheet, identify, writes, shapeOf(table)), writes.length);
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
