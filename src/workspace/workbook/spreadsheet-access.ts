// WorkbookAccess through SpreadsheetApp: the spreadsheet open in the editor, or opened by its id.
import type { Grid } from '../../domain/table';
import { headerValues, SheetDates, usedValues, type Sheet, type Spreadsheet } from '../spreadsheet';
import type { CellBlock, WorkbookAccess, WorkbookPath, WorkbookStore } from './access';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/**
 * The workbook's developer metadata (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata),
 * read once per run. A workbook whose reminders were turned on before this store existed kept them
 * in document properties: those are read while the metadata has no value of its own.
 */
class MetadataStore implements WorkbookStore {
  #found: Map<string, Metadata> | undefined;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  #all(): Map<string, Metadata> {
    if (!this.#found) {
      // Kept only once whole: a call failing half way must not leave keys unknown for the run.
      const found = new Map<string, Metadata>();
      for (const metadata of this.spreadsheet.getDeveloperMetadata()) {
        found.set(metadata.getKey(), metadata);
      }
      this.#found = found;
    }
    return this.#found;
  }

  get(key: string): string | undefined {
    const metadata = this.#all().get(key);
    if (metadata) return metadata.getValue() ?? undefined;
    // null outside a document (PropertiesService reference).
    return PropertiesService.getDocumentProperties()?.getProperty(key) ?? undefined;
  }

  set(key: string, value: string): void {
    const metadata = this.#all().get(key);
    if (metadata) {
      metadata.setValue(value);
      return;
    }
    this.spreadsheet.addDeveloperMetadata(
      key,
      value,
      SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
    );
    this.#found = undefined;
  }

  delete(key: string): void {
    this.#all().get(key)?.remove();
    this.#all().delete(key);
    PropertiesService.getDocumentProperties()?.deleteProperty(key);
  }

  reload(): void {
    this.#found = undefined;
  }
}

export class SpreadsheetAccess implements WorkbookAccess {
  readonly serialDates = false;
  readonly store: WorkbookStore;
  readonly #sheets = new Map<string, Sheet | null>();
  #dates: SheetDates | undefined;

  constructor(
    readonly spreadsheet: Spreadsheet,
    readonly path: WorkbookPath,
  ) {
    this.store = new MetadataStore(spreadsheet);
  }

  get id(): string {
    return this.spreadsheet.getId();
  }

  get url(): string {
    return this.spreadsheet.getUrl();
  }

  get dates(): SheetDates {
    this.#dates ??= SheetDates.of(this.spreadsheet);
    return this.#dates;
  }

  #sheet(name: string): Sheet | null {
    let sheet = this.#sheets.get(name);
    if (sheet === undefined) {
      sheet = this.spreadsheet.getSheetByName(name);
      this.#sheets.set(name, sheet);
    }
    return sheet;
  }

  #existing(name: string): Sheet {
    const sheet = this.#sheet(name);
    if (!sheet) throw new Error(`There is no ${name} sheet.`);
    return sheet;
  }

  /** One getValues per sheet (SpreadsheetApp reads one range at a time). */
  readSheets(
    names: readonly string[],
    options: { readonly headerOnly?: readonly string[] } = {},
  ): ReadonlyMap<string, Grid> {
    const grids = new Map<string, Grid>();
    for (const name of names) {
      const sheet = this.#sheet(name);
      if (!sheet) continue;
      grids.set(name, options.headerOnly?.includes(name) ? headerValues(sheet) : usedValues(sheet));
    }
    return grids;
  }

  sheetId(name: string): number | undefined {
    return this.#sheet(name)?.getSheetId();
  }

  /**
   * One row: appendRow, atomic against a person's edit (the reference's words). Several (a run's
   * Log lines): blank rows inserted after the last row with content, then filled in one setValues,
   * four calls however many rows. A row a person adds at that moment is pushed below the inserted
   * rows, never written over; these are the add-on's own sheets, where nobody types.
   */
  appendRows(name: string, rows: readonly (readonly unknown[])[]): void {
    const sheet = this.#existing(name);
    const cells = rows.map((row) => row.map((cell) => this.dates.toCell(cell)));
    const [only] = cells;
    if (cells.length === 1 && only) {
      sheet.appendRow(only);
      return;
    }
    if (cells.length === 0) return;
    const width = cells.reduce((most, row) => Math.max(most, row.length), 1);
    const last = sheet.getLastRow();
    if (last < 1) {
      for (const row of cells) sheet.appendRow(row);
      return;
    }
    sheet.insertRowsAfter(last, cells.length);
    sheet
      .getRange(last + 1, 1, cells.length, width)
      .setValues(cells.map((row) => [...row, ...Array<unknown>(width - row.length).fill('')]));
  }

  writeBlocks(name: string, blocks: readonly CellBlock[]): void {
    const sheet = this.#existing(name);
    for (const { row, column, values } of blocks) {
      if (values.length === 0 || (values[0]?.length ?? 0) === 0) continue;
      sheet
        .getRange(row, column, values.length, values[0]?.length ?? 0)
        .setValues(values.map((cells) => cells.map((cell) => this.dates.toCell(cell))));
    }
  }

  deleteRows(name: string, first: number, count: number): void {
    if (count > 0) this.#existing(name).deleteRows(first, count);
  }

  addSheet(name: string, header: readonly string[], columns = 0): void {
    const sheet = this.spreadsheet.insertSheet(name);
    this.#sheets.set(name, sheet);
    const wide = Math.max(columns, header.length);
    const have = sheet.getMaxColumns();
    if (wide > have) sheet.insertColumnsAfter(have, wide - have);
    if (header.length > 0) sheet.getRange(1, 1, 1, header.length).setValues([[...header]]);
  }
}
