// Reads and writes the notes and colours of a block of rows: one call each, writes only when changed.
import type { CellMarks, MarksToWrite } from '../domain/marks';
import type { Sheet } from './spreadsheet';
import type { RowSpan } from './table';

/**
 * Reads the notes and backgrounds of `rows` (columns 1 to `width`) once, lets `plan` (pure) decide
 * what they should be, and writes each with one call only if something changed (PLATFORM.md: each
 * service call is slow; interleaved reads and writes defeat caching).
 */
export function updateMarks(
  sheet: Sheet,
  rows: RowSpan,
  width: number,
  plan: (current: CellMarks) => MarksToWrite,
): void {
  if (rows.count < 1 || width < 1) return;
  const range = sheet.getRange(rows.first, 1, rows.count, width);
  const marks = plan({ notes: range.getNotes(), backgrounds: range.getBackgrounds() });
  if (marks.notes) range.setNotes(marks.notes);
  if (marks.backgrounds) range.setBackgrounds(marks.backgrounds);
}
