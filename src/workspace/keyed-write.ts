// Writes cells on the rows that hold given keys, found at write time and verified after: never by a remembered row number.
import {
  blocksOf,
  layerAt,
  rowsByKey,
  sameCell,
  type Layer,
  type PlacedCell,
  type Snapshot,
  type WantedCell,
} from '../domain/keyed-cells';
import type { RowIdentity } from './row-keys';
import type { Sheet } from './spreadsheet';

/*
 * Why this mechanism (issue 10, item 1). Colleagues sort, insert and delete rows while a script
 * runs: LockService serialises scripts, never people, and no SpreadsheetApp call writes "on the
 * row whose ID is X" in one step (a Range is a fixed position; developer metadata moves with its
 * row but finding it and writing are still two calls). So the gap between finding a row and
 * writing it cannot be closed, only made short and checked: the sheet is read just before the
 * write (each row's key from its own cells: the Placement ID, an absence's day and session...),
 * the cells are written where their keys are, and the sheet is read again. If rows moved in the
 * gap, the cells the write put on another row are put back as that row held them, and the write
 * goes again to where its key is now. Each pass costs one read; a quiet sheet needs two, the
 * second of values only (asWritten).
 */

/** Cells wanted on the row(s) with one key. */
export interface KeyedCells {
  readonly key: string;
  /** Which of several identical rows (0-based, in sheet order); default the first. */
  readonly occurrence?: number;
  /**
   * Written with the rest of its column even when already right, so that a write covering many
   * rows (Validate all) is one rectangle rather than one call per changed cell: a value as wanted,
   * a note or colour as it is now (a mark left alone need not be listed among the cells).
   */
  readonly pad?: boolean;
  /** Fixed cells, or cells worked out from the row as read now (marks keep a person's note). */
  readonly cells:
    | readonly WantedCell[]
    | ((
        now: (layer: Layer, column: number) => unknown,
        /** The row's cells of one layer as read now (empty when that layer was not read). */
        rowNow: (layer: Layer) => readonly unknown[],
      ) => readonly WantedCell[]);
}

export interface KeyedOutcome {
  /** Keys on no row of the sheet by the time of writing: nothing was written for them. */
  readonly gone: readonly string[];
  /** Cells left alone because a person changed them after the add-on read them. */
  readonly changed: readonly { readonly key: string; readonly column: number }[];
  /** Rows a misplaced write reached, put back as they were (sheet row numbers now). */
  readonly putBack: readonly number[];
  /** Rows a colleague added in the gap that a misplaced write reached: emptied, to be checked. */
  readonly toCheck: readonly number[];
  /** Rows kept moving for every pass: some cells may not be in place. */
  readonly unsettled: boolean;
  /** The cells were written, but the read that checks them failed: most likely in place. */
  readonly unverified?: boolean;
}

/** Passes of read-then-write before giving up; the last read only verifies. */
const PASSES = 4;

/** How much of the sheet a write reads: at least the rows and exactly the columns the caller read. */
export interface ReadShape {
  readonly rows: number;
  readonly columns: number;
}

/** One pass's read: every layer wanted of every row, and the rows' keys when asked for. */
interface PassRead {
  readonly now: Snapshot;
  readonly keys: () => Map<string, number[]>;
}

/**
 * Down to the last row with content now (a colleague may have added rows) and at least to the last
 * row the caller read (a row emptied since must still be found, to clear it). The values come
 * first: when `settled` says the last write needs nothing more, the other layers are not read. The
 * notes and colours are read whole even to write one row: putting back what a write reached on a
 * row that moved in needs that row's marks as they were, wherever it was then. Each row's key is
 * built only when asked for (a sheet as the caller read it needs none).
 */
