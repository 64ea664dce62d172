// A1 notation: column letters, cell and range references, sheet-qualified references.

/** A block of cells, 1-based and inclusive, as Apps Script counts them. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rectA1(rect: Rect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1)}`;
}

/** Splits `'My sheet'!A1:B2` or `Sheet1!A1` into the sheet name and the cell part. */
export function splitSheetName(ref: string): { sheetName: string | undefined; a1: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheetName: undefined, a1: ref };
  let name = ref.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) {
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName: name, a1: ref.slice(bang + 1) };
}

interface End {
  row: number | undefined;
  column: number | undefined;
}

function parseEnd(part: string): End | null {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(part.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const letters = m[1] ?? '';
  const digits = m[2] ?? '';
  return {
    column: letters ? columnNumber(letters) : undefined,
    row: digits ? Number(digits) : undefined,
  };
}

/**
 * Parses A1, A1:B2, A:B (whole columns), 2:3 (whole rows) and A2:B (open-ended) against a grid of
 * maxRows x maxColumns. Returns null when the text is not A1 notation.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Rect | null {
  const parts = a1.split(':');
  if (parts.length > 2) return null;
  const start = parseEnd(parts[0] ?? '');
  const end = parts.length === 2 ? parseEnd(parts[1] ?? '') : start;
  if (!start || !end) return null;
  if (parts.length === 1 && (start.row === undefined || start.column === undefined)) return null;
  const wholeColumns = start.row === undefined && end.row === undefined;
  const wholeRows = start.column === undefined && end.column === undefined;
  if (start.row === undefined && !wholeColumns) return null;
  if (start.column === undefined && !wholeRows) return null;
  const r1 = start.row ?? 1;
  const c1 = start.column ?? 1;
  const r2 = end.row ?? maxRows;
  const c2 = end.column ?? maxColumns;
  if (r1 < 1 || c1 < 1 || r2 < 1 || c2 < 1) return null;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return {
    row,
    column,
    numRows: Math.max(r1, r2) - row + 1,
    numColumns: Math.max(c1, c2) - column + 1,
  };
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/**
 * Moves a span [start, start+length) when `count` lines are inserted before line `at` (insert) or
 * the lines at..at+count-1 are deleted. Returns null when a deletion swallows the whole span.
 */
export function shiftSpan(
  start: number,
  length: number,
  at: number,
  count: number,
  mode: 'insert' | 'delete',
): { start: number; length: number } | null {
  const end = start + length - 1;
  if (mode === 'insert') {
    if (start >= at) return { start: start + count, length };
    if (end >= at) return { start, length: length + count };
    return { start, length };
  }
  const lastDeleted = at + count - 1;
  const overlap = Math.max(0, Math.min(end, lastDeleted) - Math.max(start, at) + 1);
  const newLength = length - overlap;
  if (newLength <= 0) return null;
  const newStart = start < at ? start : start > lastDeleted ? start - count : at;
  return { start: newStart, length: newLength };
}
