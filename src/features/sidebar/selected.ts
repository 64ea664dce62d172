// The placement of the selected row, for the refresh when the sidebar regains focus, and opening a row.
import { parseForm } from '../../domain/sidebar/forms/fields';
import { rowLink } from '../../domain/sidebar/forms/schemas';
import {
  SELECT_HINT,
  SHEETS_NAMING_A_PLACEMENT,
  type RowOnSheet,
} from '../../domain/sidebar/selection';
import type { SelectedPlacement } from '../../shared/sidebar-api';
import { selectRow } from '../../workspace/selection';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { attendanceFor } from './attendance-wanted';
import { dayOf, selectedFrom, selectedRow } from './state';

/** Reads the workbook only when the row can name a placement: a click on Settings costs five calls. */
function viewOf(row: RowOnSheet | undefined): SelectedPlacement {
  if (!row || !SHEETS_NAMING_A_PLACEMENT.includes(row.sheetName) || row.row < 2) {
    return { selectionHint: SELECT_HINT };
  }
  const read = readSidebarWorkbook(attendanceFor(row, false));
  if (!read.complete) {
    return { selectionHint: 'Choose Extensions > AP Placements > Set up workbook first.' };
  }
  return selectedFrom(dayOf(read.complete, read.now), row);
}

/** One execution: the selection, then each sheet read once (issue 6, item 1: one call, not polling). */
export function getSelectedPlacement(): SelectedPlacement {
  return viewOf(selectedRow());
}

/** Selects the row an overview line or a document names, and returns its placement if it has one. */
export function openRow(link: unknown): SelectedPlacement {
  const parsed = parseForm(rowLink, link);
  if (!parsed.ok) {
    return {
      selectionHint: `That row cannot be opened: ${Object.values(parsed.fieldErrors)[0] ?? ''}`,
    };
  }
  const { sheet, row } = parsed.value;
  if (!selectRow(sheet, row)) {
    return { selectionHint: `There is no row ${row} on a ${sheet} sheet in this workbook.` };
  }
  if (sheet === 'Providers') return { selectionHint: `Providers row ${row} is selected.` };
  return viewOf({ sheetName: sheet, row });
}
