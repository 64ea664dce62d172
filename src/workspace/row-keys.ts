// How each sheet's rows are told apart when the add-on writes: the key a row carries in its own cells.
import { cellText } from '../domain/keyed-cells';
import type { SheetSchema } from '../domain/columns';
import type { HeaderIndex } from '../domain/table';
import type { Table } from './table';

export interface RowIdentity {
  (cells: readonly unknown[]): string | undefined;
  /**
   * A cheap part of the key (the Placement ID): rows whose keys are equal have equal parts, so a
   * row whose part no write wants need not have its whole key built (keyed-cells.ts rowsByKey).
   */
  readonly part?: (cells: readonly unknown[]) => string;
}

/** The identifying columns of each sheet (DOMAIN.md §4), by column key. */
const KEY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  Placements: ['placementId'],
  Providers: ['provider'],
  Attendance: ['date', 'placementId', 'session'],
  Reviews: ['placementId', 'reviewDate'],
  Settings: ['setting'],
  Documents: ['link'],
};

/** Two spaces together, or any spacing but a plain space. */
const ODD_SPACING = /\s\s|[^\S ]/;

function keyText(cell: unknown): string {
  const text = cellText('values', cell).trim().toLowerCase();
  // Provider names and IDs are matched as the add-on reads them: case and spacing ignored (most
  // keys have no spacing to even out).
  return ODD_SPACING.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** A row's key: its identifying cells; undefined when any of them is blank. */
export function keyIdentity(schema: SheetSchema, index: HeaderIndex): RowIdentity {
  const columns = (KEY_COLUMNS[schema.name] ?? []).map((key) => index.columnOf.get(key));
  if (columns.length === 0 || columns.some((c) => c === undefined)) {
    throw new Error(`The ${schema.name} sheet has no key columns to find its rows by.`);
  }
  return (cells) => {
    const parts = columns.map((c) => keyText(cells[c as number]));
    return parts.some((p) => p === '') ? undefined : parts.join('|');
  };
}

/**
 * A row as a person filled it in: every column but the add-on's own, plus its ID when it has one.
 * What the checks write (the add-on's columns) never changes it, so a re-check finds each row by it.
 */
export function contentIdentity(
  schema: SheetSchema,
  index: HeaderIndex,
  withId = true,
): RowIdentity {
  const isAddOns: boolean[] = [];
  for (const [key, column] of index.columnOf) {
    if (schema.columns[key]?.owner === 'add-on') isAddOns[column] = true;
  }
  const idColumn = withId ? index.columnOf.get('placementId') : undefined;
  const part = (cells: readonly unknown[]) =>
    idColumn === undefined ? '' : keyText(cells[idColumn]);
  const identify = (cells: readonly unknown[]) => {
    const id = part(cells);
    // Each cell as its length and text (unambiguous, and cheaper than JSON); the add-on's own
    // cells as empty. A row beyond the last one with content reads as no cells at all: the same
    // blank row, so trailing empty cells are cut.
    let key = `${id.length}:${id}|`;
    let end = key.length;
    for (let c = 0; c < cells.length; c += 1) {
      if (isAddOns[c] === true) {
        key += '0:';
        continue;
      }
      const cell = cells[c];
      // Most cells are plain text, which is its own text (cellText only strips an apostrophe).
      const text =
        typeof cell === 'string' && cell.charCodeAt(0) !== 39 ? cell : cellText('values', cell);
      key += `${text.length}:${text}`;
      if (text !== '') end = key.length;
    }
    return key.slice(0, end);
  };
  return Object.assign(identify, { part });
}

/** The key of a row as `table` read it. */
export function keyOfRow<S extends SheetSchema>(
  table: Table<S>,
  rowNumber: number,
): string | undefined {
  return keyIdentity(table.schema, table.index)(table.grid[rowNumber - 1] ?? []);
}
