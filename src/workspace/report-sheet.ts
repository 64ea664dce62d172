// Writes a report the add-on rebuilds on demand onto its own sheet, in one block, never onto a person's sheet.
import type { ReportCell } from '../domain/reports/report-rows';
import { neutraliseFormula } from '../domain/table';
import type { Sheet, Spreadsheet } from './spreadsheet';

export type ReportSheet =
  { readonly ok: true; readonly sheet: Sheet } | { readonly ok: false; readonly message: string };

/**
 * The report's sheet, made on first use and protected with a warning whose description says it is
 * the add-on's (DOMAIN.md §4: add-on sheets warn before a person types over them). A sheet of that
 * name without it is a person's: it is never written over.
 */
function reportSheet(spreadsheet: Spreadsheet, name: string, description: string): ReportSheet {
  const existing = spreadsheet.getSheetByName(name);
  if (!existing) {
    const sheet = spreadsheet.insertSheet(name);
    sheet.protect().setDescription(description).setWarningOnly(true);
    return { ok: true, sheet };
  }
  const protections = existing.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (protections.some((p) => p.getDescription() === description)) {
    return { ok: true, sheet: existing };
  }
  return {
    ok: false,
    message: `There is already a sheet called "${name}" that the add-on did not make, so it was left exactly as it is and nothing was written. Rename that sheet, then make the report again.`,
  };
}

/**
 * A range past the sheet's last row or column is refused ("The coordinates of the range are
 * outside the dimensions of the sheet"): a register of a large school is longer than a new sheet's
 * 1,000 rows, so the sheet grows first (two calls at most, none when it is big enough).
 */
function makeRoom(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** What A1 says while a longer earlier report is being cleared from under the new one. */
export const INCOMPLETE =
  'INCOMPLETE: this report was interrupted while it was being remade; make it again from the menu. ';

/**
 * Writes `rows` (all one width) from A1 in one setValues, then empties what the last report left
 * beyond them. A failure before the block leaves the previous report whole; the block is one call;
 * when an earlier, larger report has to be cleared after it, the block goes in with A1 marked
 * INCOMPLETE and A1 is set to the title only once the clearing is done, so a report interrupted
 * half-way says so. Text that Sheets would read as a formula is written as text.
 */
export function writeReport(
  spreadsheet: Spreadsheet,
  name: string,
  rows: readonly (readonly ReportCell[])[],
  description: string,
): ReportSheet {
  const found = reportSheet(spreadsheet, name, description);
  if (!found.ok) return found;
  const { sheet } = found;
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) return found;
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)),
  );
  makeRoom(sheet, rows.length, width);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const leftover = lastRow > rows.length || lastColumn > width;
  const title = cells[0]?.[0] ?? '';
  if (leftover && cells[0]) cells[0][0] = `${INCOMPLETE}${String(title)}`;
  sheet.getRange(1, 1, rows.length, width).setValues(cells);
  if (!leftover) return found;
  if (lastRow > rows.length) {
    sheet
      .getRange(rows.length + 1, 1, lastRow - rows.length, Math.max(lastColumn, width))
      .clearContent();
  }
  if (lastColumn > width) {
    sheet.getRange(1, width + 1, rows.length, lastColumn - width).clearContent();
  }
  sheet.getRange(1, 1).setValue(title);
  return found;
}
