// What "Archive the year" must do next, from what the live sheets and the archive hold now: pure, so every
// interruption is recovered by reading again and planning again.
import { placementNumber, formatPlacementId } from '../placement-ids';
import type { Grid } from '../table';
import { columnNames, countPrints, printRow, type SerialOf } from './row-prints';

/** The sheets a placement's story is in, moved together. */
export const ARCHIVED_SHEETS = ['Placements', 'Attendance', 'Reviews'] as const;
export type ArchivedSheet = (typeof ARCHIVED_SHEETS)[number];

/**
 * The archive's own column on Placements: when a placement's rows there became the record. Until
 * it is filled the live workbook is the record (nothing of the placement has been removed from it
 * yet); once it is, the archive is, and whatever of that placement is still live is removed (or,
 * if the archive lacks it, added first).
 */
export const ARCHIVED_ON = 'Archived on';

const ID_HEADER = 'Placement ID';

export interface SheetRow {
  /** 1-based, the header being row 1. */
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
  /** The Placement ID as AP-0012, whatever the case and spacing typed; '' when none. */
  readonly id: string;
  readonly print: string;
}

export interface ReadSheet {
  /** Column names (row-prints.ts `columnNames`), one per column read. */
  readonly names: readonly string[];
  readonly rows: readonly SheetRow[];
}

/** A Placement ID as the add-on compares it: AP-0012 for ' ap-12 '. */
export function idOf(cell: unknown): string {
  const number = placementNumber(typeof cell === 'string' ? cell : String(cell ?? ''));
  return number === undefined ? '' : formatPlacementId(number);
}

const isBlank = (cells: readonly unknown[]) =>
  cells.every((c) => c === '' || c === null || c === undefined);

/** A sheet's rows as read (row 1 the header), each with its ID and print; blank rows left out. */
export function readSheet(grid: Grid, serialOf: SerialOf): ReadSheet {
  const width = grid.reduce((most, row) => Math.max(most, row.length), 0);
  const names = columnNames(grid[0] ?? [], width);
  const idColumn = names.indexOf(ID_HEADER);
  // The archive's own marker column is not part of the row as the school wrote it.
  const printed = names.map((name) => (name === ARCHIVED_ON ? '' : name));
  const rows: SheetRow[] = [];
  for (let r = 1; r < grid.length; r += 1) {
    const cells = grid[r] ?? [];
    if (isBlank(cells)) continue;
    rows.push({
      rowNumber: r + 1,
      cells,
      id: idColumn < 0 ? '' : idOf(cells[idColumn]),
      print: printRow(
        printed,
        cells.map((cell, c) => (printed[c] === '' ? '' : cell)),
        serialOf,
      ),
    });
  }
  return { names, rows };
}

export type Sheets = Readonly<Record<ArchivedSheet, ReadSheet>>;

/** The placements whose archive rows are the record (their Archived on is filled). */
export function archivedIds(archive: Sheets): Set<string> {
  const placements = archive.Placements;
  const column = placements.names.indexOf(ARCHIVED_ON);
  const ids = new Set<string>();
  if (column < 0) return ids;
  for (const row of placements.rows) {
    const cell = row.cells[column];
    if (row.id !== '' && cell !== '' && cell !== undefined && cell !== null) ids.add(row.id);
  }
  return ids;
}

/** The archive's columns once the live sheet's are added: theirs first, new ones at the end. */
export function archiveColumns(
  live: ReadSheet,
  archive: ReadSheet,
  sheet: ArchivedSheet,
): string[] {
  const names = [...archive.names];
  for (const name of live.names) if (!names.includes(name)) names.push(name);
  if (sheet === 'Placements' && !names.includes(ARCHIVED_ON)) names.push(ARCHIVED_ON);
  return names;
}

/** A live row's cells laid out under the archive's columns. */
export function underColumns(
  row: SheetRow,
  from: readonly string[],
  to: readonly string[],
): unknown[] {
  const at = new Map(from.map((name, c) => [name, c]));
  return to.map((name) => {
    const c = at.get(name);
    return c === undefined ? '' : (row.cells[c] ?? '');
  });
}

export interface SheetChange {
  /** The archive's header row when it must be written (a new sheet, or new live columns). */
  readonly header?: readonly string[];
  /** Archive rows to take out: copies of a placement that is still live and has changed since. */
  readonly removeFromArchive: readonly number[];
  /** Live rows to add to the archive, laid out under its columns. */
  readonly add: readonly (readonly unknown[])[];
}

export type ArchiveSync = Readonly<Record<ArchivedSheet, SheetChange>>;