function readPass(
  sheet: Sheet,
  layers: ReadonlySet<Layer>,
  shape: ReadShape,
  settled: ((values: unknown[][]) => boolean) | undefined,
  keysOf: (values: unknown[][]) => Map<string, number[]>,
): PassRead | undefined {
  const rows = Math.max(sheet.getLastRow(), shape.rows, 1);
  const range = sheet.getRange(1, 1, rows, Math.max(1, shape.columns));
  const values = range.getValues();
  if (settled?.(values)) return undefined;
  let keys: Map<string, number[]> | undefined;
  return {
    now: {
      values,
      ...(layers.has('notes') && { notes: range.getNotes() }),
      ...(layers.has('backgrounds') && { backgrounds: range.getBackgrounds() }),
    },
    keys: () => (keys ??= keysOf(values)),
  };
}

/**
 * Whether every cell reads as the caller read it (rows beyond either read are blank): then each
 * row is where the caller found it, and no key need be built to find it.
 */
function asRead(
  before: readonly (readonly unknown[])[],
  now: readonly (readonly unknown[])[],
): boolean {
  const height = Math.max(before.length, now.length);
  for (let r = 0; r < height; r += 1) {
    const was = before[r] ?? [];
    const is = now[r] ?? [];
    const width = Math.max(was.length, is.length);
    for (let c = 0; c < width; c += 1) {
      if (!sameCell('values', is[c] ?? '', was[c] ?? '')) return false;
    }
  }
  return true;
}

/**
 * Whether the sheet's values are as the write left them: every cell as `before` (the read the
 * write was planned on) except the values written, which read as written. Then no row moved,
 * nobody typed in between, and the notes and colours went where they were meant to: the check
 * needs no second look at them (one read instead of three at the end of every write).
 */
function asWritten(
  before: readonly (readonly unknown[])[],
  now: readonly (readonly unknown[])[],
  written: ReadonlyMap<number, readonly PlacedCell[]>,
): boolean {
  if (before.length !== now.length) return false;
  for (let r = 0; r < now.length; r += 1) {
    const was = before[r] ?? [];
    const is = now[r] ?? [];
    const width = Math.max(was.length, is.length);
    for (let c = 0; c < width; c += 1) {
      if (!sameCell('values', is[c] ?? '', was[c] ?? '')) {
        const cell = written.get(r + 1)?.find((w) => w.layer === 'values' && w.column === c);
        if (!cell || !sameCell('values', is[c] ?? '', cell.value)) return false;
      }
    }
    for (const cell of written.get(r + 1) ?? []) {
      if (cell.layer === 'values' && !sameCell('values', is[cell.column] ?? '', cell.value))
        return false;
    }
  }
  return true;
}

function writeCells(sheet: Sheet, cells: readonly PlacedCell[]): void {
  for (const block of blocksOf(cells)) {
    const range = sheet.getRange(
      block.row,
      block.column + 1,
      block.values.length,
      block.values[0]?.length ?? 1,
    );
    if (block.layer === 'values') range.setValues(block.values);
    else if (block.layer === 'notes') range.setNotes(block.values as string[][]);
    else range.setBackgrounds(block.values as (string | null)[][]);
  }
}

const EMPTY: Record<Layer, unknown> = { values: '', notes: '', backgrounds: null };

/**
 * Makes the rows with the given keys hold the given cells, wherever those rows are by then.
 * `identify` names a row from its values (undefined for a row with no identity, such as a blank
 * one); it must not depend on the columns written. Returns what could not be done, never throws
 * for a moved row (a service error still throws, before or after a write, for the caller to say).
 */
