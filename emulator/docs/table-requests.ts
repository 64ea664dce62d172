// insertTable, insertTableRow and deleteTableRow applied to a body's units.
import { insertionIndex, invalid, type RequestContext } from './request-error';
import { paragraphStyleAt } from './text-requests';
import { CELL, ROW, TABLE_START, tableBounds, tableUnits, type Unit } from './units';

function positive(ctx: RequestContext, name: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw invalid(ctx.i, ctx.kind, `${name} must be a positive number.`); // [open] wording
  }
  return n;
}

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest
 * "A newline character will be inserted before the inserted table, therefore the table start
 * index will be at the specified location index + 1. The table must be inserted inside the
 * bounds of an existing Paragraph."
 */
export function insertTable(
  ctx: RequestContext,
  req: {
    rows?: unknown;
    columns?: unknown;
    location?: { index?: unknown };
    endOfSegmentLocation?: unknown;
  },
  units: Unit[],
): void {
  const rows = positive(ctx, 'rows', req.rows);
  const columns = positive(ctx, 'columns', req.columns);
  const index = insertionIndex(ctx, req, units);
  units.splice(
    index,
    0,
    { c: '\n', style: paragraphStyleAt(units, index) },
    ...tableUnits(rows, columns),
  );
}

/** The start index of each row of the table starting at `start`, and of its end marker. */
function rowStarts(units: readonly Unit[], start: number): { rows: number[]; end: number } {
  const bounds = tableBounds(units);
  const end = bounds.get(start) as number;
  const rows: number[] = [];
  for (let i = start + 1; i < end; i += 1) {
    const c = units[i]?.c;
    if (c === ROW) rows.push(i);
    if (c === TABLE_START) i = bounds.get(i) as number;
  }
  return { rows, end };
}

function cellCount(units: readonly Unit[], from: number, to: number): number {
  const bounds = tableBounds(units);
  let n = 0;
  for (let i = from; i < to; i += 1) {
    if (units[i]?.c === CELL) n += 1;
    if (units[i]?.c === TABLE_START) i = bounds.get(i) as number;
  }
  return n;
}

interface CellLocation {
  tableStartLocation?: { index?: unknown };
  rowIndex?: unknown;
  columnIndex?: unknown;
}

function locateRow(
  ctx: RequestContext,
  units: readonly Unit[],
  where: CellLocation | undefined,
): { rows: number[]; end: number; row: number } {
  const start = where?.tableStartLocation?.index;
  if (typeof start !== 'number' || units[start]?.c !== TABLE_START) {
    throw invalid(
      ctx.i,
      ctx.kind,
      'Invalid table start location. Must specify the start index of the table.',
    ); // [open]
  }
  const { rows, end } = rowStarts(units, start);
  const row = typeof where?.rowIndex === 'number' ? where.rowIndex : 0;
  if (!Number.isInteger(row) || row < 0 || row >= rows.length) {
    throw invalid(ctx.i, ctx.kind, `Invalid row index ${String(row)}.`); // [open]
  }
  return { rows, end, row };
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerowrequest */
export function insertTableRow(
  ctx: RequestContext,
  req: { tableCellLocation?: CellLocation; insertBelow?: unknown },
  units: Unit[],
): void {
  const { rows, end, row } = locateRow(ctx, units, req.tableCellLocation);
  const rowStart = rows[row] as number;
  const rowEnd = rows[row + 1] ?? end;
  const columns = cellCount(units, rowStart, rowEnd);
  const fresh: Unit[] = [{ c: ROW }];
  for (let k = 0; k < columns; k += 1) fresh.push({ c: CELL }, { c: '\n', style: 'NORMAL_TEXT' });
  units.splice(req.insertBelow === true ? rowEnd : rowStart, 0, ...fresh);
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletetablerowrequest */
export function deleteTableRow(
  ctx: RequestContext,
  req: { tableCellLocation?: CellLocation },
  units: Unit[],
): void {
  const { rows, end, row } = locateRow(ctx, units, req.tableCellLocation);
  const rowStart = rows[row] as number;
  const rowEnd = rows[row + 1] ?? end;
  if (rows.length === 1) {
    // Deleting the only row deletes the whole table [open].
    const tableStart = rowStart - 1;
    units.splice(tableStart, end + 1 - tableStart);
    return;
  }
  units.splice(rowStart, rowEnd - rowStart);
}
