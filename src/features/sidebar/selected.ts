// The placement of the selected row, for the refresh when the sidebar regains focus, and opening a
// row; each answer says the workbook's day, so a sidebar left open overnight moves on to today.
import { parseForm } from '../../domain/sidebar/forms/fields';
import { rowLink } from '../../domain/sidebar/forms/schemas';
import {
  SELECT_HINT,
  SHEETS_NAMING_A_PLACEMENT,
  type RowOnSheet,
} from '../../domain/sidebar/selection';
import type { SelectedPlacement } from '../../shared/sidebar-api';
import { selectRow } from '../../workspace/selection';
import { workbookToday } from '../../workspace/spreadsheet';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { attendanceFor } from './attendance-wanted';
import { dayOf, selectedFrom, selectedRow } from './state';

/** A hint with the day, for an answer that read no sheet. */
function hint(selectionHint: string): SelectedPlacement {
  return { selectionHint, today: workbookToday() };
}

/** Reads the workbook only when the row can name a placement: a click on Settings costs a few calls. */
function viewOf(row: RowOnSheet | undefined): SelectedPlacement {
  if (!row || !SHEETS_NAMING_A_PLACEMENT.includes(row.sheetName) || row.row < 2) {
    return hint(SELECT_HINT);
  }
  const read = readSidebarWorkbook(attendanceFor(row, false));
  const today = read.now.slice(0, 10);
  if (!read.complete) {
    return { selectionHint: 'Choose Extensions > AP Placements > Set up workbook first.', today };
  }
  return { ...selectedFrom(dayOf(read.complete, read.now), row), today };
}

/** One execution: the selection, then each sheet read once (issue 6, item 1: one call, not polling). */
export function getSelectedPlacement(): SelectedPlacement {
  return viewOf(selectedRow());
}

/** Selects the row an overview line or a document names, and returns its placement if it has one. */
export function openRow(link: unknown): SelectedPlacement {
  const parsed = parseForm(rowLink, link);
  if (!parsed.ok) {
    return hint(`That row cannot be opened: ${Object.values(parsed.fieldErrors)[0] ?? ''}`);
  }
  const { sheet, row } = parsed.value;
  if (!selectRow(sheet, row)) {
    return hint(`There is no row ${row} on a ${sheet} sheet in this workbook.`);
  }
  if (sheet === 'Providers') return hint(`Providers row ${row} is selected.`);
  return viewOf({ sheetName: sheet, row });
}