export function writeByKey(
  sheet: Sheet,
  identify: RowIdentity,
  writes: readonly KeyedCells[],
  shape: ReadShape,
  layers: ReadonlySet<Layer> = new Set(['values']),
  options: {
    /** The key parts (RowIdentity.part) of the rows written, when the caller knows them. */
    readonly parts?: ReadonlySet<string>;
    /**
     * The values the writes were planned on and the row each write was planned for (`rows[i]` for
     * `writes[i]`): when the sheet still reads so, each write goes to its row with no key built.
     */
    readonly asRead?: {
      readonly values: readonly (readonly unknown[])[];
      readonly rows: readonly number[];
    };
  } = {},
): KeyedOutcome {
  let ours: Set<string> | undefined;
  const gone = new Set<string>();
  const changed = new Map<string, { key: string; column: number }>();
  const putBack = new Set<number>();
  const toCheck = new Set<number>();
  let baseline: Snapshot | undefined;
  let baselineKeys: Map<string, number[]> | undefined;
  // Planning needs only the rows of the keys written; a put-back needs every row's key.
  const wanted =
    identify.part && options.parts ? { part: identify.part, parts: options.parts } : undefined;
  /** What the last write put on each row. */
  let lastWrite = new Map<number, PlacedCell[]>();
  /** The read the last write was planned on. */
  let planned: Snapshot | undefined;
  const outcome = (how: { unsettled?: boolean; unverified?: boolean } = {}): KeyedOutcome => ({
    gone: [...gone],
    changed: [...changed.values()],
    putBack: [...putBack],
    toCheck: [...toCheck],
    unsettled: how.unsettled ?? false,
    ...(how.unverified && { unverified: true }),
  });
  for (let pass = 0; pass < PASSES; pass += 1) {
    let read: PassRead | undefined;
    try {
      const before = planned;
      const written = lastWrite;
      read = readPass(
        sheet,
        layers,
        shape,
        before && ((values) => asWritten(before.values, values, written)),
        (values) => rowsByKey(values, identify, 2, written.size === 0 ? wanted : undefined),
      );
    } catch (e) {
      // Before any write, a failed read is the caller's to say; after one, the write stands.
      if (lastWrite.size === 0) throw e;
      return outcome({ unverified: true });
    }
    if (!read) return outcome();
    const { now, keys } = read;
    baseline ??= now;
    const first = baseline;
    const fixes: PlacedCell[] = [];
    const padding: PlacedCell[] = [];
    const padRows: number[] = [];
    let missed = false;
    gone.clear();
    const callerRead = pass === 0 ? options.asRead : undefined;
    const inPlace =
      callerRead && asRead(callerRead.values, now.values) ? callerRead.rows : undefined;
    for (const [index, write] of writes.entries()) {
      const placedAt = inPlace?.[index];
      const rows = placedAt === undefined ? (keys().get(write.key) ?? []) : [placedAt];
      if (rows.length === 0) gone.add(write.key);
      const occurrence = placedAt === undefined ? (write.occurrence ?? 0) : 0;
      for (const row of rows.slice(occurrence, occurrence + 1)) {
        const at = (layer: Layer, column: number) => layerAt(now, layer, row, column);
        if (write.pad) padRows.push(row);
        const rowNow = (layer: Layer) => now[layer]?.[row - 1] ?? [];
        const wanted = typeof write.cells === 'function' ? write.cells(at, rowNow) : write.cells;
        for (const cell of wanted) {
          const current = at(cell.layer, cell.column);
          const placed = { layer: cell.layer, row, column: cell.column, value: cell.value };
          if (sameCell(cell.layer, current, cell.value)) {
            if (write.pad) padding.push(placed);
            continue;
          }
          if (
            cell.expected !== undefined &&
            cell.layer === 'values' &&
            !sameCell('values', current, cell.expected)
          ) {
            changed.set(`${write.key}|${cell.column}`, { key: write.key, column: cell.column });
            continue;
          }
          if (lastWrite.size > 0) missed = true;
          fixes.push(placed);
        }
      }
    }
    // A write that went to a row which moved into its place in the gap is undone on that row.
    const writtenColumns = new Set<number>();
    for (const cells of lastWrite.values())
      for (const cell of cells) writtenColumns.add(cell.column);
    for (const [row, cells] of lastWrite) {
      const key = identify(now.values[row - 1] ?? []);
      ours ??= new Set(writes.map((w) => w.key));
      if (key !== undefined && ours.has(key)) continue;
      baselineKeys ??= rowsByKey(first.values, identify);
      const earlier = key === undefined ? undefined : earlierRow(keys(), baselineKeys, key, row);
      for (const { layer, column, value } of cells) {
        const current = layerAt(now, layer, row, column);
        if (!sameCell(layer, current, value)) continue;
        if (earlier !== undefined) {
          const before = layerAt(first, layer, earlier, column);
          if (sameCell(layer, before, current)) continue;
          fixes.push({ layer, row, column, value: before });
          putBack.add(row);
        } else if (missed || onlyOurs(now.values[row - 1] ?? [], writtenColumns)) {
          fixes.push({ layer, row, column, value: EMPTY[layer] });
          toCheck.add(row);
        }
      }
    }
    if (fixes.length === 0) return outcome();
    if (pass === PASSES - 1) break;
    fixes.push(...paddingFor(fixes, padding, padRows, now));
    writeCells(sheet, fixes);
    planned = now;
    lastWrite = new Map();
    for (const fix of fixes) {
      const onRow = lastWrite.get(fix.row);
      if (onRow) onRow.push(fix);
      else lastWrite.set(fix.row, [fix]);
    }
  }
  return outcome({ unsettled: true });
}

