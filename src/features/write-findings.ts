// Writes what a re-check found on each row: the add-on's cells, notes and colours, found by key.
import type { SheetSchema } from '../domain/columns';
import type { Layer, WantedCell } from '../domain/keyed-cells';
import { columnsByHeader, markRow, NO_COLOUR } from '../domain/marks';
import type { Problem } from '../domain/rules/problem';
import { cellToWrite } from '../domain/table';
import { keyedOutcomeSaid, writeByKey, type KeyedCells } from '../workspace/keyed-write';
import { shapeOf } from '../workspace/row-cells';
import { contentIdentity, type RowIdentity } from '../workspace/row-keys';
import type { Table } from '../workspace/table';

/** What a re-check writes for one row: its add-on cells, and the problems its marks show. */
export interface Finding {
  readonly cells: Record<string, unknown>;
  readonly problems: readonly Problem[];
}

/** markRow's Checks column on a sheet without one: no cell is it. */
const NO_CHECKS_COLUMN = -1;

export function allDataRows(table: Table<SheetSchema>): Set<number> {
  return new Set(Array.from({ length: Math.max(0, table.grid.length - 1) }, (_, r) => r + 2));
}

/** The last row a re-check covers: rows emptied since the read (below its last row) included. */
function lastRowOf(table: Table<SheetSchema>, rows: ReadonlySet<number>): number {
  let last = table.grid.length;
  for (const row of rows) if (row > last) last = row;
  return last;
}

/** Each re-checked row with the key it is found by at write time, and which of identical rows it is. */
export function keyedRows(
  table: Table<SheetSchema>,
  rows: ReadonlySet<number>,
  identify: RowIdentity,
  /** The key parts of the re-checked rows (partsOf), when few rows are re-checked. */
  parts?: ReadonlySet<string>,
): { readonly row: number; readonly key: string; readonly occurrence: number }[] {
  const seen = new Map<string, number>();
  const keyed: { row: number; key: string; occurrence: number }[] = [];
  const last = lastRowOf(table, rows);
  for (let row = 2; row <= last; row += 1) {
    const cells = table.grid[row - 1] ?? [];
    // Identical rows have the same part: only rows sharing one with a re-checked row can count.
    if (parts && identify.part && !parts.has(identify.part(cells))) continue;
    const key = identify(cells);
    if (key === undefined) continue;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    if (rows.has(row)) keyed.push({ row, key, occurrence });
  }
  return keyed;
}

/** The key parts (RowIdentity.part) of the re-checked rows as read, when the identity has parts. */
export function partsOf(
  table: Table<SheetSchema>,
  rows: ReadonlySet<number>,
  identify: RowIdentity,
): Set<string> | undefined {
  const { part } = identify;
  // Worth it only when few rows are written (an edit); Validate all writes them all.
  if (!part || rows.size * 4 > table.grid.length) return undefined;
  const parts = new Set<string>();
  for (const row of rows) parts.add(part(table.grid[row - 1] ?? []));
  return parts;
}

/**
 * Each re-checked row's write with its key, built when first asked for: a write over many rows
 * to a sheet that still reads as the checks read it goes to the rows as read, with no key.
 */
function rowKeys(
  table: Table<SheetSchema>,
  rows: ReadonlySet<number>,
  identify: RowIdentity,
  parts: ReadonlySet<string> | undefined,
): {
  readonly rows: number[];
  readonly keyOf: (row: number) => { readonly key: string; readonly occurrence: number };
} {
  let keyed: Map<number, { key: string; occurrence: number }> | undefined;
  const keyOf = (row: number) => {
    keyed ??= new Map(keyedRows(table, rows, identify, parts).map((k) => [k.row, k]));
    // A row with no identity has no key any row can match: nothing is written for it.
    return keyed.get(row) ?? { key: '', occurrence: 0 };
  };
  const inOrder = [...rows].filter((row) => row >= 2).sort((a, b) => a - b);
  return { rows: inOrder, keyOf };
}

/**
 * Writes each re-checked row's add-on cells (`found`; a row not found is no record any more and
 * its add-on cells are emptied by `cleared`) and marks its cells, each row found by its content
 * at write time (keyed-write.ts), so a sort or insert in between never puts one pupil's checks on
 * another's row. Rows a person changed since the read are left to the check their edit triggers.
 */
export function writeFindings<S extends SheetSchema>(
  table: Table<S>,
  rows: ReadonlySet<number>,
  found: ReadonlyMap<number, Finding>,
  cleared: Record<string, unknown>,
): string | undefined {
  const headerRow = table.grid[0] ?? [];
  // Reviews has no Checks column: its problems are marked on the cells at fault only.
  const checksColumn = table.index.columnOf.get('checks') ?? NO_CHECKS_COLUMN;
  const identify = contentIdentity(table.schema, table.index);
  const columnOf = columnsByHeader(headerRow);
  const parts = partsOf(table, rows, identify);
  const keys = rowKeys(table, rows, identify, parts);
  const writes: KeyedCells[] = keys.rows.map((row) => {
    const finding = found.get(row);
    const values = valueCells(table, finding?.cells ?? cleared);
    const problems = finding?.problems ?? [];
    return {
      get key() {
        return keys.keyOf(row).key;
      },
      get occurrence() {
        return keys.keyOf(row).occurrence;
      },
      pad: true,
      cells: (_now, rowNow) => {
        const notes = rowNow('notes');
        const backgrounds = rowNow('backgrounds');
        return [
          ...values,
          ...markRow(
            {
              width: headerRow.length,
              note: (column) => textOr(notes[column], ''),
              background: (column) => textOr(backgrounds[column], NO_COLOUR),
            },
            columnOf,
            checksColumn,
            problems,
          ),
        ];
      },
    };
  });
  if (writes.length === 0) return undefined;
  const layers = new Set<Layer>(['values', 'notes', 'backgrounds']);
  try {
    const shape = { ...shapeOf(table), rows: lastRowOf(table, rows) };
    const outcome = writeByKey(
      table.sheet,
      identify,
      writes,
      shape,
      layers,
      parts ? { parts } : { asRead: { values: table.grid, rows: keys.rows } },
    );
    return keyedOutcomeSaid(outcome, table.schema.name);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return `The checks on ${table.schema.name} may not all be written (${reason}); choose Validate all again.`;
  }
}

/** The add-on's values for one row, as cells. */
function valueCells<S extends SheetSchema>(
  table: Table<S>,
  cells: Readonly<Record<string, unknown>>,
): WantedCell[] {
  const wanted: WantedCell[] = [];
  for (const [key, value] of Object.entries(cells)) {
    const column = table.index.columnOf.get(key);
    const declared = table.schema.columns[key];
    if (column === undefined || !declared) continue;
    wanted.push({
      layer: 'values',
      column,
      value: table.dates.toCell(cellToWrite(declared, value)),
    });
  }
  return wanted;
}

/** A note or colour as text (getNotes and getBackgrounds give text; a gap reads as `empty`). */
function textOr(cell: unknown, empty: string): string {
  if (typeof cell === 'string') return cell;
  return cell === null || cell === undefined ? empty : String(cell);
}
