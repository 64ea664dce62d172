// Pure planning for writes by row identity: which cells still differ, grouped into rectangles, and which rows a misplaced write hit.

/** The three things the add-on writes on a cell: its value, its note, its colour. */
export type Layer = 'values' | 'notes' | 'backgrounds';

/** One cell the add-on wants to hold `value` on the row whose identity is the write's key. */
export interface WantedCell {
  readonly layer: Layer;
  /** 0-based column. */
  readonly column: number;
  readonly value: unknown;
  /**
   * What the add-on read in this cell before deciding (values only). If a person has put something
   * else there since, the cell is refused rather than overwritten (issue 10, item 2).
   */
  readonly expected?: unknown;
}

/** Layers of a block of whole rows as one read gave them; row 0 is the sheet's row 1. */
export interface Snapshot {
  readonly values: readonly (readonly unknown[])[];
  readonly notes?: readonly (readonly unknown[])[];
  readonly backgrounds?: readonly (readonly unknown[])[];
}

/** getBackgrounds() gives this for a cell nobody coloured (setBackground(null) clears to it). */
const NO_COLOUR = '#ffffff';

/** `instanceof` first (cheap, and true in Apps Script's one realm); the tag for a Date from another realm. */
function isDateValue(value: unknown): value is Date {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
  );
}

/**
 * A cell as comparable text: dates by instant, text without the apostrophe that kept it text when
 * written (getValues drops it), a cleared colour as white, empty as ''.
 */
export function cellText(layer: Layer, value: unknown): string {
  if (value === null || value === undefined) return layer === 'backgrounds' ? NO_COLOUR : '';
  // Most cells are text: only an object can be a Date (asked last, as the question costs most).
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}:${value}`;
  if (typeof value === 'object' && isDateValue(value)) return `date:${value.getTime()}`;
  const text = String(value);
  if (layer === 'backgrounds') return text.toLowerCase();
  // 39 is the apostrophe: the pattern is asked only of the few cells that start with one.
  return text.charCodeAt(0) === 39 && /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/**
 * Whether two cells read the same, as `cellText` compares them, without building either text
 * (a write compares every cell of the rows it covers, twice).
 */
export function sameCell(layer: Layer, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') {
    if (layer === 'backgrounds') return a.toLowerCase() === b.toLowerCase();
    return (
      (a.charCodeAt(0) === 39 || b.charCodeAt(0) === 39) &&
      cellText(layer, a) === cellText(layer, b)
    );
  }
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (isDateValue(a) && isDateValue(b)) return a.getTime() === b.getTime();
  return cellText(layer, a) === cellText(layer, b);
}

export function layerAt(snapshot: Snapshot, layer: Layer, row: number, column: number): unknown {
  return snapshot[layer]?.[row - 1]?.[column] ?? (layer === 'values' ? '' : undefined);
}

/** Rows by identity, in sheet order: identical rows are told apart by their order. */
export function rowsByKey(
  values: readonly (readonly unknown[])[],
  identify: (cells: readonly unknown[]) => string | undefined,
  firstDataRow = 2,
  /** Only rows with one of these parts (`part`: a cheap piece of the key equal rows share). */
  only?: {
    readonly part: (cells: readonly unknown[]) => string;
    readonly parts: ReadonlySet<string>;
  },
): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (let r = firstDataRow; r <= values.length; r += 1) {
    const cells = values[r - 1] ?? [];
    if (only && !only.parts.has(only.part(cells))) continue;
    const key = identify(cells);
    if (key === undefined) continue;
    const found = rows.get(key);
    if (found) found.push(r);
    else rows.set(key, [r]);
  }
  return rows;
}

/** One cell to write at a sheet position. */
export interface PlacedCell {
  readonly layer: Layer;
  readonly row: number;
  /** 0-based column. */
  readonly column: number;
  readonly value: unknown;
}

/** A rectangle of one layer written in one call: rows × adjacent columns. */
export interface CellBlock {
  readonly layer: Layer;
  readonly row: number;
  readonly column: number;
  readonly values: unknown[][];
}

/**
 * Cells grouped into as few rectangles as possible: runs of adjacent columns on a row, then the
 * same run on adjacent rows stacked (Validate all: one block per column block, as before).
 */
export function blocksOf(cells: readonly PlacedCell[]): CellBlock[] {
  const byLayer = new Map<Layer, Map<number, Map<number, unknown>>>();
  for (const cell of cells) {
    let rows = byLayer.get(cell.layer);
    if (!rows) byLayer.set(cell.layer, (rows = new Map()));
    let row = rows.get(cell.row);
    if (!row) rows.set(cell.row, (row = new Map()));
    row.set(cell.column, cell.value);
  }
  const runs: CellBlock[] = [];
  for (const layer of [...byLayer.keys()].sort()) {
    const layerRuns: CellBlock[] = [];
    for (const [row, columns] of byLayer.get(layer) ?? []) {
      const sorted = [...columns.keys()].sort((a, b) => a - b);
      let start = 0;
      for (let i = 1; i <= sorted.length; i += 1) {
        if (i < sorted.length && sorted[i] === (sorted[i - 1] ?? 0) + 1) continue;
        const values: unknown[] = [];
        for (let c = start; c < i; c += 1) values.push(columns.get(sorted[c] ?? 0));
        layerRuns.push({ layer, row, column: sorted[start] ?? 0, values: [values] });
        start = i;
      }
    }
    layerRuns.sort((a, b) => a.column - b.column || a.row - b.row);
    runs.push(...layerRuns);
  }
  const stacked: CellBlock[] = [];
  for (const run of runs) {
    const last = stacked[stacked.length - 1];
    const width = run.values[0]?.length ?? 0;
    if (
      last &&
      last.layer === run.layer &&
      last.column === run.column &&
      (last.values[0]?.length ?? 0) === width &&
      last.row + last.values.length === run.row
    ) {
      last.values.push(...run.values);
    } else stacked.push({ ...run, values: [...run.values] });
  }
  return stacked;
}
