// Takes archived rows out of a live sheet, each block read again just before it goes, bottom up.
import { blocksBottomUp, readSheet, type SheetRow } from '../../domain/archive/archive-plan';
import type { SerialOf } from '../../domain/archive/row-prints';
import type { Sheet } from '../../workspace/spreadsheet';

export interface Removal {
  readonly removed: number;
  /** Why it stopped before the end: out of time, or the sheet changed under it (read again). */
  readonly stopped?: 'time' | 'moved';
}

/**
 * People sort, insert and delete rows while this runs (PLATFORM.md): a row number from the read is
 * used only after the block at that number has been read again and holds exactly the rows planned,
 * in the same columns; otherwise it stops, and the caller reads the sheet again and plans again.
 * Blocks go bottom up, so removing one never moves the rows of the next.
 */
export function removeLiveRows(
  sheet: Sheet,
  names: readonly string[],
  rows: readonly SheetRow[],
  serialOf: SerialOf,
  deadline: number,
): Removal {
  if (rows.length === 0) return { removed: 0 };
  // A column added since the read could hold something the archive does not have.
  if (sheet.getLastColumn() > names.length) return { removed: 0, stopped: 'moved' };
  const planned = new Map(rows.map((row) => [row.rowNumber, row.print]));
  const header = [names as unknown[]];
  let removed = 0;
  for (const [first, count] of blocksBottomUp(rows.map((r) => r.rowNumber))) {
    if (Date.now() > deadline) return { removed, stopped: 'time' };
    const now = sheet.getRange(first, 1, count, names.length).getValues();
    // Printed the way the plan printed them (row 1 of this small grid is the header).
    const reread = readSheet([...header, ...now], serialOf).rows;
    const same =
      reread.length === count &&
      reread.every((row) => planned.get(first + row.rowNumber - 2) === row.print);
    if (!same) return { removed, stopped: 'moved' };
    sheet.deleteRows(first, count);
    removed += count;
  }
  return { removed };
}