function byId(rows: readonly SheetRow[]): Map<string, SheetRow[]> {
  const found = new Map<string, SheetRow[]>();
  for (const row of rows) {
    if (row.id === '') continue;
    const list = found.get(row.id) ?? [];
    list.push(row);
    found.set(row.id, list);
  }
  return found;
}

/**
 * What makes the archive hold exactly the live rows of each placement still on live Placements
 * that is moving (and nothing of one that is not), and every live row of an archived placement:
 *
 * - A placement still on live Placements and not yet archived: live is the record, nothing of it
 *   has been removed. The archive's copy is made equal to the live rows (rows are compared as a
 *   multiset of prints: two identical rows are two), so an append whose reply was lost is not
 *   made twice, and a row a person changed after it was copied is copied again.
 * - An archived placement (Archived on filled): the archive is the record and is only added to:
 *   any live row of it the archive lacks is added, never taken out.
 */
export function planSync(live: Sheets, archive: Sheets, moving: ReadonlySet<string>): ArchiveSync {
  const archived = archivedIds(archive);
  const liveIds = new Set(live.Placements.rows.map((r) => r.id).filter((id) => id !== ''));
  const plan = {} as Record<ArchivedSheet, SheetChange>;
  for (const sheet of ARCHIVED_SHEETS) {
    const liveSheet = live[sheet];
    const archiveSheet = archive[sheet];
    const columns = archiveColumns(liveSheet, archiveSheet, sheet);
    const liveRows = byId(liveSheet.rows);
    const archiveRows = byId(archiveSheet.rows);
    const removeFromArchive: number[] = [];
    const add: unknown[][] = [];
    const ids = new Set([...liveIds, ...archived]);
    for (const id of ids) {
      const have = archiveRows.get(id) ?? [];
      const mine = liveRows.get(id) ?? [];
      if (archived.has(id)) {
        const kept = countPrints(have.map((r) => r.print));
        for (const row of mine) {
          const left = kept.get(row.print) ?? 0;
          if (left > 0) kept.set(row.print, left - 1);
          else add.push(underColumns(row, liveSheet.names, columns));
        }
        continue;
      }
      const want = moving.has(id) ? mine : [];
      const wanted = countPrints(want.map((r) => r.print));
      for (const row of have) {
        const left = wanted.get(row.print) ?? 0;
        if (left > 0) wanted.set(row.print, left - 1);
        else removeFromArchive.push(row.rowNumber);
      }
      for (const row of want) {
        const left = wanted.get(row.print) ?? 0;
        if (left > 0) {
          wanted.set(row.print, left - 1);
          add.push(underColumns(row, liveSheet.names, columns));
        }
      }
    }
    const changedHeader =
      columns.length !== archiveSheet.names.length ||
      columns.some((name, c) => archiveSheet.names[c] !== name);
    plan[sheet] = {
      ...(changedHeader ? { header: columns } : {}),
      removeFromArchive: removeFromArchive.sort((a, b) => a - b),
      add,
    };
  }
  return plan;
}

export function syncIsEmpty(sync: ArchiveSync): boolean {
  return ARCHIVED_SHEETS.every(
    (s) => !sync[s].header && sync[s].removeFromArchive.length === 0 && sync[s].add.length === 0,
  );
}

/** Moving placements whose archive copy is complete (the sync had nothing left to do): mark them. */
export function readyToMark(archive: Sheets, moving: ReadonlySet<string>): string[] {
  const archived = archivedIds(archive);
  const inArchive = new Set(archive.Placements.rows.map((r) => r.id));
  return [...moving].filter((id) => !archived.has(id) && inArchive.has(id)).sort();
}

/**
 * Live rows of archived placements that the archive holds (as a multiset): the rows to remove from
 * the live sheets, with the print each must still have when it is removed.
 */
export function planRemoval(
  live: Sheets,
  archive: Sheets,
): Readonly<Record<ArchivedSheet, readonly SheetRow[]>> {
  const archived = archivedIds(archive);
  const plan = {} as Record<ArchivedSheet, SheetRow[]>;
  for (const sheet of ARCHIVED_SHEETS) {
    const held = countPrints(
      archive[sheet].rows.filter((r) => archived.has(r.id)).map((r) => r.print),
    );
    plan[sheet] = live[sheet].rows.filter((row) => {
      if (!archived.has(row.id)) return false;
      const left = held.get(row.print) ?? 0;
      if (left === 0) return false;
      held.set(row.print, left - 1);
      return true;
    });
  }
  return plan;
}

/** Consecutive row numbers as [first, count] blocks, the lowest last (removed bottom up). */
export function blocksBottomUp(rowNumbers: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(rowNumbers)].sort((a, b) => a - b);
  const blocks: Array<[number, number]> = [];
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last[0] + last[1] === row) last[1] += 1;
    else blocks.push([row, 1]);
  }
  return blocks.reverse();
}
