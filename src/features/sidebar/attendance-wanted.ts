// Which Attendance rows a sidebar view reads into records (the rest of the sheet is read, not parsed).
import type { RecordOf, SheetSchema } from '../../domain/columns';
import { lookbackStart } from '../../domain/sidebar/attendance-window';
import { placementIdOnRow, type RowOnSheet } from '../../domain/sidebar/selection';
import type { TableRow } from '../../domain/table';
import type { TableRead } from '../../workspace/table';
import type { AttendanceWanted, BeforeAttendance } from '../../workspace/workbook-for-sidebar';

function rowsOf<S extends SheetSchema>(read: TableRead<S>): readonly TableRow<RecordOf<S>>[] {
  return read.ok ? read.table.rows : [];
}

/**
 * The selected placement's rows, whatever their date (its view counts this half-term); with the
 * overview, also every row of the missing-returns lookback, and every open absence.
 */
export function attendanceFor(selected: RowOnSheet | undefined, overview: boolean) {
  return (read: BeforeAttendance, today: string): AttendanceWanted => {
    const placementId =
      selected &&
      placementIdOnRow(selected, {
        placements: rowsOf(read.placements),
        reviews: rowsOf(read.reviews),
        documents: rowsOf(read.documents),
      });
    const termDates = rowsOf(read.termDates).map((row) => row.record);
    const since = overview ? lookbackStart(termDates, today) : undefined;
    return {
      absences: overview,
      ...(since !== undefined ? { since } : {}),
      ...(placementId !== undefined ? { placementId } : {}),
      ...(selected?.sheetName === 'Attendance' ? { row: selected.row } : {}),
    };
  };
}
