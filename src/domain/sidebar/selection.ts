// Which placement a selected row means: a Placements row, or the Placement ID on an Attendance,
// Reviews or Documents row (Documents: its Subject).
import { nameKey } from '../rules/context';
import type { PlacementOnDay } from '../reminders/reminder-day';
import type { DocumentRecord } from '../sheets/documents';
import type { Placement } from '../sheets/placements';
import type { Review } from '../sheets/reviews';
import type { TableRow } from '../table';
import type { SidebarDay } from './sidebar-day';

/** The sheets whose rows name a placement. */
export const SHEETS_NAMING_A_PLACEMENT = ['Placements', 'Attendance', 'Reviews', 'Documents'];

export const SELECT_HINT =
  'Select a row on Placements (or a row with a Placement ID on Attendance, Reviews or Documents) to see that placement here.';

export interface RowOnSheet {
  readonly sheetName: string;
  readonly row: number;
}

export type SelectionResult = { readonly placement: PlacementOnDay } | { readonly hint: string };

/** The row numbered `row` among rows read in sheet order (a binary search: thousands of rows). */
function rowAt<T>(rows: readonly TableRow<T>[], row: number): TableRow<T> | undefined {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = rows[middle]?.rowNumber ?? Infinity;
    if (at < row) low = middle + 1;
    else high = middle;
  }
  const found = rows[low];
  return found?.rowNumber === row ? found : undefined;
}

function byId(sd: SidebarDay, id: string | undefined, where: string): SelectionResult {
  if (id === undefined) return { hint: `${where} has no Placement ID. ${SELECT_HINT}` };
  const placement = sd.day.placements.find(
    (p) => nameKey(p.row.record.placementId) === nameKey(id),
  );
  return placement ? { placement } : { hint: `${id} (${where}) is not on the Placements sheet.` };
}

/** The Placement ID a selected row names, from the rows as read (Attendance's is found by its row). */
export function placementIdOnRow(
  selected: RowOnSheet,
  rows: {
    readonly placements: readonly TableRow<Placement>[];
    readonly reviews: readonly TableRow<Review>[];
    readonly documents: readonly TableRow<DocumentRecord>[];
  },
): string | undefined {
  switch (selected.sheetName) {
    case 'Placements':
      return rowAt(rows.placements, selected.row)?.record.placementId;
    case 'Reviews':
      return rowAt(rows.reviews, selected.row)?.record.placementId;
    case 'Documents':
      return rowAt(rows.documents, selected.row)?.record.subject?.trim().toUpperCase();
    default:
      return undefined;
  }
}

export function placementForRow(sd: SidebarDay, selected: RowOnSheet | undefined): SelectionResult {
  if (!selected || !SHEETS_NAMING_A_PLACEMENT.includes(selected.sheetName) || selected.row < 2) {
    return { hint: SELECT_HINT };
  }
  const { sheetName, row } = selected;
  const where = `${sheetName} row ${row}`;
  switch (sheetName) {
    case 'Placements': {
      const placement = sd.day.placements.find((p) => p.row.rowNumber === row);
      return placement ? { placement } : { hint: `${where} holds no placement. ${SELECT_HINT}` };
    }
    case 'Attendance':
      return byId(sd, rowAt(sd.snapshot.attendance, row)?.record.placementId, where);
    case 'Reviews':
      return byId(sd, rowAt(sd.snapshot.reviews, row)?.record.placementId, where);
    default: {
      const subject = rowAt(sd.snapshot.documents, row)?.record.subject;
      if (subject !== undefined && !/^AP-\d{4,}$/i.test(subject.trim())) {
        return { hint: `${where} is about ${subject}, a provider rather than a placement.` };
      }
      return byId(sd, subject?.trim().toUpperCase(), where);
    }
  }
}
