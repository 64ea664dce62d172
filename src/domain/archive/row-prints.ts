// A row's content as one comparable string, the same whichever way the sheet was read: how the archive is checked.
import { columnLetter } from '../table';

/** Sheets' serial date (days since 30 December 1899, time as the fraction) of a date cell as read. */
export type SerialOf = (date: Date) => number;

const SECONDS_A_DAY = 86_400;

const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

/**
 * One cell as comparable text. SpreadsheetApp gives a date cell as a Date, the Sheets API (as the
 * archive is read: UNFORMATTED_VALUE, SERIAL_NUMBER) as its serial number: both become the serial
 * to the second, and so does every other number, so a date and its serial compare equal.
 */
export function printCell(cell: unknown, serialOf: SerialOf): string {
  if (cell === '' || cell === null || cell === undefined) return '';
  if (isDate(cell)) return `n:${Math.round(serialOf(cell) * SECONDS_A_DAY)}`;
  if (typeof cell === 'number') return `n:${Math.round(cell * SECONDS_A_DAY)}`;
  if (typeof cell === 'boolean') return `b:${String(cell)}`;
  return `s:${String(cell)}`;
}

/**
 * A name for every column of a header row, unique: the header as typed (trimmed), "Column F" for
 * a column with content but no header, and "Notes (2)" for a second column headed Notes. The
 * archive's sheets carry these names, so every cell a person typed has a column to go to.
 */
export function columnNames(header: readonly unknown[], width = header.length): string[] {
  const seen = new Map<string, number>();
  const names: string[] = [];
  for (let c = 0; c < width; c += 1) {
    const typed = String(header[c] ?? '').trim();
    const base = typed === '' ? `Column ${columnLetter(c)}` : typed;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    names.push(count === 1 ? base : `${base} (${count})`);
  }
  return names;
}

/** A row as comparable text, by column name, blanks left out: column order does not matter. */
export function printRow(
  names: readonly string[],
  cells: readonly unknown[],
  serialOf: SerialOf,
): string {
  const parts: string[] = [];
  names.forEach((name, c) => {
    const cell = printCell(cells[c], serialOf);
    if (cell !== '') parts.push(`${name}=${cell}`);
  });
  return parts.sort().join('\u0001');
}

/** How many of each print a list holds: rows compare as a multiset (two identical rows are two). */
export function countPrints(prints: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const print of prints) counts.set(print, (counts.get(print) ?? 0) + 1);
  return counts;
}
