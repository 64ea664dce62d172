// Inserting and deleting rows or columns, with Google's bounds checks and protection checks.
import { AppsScriptError } from '../core/emulated';
import type { Rect } from './a1';
import type { SheetHandle } from './handles';
import { blocking, PROTECTED_MESSAGE } from './protection-rules';
import type { SheetModel } from './sheet-model';

type Axis = 'rows' | 'columns';

function outOfBounds(axis: Axis): AppsScriptError {
  return new AppsScriptError(`Those ${axis} are out of bounds.`); // [reported]
}

/** Inserts `count` blank lines so the first new one is line `at`; everything from `at` moves on. */
export function insertLines(sheet: SheetModel, axis: Axis, at: number, count: number): void {
  const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
  // [open] Google's wording for a zero count or a position past the end is unconfirmed.
  if (!Number.isInteger(at) || !Number.isInteger(count) || at < 1 || at > max + 1 || count < 1) {
    throw outOfBounds(axis);
  }
  if (axis === 'rows') sheet.insertRows(at, count);
  else sheet.insertColumns(at, count);
}

/**
 * Deletes lines at..at+count-1, shifting everything below (or right) back. Deleting every
 * non-frozen row fails with "Sorry, it is not possible to delete all non-frozen rows." [reported].
 */
export function deleteLines(h: SheetHandle, axis: Axis, at: number, count: number): void {
  const sheet = h.sheet;
  const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
  const frozen = axis === 'rows' ? sheet.frozenRows : sheet.frozenColumns;
  if (
    !Number.isInteger(at) ||
    !Number.isInteger(count) ||
    at < 1 ||
    count < 1 ||
    at + count - 1 > max
  ) {
    throw outOfBounds(axis);
  }
  const nonFrozenDeleted = Math.max(0, at + count - Math.max(at, frozen + 1));
  if (max - frozen - nonFrozenDeleted <= 0) {
    throw new AppsScriptError(`Sorry, it is not possible to delete all non-frozen ${axis}.`);
  }
  const rect: Rect =
    axis === 'rows'
      ? { row: at, column: 1, numRows: count, numColumns: sheet.maxColumns }
      : { row: 1, column: at, numRows: sheet.maxRows, numColumns: count };
  if (blocking(h.state, sheet, rect, h.exec.effectiveUser))
    throw new AppsScriptError(PROTECTED_MESSAGE);
  if (axis === 'rows') sheet.deleteRows(at, count);
  else sheet.deleteColumns(at, count);
}
