// The one small interface every background run reaches the workbook through, whichever way it opened.
import type { Grid } from '../../domain/table';
import type { SheetDates } from '../spreadsheet';

/**
 * How this run reached the workbook (docs/platform.md, "Reaching the workbook"): the spreadsheet
 * open in the editor (a bound script, or any sidebar, menu or edit run), the one the reminders
 * owner connected opened with SpreadsheetApp.openById (a deployment with the full `spreadsheets`
 * scope), or the same file through the Sheets advanced service (`drive.file`, picked in the
 * Google Picker).
 */
export type WorkbookPath = 'active spreadsheet' | 'opened by id' | 'Sheets API';

/** Cells to write at (row, column), 1-based, as the domain gives them (see `WorkbookAccess`). */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * Small named values kept in the workbook itself (its developer metadata), so that every run that
 * reaches the workbook reads the same ones: document properties are not there in an add-on's
 * clock run [reported].
 */
export interface WorkbookStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
  /**
   * Forget what was read: the next get reads the workbook as it is now, with what another run set
   * meanwhile (the Log's last number, taken under the document lock).
   */
  reload(): void;
}

/**
 * Read these sheets, append these rows, write these blocks. Cells to write may be text, numbers,
 * booleans, Dates, or the domain's `{ isoDate }` / `{ isoTimestamp }` (a day or moment in the
 * spreadsheet's zone); each implementation writes them as date cells.
 */
export interface WorkbookAccess {
  readonly path: WorkbookPath;
  readonly id: string;
  readonly url: string;
  /** The spreadsheet's time zone, and days and moments converted in it. */
  readonly dates: SheetDates;
  /**
   * Date cells arrive as serial day numbers (the Sheets API's UNFORMATTED_VALUE with
   * SERIAL_NUMBER), not as Dates: the table reader turns them into days by the column's kind.
   */
  readonly serialDates: boolean;
  readonly store: WorkbookStore;
  /**
   * The cells of each named sheet that exists, from A1 to its last row and column with content;
   * for the sheets named in `headerOnly`, just the header row (the Log, to add lines by header).
   */
  readSheets(
    names: readonly string[],
    options?: { readonly headerOnly?: readonly string[] },
  ): ReadonlyMap<string, Grid>;
  /** The sheet's id, for links to a row (`#gid=`); undefined when there is no such sheet. */
  sheetId(name: string): number | undefined;
  /**
   * Adds rows below the sheet's rows at the moment of the call, never over a row: appendRow after
   * the last row with content; values.append after the table it finds, inserting rows (a blank row
   * ends that table [reported], so rows may land above a later block, never on it).
   */
  appendRows(name: string, rows: readonly (readonly unknown[])[]): void;
  writeBlocks(name: string, blocks: readonly CellBlock[]): void;
  deleteRows(name: string, first: number, count: number): void;
  /**
   * A new sheet with its header row (the add-on's own sheets, made on first use), at least
   * `columns` wide (a new sheet is 26 columns, and a write past the grid fails).
   */
  addSheet(name: string, header: readonly string[], columns?: number): void;
}
