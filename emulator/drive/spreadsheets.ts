// Spreadsheets that live in Drive besides the bound one (an archive the add-on creates): their documents and links.
import type { VirtualClock } from '../core/clock';
import { fromJSON, type WorkbookJSON } from '../spreadsheet/persist';
import { SpreadsheetState } from '../spreadsheet/state';
import type { DriveFileRecord, WorkbookLink } from './state';

/**
 * A Google Sheet's Drive record and its spreadsheet are one file seen two ways: its `name` and
 * `owner` live on the spreadsheet, so a rename on either side shows on the other
 * (Drive.Files.update({name}) and Spreadsheet.rename, as for the bound workbook).
 */
export function bindRecord(record: DriveFileRecord, book: WorkbookLink): void {
  for (const key of ['name', 'owner'] as const) {
    Object.defineProperty(record, key, {
      get: () => book[key],
      set: (v: string) => {
        book[key] = v;
      },
      enumerable: true,
      configurable: true,
    });
  }
}

/** What a new spreadsheet starts as: one sheet, or a copy of another's document. */
export type NewSpreadsheet =
  | { readonly timeZone: string; readonly sheets?: readonly SheetSpec[] }
  | { readonly copyOf: WorkbookJSON };

export interface SheetSpec {
  readonly title: string;
  readonly rowCount?: number;
  readonly columnCount?: number;
  readonly frozenRowCount?: number;
  readonly frozenColumnCount?: number;
  readonly hidden?: boolean;
}

/**
 * The documents of the spreadsheets in Drive other than the bound one, by file id. A new one has
 * one sheet "Sheet1" of 1000 rows x 26 columns unless told otherwise (a blank Google Sheet; the
 * Sheets API answers 1000 x 26 even when asked for 0 x 0 [reported: tidyverse/googlesheets4#70]).
 */
export class DriveSpreadsheets {
  readonly #books = new Map<string, SpreadsheetState>();

  constructor(readonly clock: VirtualClock) {}

  get(id: string): SpreadsheetState | undefined {
    return this.#books.get(id);
  }

  all(): SpreadsheetState[] {
    return [...this.#books.values()];
  }

  /** Makes the spreadsheet for `record` (a new Drive file) and binds the two. */
  create(record: DriveFileRecord, start: NewSpreadsheet): SpreadsheetState {
    let book: SpreadsheetState;
    if ('copyOf' in start) {
      const json: WorkbookJSON = {
        ...start.copyOf,
        id: record.id,
        name: record.name,
        owner: record.owner,
        editors: [],
        toasts: [],
        selection: null,
      };
      book = fromJSON(json, this.clock, SpreadsheetState);
    } else {
      book = new SpreadsheetState({
        id: record.id,
        name: record.name,
        owner: record.owner,
        timeZone: start.timeZone,
        clock: this.clock,
      });
      for (const s of start.sheets?.length ? start.sheets : [{ title: 'Sheet1' }]) {
        const sheet = book.addSheet(s.title, [], {
          maxRows: s.rowCount || 1000,
          maxColumns: s.columnCount || 26,
        });
        sheet.frozenRows = s.frozenRowCount ?? 0;
        sheet.frozenColumns = s.frozenColumnCount ?? 0;
        sheet.hidden = s.hidden ?? false;
      }
    }
    this.#books.set(record.id, book);
    bindRecord(record, book);
    return book;
  }

  delete(id: string): void {
    this.#books.delete(id);
  }

  clear(): void {
    this.#books.clear();
  }

  toJSON(): WorkbookJSON[] {
    return this.all().map((book) => book.toJSON());
  }

  /** Restores snapshots, each bound to its Drive record (a snapshot without its record is dropped). */
  load(books: readonly WorkbookJSON[], record: (id: string) => DriveFileRecord | undefined): void {
    this.#books.clear();
    for (const json of books) {
      const file = record(json.id);
      if (!file) continue;
      const book = fromJSON(json, this.clock, SpreadsheetState);
      this.#books.set(json.id, book);
      bindRecord(file, book);
    }
  }
}