/**
 * The cells that make each fixed column one rectangle over the padded rows: values as wanted
 * (`padding`, cells already right), notes and colours as they are now.
 */
function paddingFor(
  fixes: readonly PlacedCell[],
  padding: readonly PlacedCell[],
  padRows: readonly number[],
  now: Snapshot,
): PlacedCell[] {
  const fixedRows = new Map<string, Set<number>>();
  for (const fix of fixes) {
    const column = `${fix.layer}|${fix.column}`;
    const rows = fixedRows.get(column);
    if (rows) rows.add(fix.row);
    else fixedRows.set(column, new Set([fix.row]));
  }
  const pads = padding.filter((p) => fixedRows.get(`${p.layer}|${p.column}`)?.has(p.row) === false);
  for (const [id, rows] of fixedRows) {
    const [layer, columnText] = id.split('|') as [Layer, string];
    if (layer === 'values') continue;
    const column = Number(columnText);
    for (const row of padRows) {
      if (!rows.has(row))
        pads.push({ layer, row, column, value: layerAt(now, layer, row, column) });
    }
  }
  return pads;
}

/** A row blank but for the columns the add-on wrote: a row that moved away left it (a deletion). */
function onlyOurs(cells: readonly unknown[], written: ReadonlySet<number>): boolean {
  return cells.every((cell, column) => written.has(column) || sameCell('values', cell, ''));
}

/** The row a key had in the first read, matching identical rows by their order. */
function earlierRow(
  keys: ReadonlyMap<string, number[]>,
  baselineKeys: ReadonlyMap<string, number[]>,
  key: string,
  row: number,
): number | undefined {
  const occurrence = (keys.get(key) ?? []).indexOf(row);
  return baselineKeys.get(key)?.[Math.max(0, occurrence)];
}

/** The outcome in words for a person, or undefined when everything went where it should. */
export function keyedOutcomeSaid(outcome: KeyedOutcome, sheetName: string): string | undefined {
  const said: string[] = [];
  if (outcome.putBack.length > 0) {
    said.push(
      `Rows on ${sheetName} moved while this was saved; the add-on put back what it had written on ${listRows(outcome.putBack)} and saved it on the right row.`,
    );
  }
  if (outcome.toCheck.length > 0) {
    said.push(
      `A colleague added ${listRows(outcome.toCheck)} on ${sheetName} at the same moment: check that row, the add-on may have emptied a cell of it.`,
    );
  }
  if (outcome.unsettled) {
    said.push(
      `Rows on ${sheetName} kept moving while this was saved: check the row before saving again.`,
    );
  }
  return said.length > 0 ? said.join(' ') : undefined;
}

function listRows(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  return sorted.length === 1 ? `row ${sorted[0]}` : `rows ${sorted.join(', ')}`;
}
