// Writes what a generation did: Documents rows in one write, and a date in a person's column on chosen rows.
import type { IsoDate } from '../domain/cells';
import type { SheetSchema } from '../domain/columns';
import { cellToWrite, indexHeaders, missingHeadersMessage } from '../domain/table';
import { isDate, openWorkbook, type SheetDates } from './spreadsheet';
import type { Table } from './table';

type Record_ = Readonly<Record<string, unknown>>;

/**
 * Appends records below the last row in ONE setValues, each cell placed by header (appendRecord
 * in table.ts writes one row per call, which would cost calls per document). Grows the grid first
 * when the rows would pass its end (a range outside the sheet throws). Returns a message when the
 * sheet or a header is missing.
 */
export function appendRecords(
  schema: SheetSchema,
  records: readonly Record_[],
  dates: SheetDates,
): string | undefined {
  if (records.length === 0) return undefined;
  const sheet = openWorkbook().getSheetByName(schema.name);
  if (!sheet) {
    return `There is no ${schema.name} sheet. Choose Extensions > AP Placements > Set up workbook to create it.`;
  }
  const width = sheet.getLastColumn();
  const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
  const index = indexHeaders(schema, header);
  if (index.missing.length > 0) return missingHeadersMessage(schema, index.missing);
  const rows = records.map((record) => {
    const row: unknown[] = header.map(() => '');
    for (const [key, column] of index.columnOf) {
      const declared = schema.columns[key];
      const value = record[key];
      if (declared)
        row[column] = isDate(value) ? value : dates.toCell(cellToWrite(declared, value));
    }
    return row;
  });
  const first = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  const needed = first + rows.length - 1;
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  sheet.getRange(first, 1, rows.length, header.length).setValues(rows);
  return undefined;
}

/**
 * Writes one date into one column of the given rows only, a setValues per run of adjacent rows,
 * so no other cell of that column (a person's) is written back from an old read.
 */
export function writeDateOnRows<S extends SheetSchema>(
  table: Table<S>,
  key: keyof S['columns'] & string,
  rowNumbers: readonly number[],
  day: IsoDate,
): void {
  const column = table.index.columnOf.get(key);
  if (column === undefined || rowNumbers.length === 0) return;
  const cell = table.dates.dateCell(day);
  const sorted = [...new Set(rowNumbers)].sort((a, b) => a - b);
  let runStart = 0;
  for (let i = 1; i <= sorted.length; i += 1) {
    if (i < sorted.length && sorted[i] === (sorted[i - 1] ?? 0) + 1) continue;
    const first = sorted[runStart] ?? 0;
    const count = i - runStart;
    table.sheet
      .getRange(first, column + 1, count, 1)
      .setValues(Array.from({ length: count }, () => [cell]));
    runStart = i;
  }
}
