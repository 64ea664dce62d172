// WorkbookAccess through the Sheets advanced service (Sheets API v4): the workbook a person picked, under drive.file.
import type { Grid } from '../../domain/table';
import { SheetDates } from '../spreadsheet';
import type { CellBlock, WorkbookAccess, WorkbookStore } from './access';

type Api = GoogleAppsScript.Sheets;

/** The Sheets global exists only when appsscript.json enables the advanced service. */
function sheetsApi(): Api {
  if (typeof Sheets === 'undefined' || !Sheets) {
    throw new Error(
      'the Sheets advanced service is not enabled in this script (appsscript.json dependencies)',
    );
  }
  return Sheets;
}

const METADATA_FIELDS =
  'developerMetadata(metadataId,metadataKey,metadataValue,location.locationType)';

/** What one spreadsheets.get tells: the zone, the sheets, and the add-on's metadata. */
const FIELDS = `spreadsheetUrl,properties.timeZone,sheets.properties(sheetId,title),${METADATA_FIELDS}`;

interface Metadata {
  readonly id: number;
  readonly value: string;
}

/** A sheet name as an A1 range: always quoted, a quote inside doubled (the API's A1 notation). */
function sheetRange(name: string, a1 = ''): string {
  return `'${name.replace(/'/g, "''")}'${a1 ? `!${a1}` : ''}`;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Rows the API gave (trailing empty cells and rows left out) made rectangular, '' for empty. */
function rectangular(values: readonly (readonly unknown[])[] | undefined): Grid {
  const rows = values ?? [];
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/** The add-on's metadata on the spreadsheet itself, by key, from a spreadsheets.get reply. */
function metadataOf(
  spreadsheet: GoogleAppsScript.Sheets.Schema.Spreadsheet,
): Map<string, Metadata> {
  const metadata = new Map<string, Metadata>();
  for (const found of spreadsheet.developerMetadata ?? []) {
    if (found.location?.locationType !== 'SPREADSHEET') continue;
    if (typeof found.metadataKey !== 'string' || typeof found.metadataId !== 'number') continue;
    metadata.set(found.metadataKey, { id: found.metadataId, value: found.metadataValue ?? '' });
  }
  return metadata;
}

/** The developer metadata on the spreadsheet itself, as spreadsheets.get listed it. */
class ApiStore implements WorkbookStore {
  constructor(
    private readonly access: SheetsApiAccess,
    private found: Map<string, Metadata>,
  ) {}

  /** One spreadsheets.get asking only for the metadata. */
  reload(): void {
    this.found = metadataOf(
      sheetsApi().Spreadsheets.get(this.access.id, { fields: METADATA_FIELDS }),
    );
  }

  get(key: string): string | undefined {
    return this.found.get(key)?.value;
  }

  set(key: string, value: string): void {
    const known = this.found.get(key);
    const request = known
      ? {
          updateDeveloperMetadata: {
            dataFilters: [{ developerMetadataLookup: { metadataId: known.id } }],
            developerMetadata: { metadataValue: value },
            fields: 'metadataValue',
          },
        }
      : {
          createDeveloperMetadata: {
            developerMetadata: {
              metadataKey: key,
              metadataValue: value,
              location: { spreadsheet: true },
              visibility: 'PROJECT',
            },
          },
        };
    const reply = this.access.batchUpdate([request]);
    const made = reply.replies?.[0]?.createDeveloperMetadata?.developerMetadata?.metadataId;
    this.found.set(key, { id: known?.id ?? made ?? -1, value });
  }

  delete(key: string): void {
    const known = this.found.get(key);
    if (!known) return;
    this.access.batchUpdate([
      {
        deleteDeveloperMetadata: {
          dataFilter: { developerMetadataLookup: { metadataId: known.id } },
        },
      },
    ]);
    this.found.delete(key);
  }
}

interface Opened {
  readonly url: string;
  readonly dates: SheetDates;
  readonly sheetIds: Map<string, number>;
  readonly store: ApiStore;
}

/**
 * One spreadsheets.get when first needed (zone, sheet ids, metadata), one values.batchGet per
 * read however many sheets, one values.append per append. Dates are read as serial numbers and
 * written as the ISO text a person would type (USER_ENTERED), which Sheets stores as a date.
 */
export class SheetsApiAccess implements WorkbookAccess {
  readonly path = 'Sheets API';
  readonly serialDates = true;
  #opened: Opened | undefined;

  constructor(readonly id: string) {}

  #open(): Opened {
    if (this.#opened) return this.#opened;
    const spreadsheet = sheetsApi().Spreadsheets.get(this.id, { fields: FIELDS });
    const sheetIds = new Map<string, number>();
    for (const sheet of spreadsheet.sheets ?? []) {
      const { title, sheetId } = sheet.properties ?? {};
      if (typeof title === 'string' && typeof sheetId === 'number') sheetIds.set(title, sheetId);
    }
    const metadata = metadataOf(spreadsheet);
    const timeZone = spreadsheet.properties?.timeZone ?? Session.getScriptTimeZone();
    this.#opened = {
      url: spreadsheet.spreadsheetUrl ?? `https://docs.google.com/spreadsheets/d/${this.id}/edit`,
      dates: SheetDates.forZone(timeZone),
      sheetIds,
      store: new ApiStore(this, metadata),
    };
    return this.#opened;
  }

  get url(): string {
    return this.#open().url;
  }

  get dates(): SheetDates {
    return this.#open().dates;
  }

  get store(): WorkbookStore {
    return this.#open().store;
  }

  /** spreadsheets.batchUpdate, for the few structural changes (rows removed, a sheet, metadata). */
  batchUpdate(
    requests: readonly GoogleAppsScript.Sheets.Schema.Request[],
  ): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse {
    return sheetsApi().Spreadsheets.batchUpdate({ requests: [...requests] }, this.id);
  }

  /** Every named sheet in one values.batchGet; a sheet that is not there is left out, not asked for (it would fail the whole call). */
  readSheets(
    names: readonly string[],
    options: { readonly headerOnly?: readonly string[] } = {},
  ): ReadonlyMap<string, Grid> {
    const { sheetIds } = this.#open();
    const present = names.filter((name) => sheetIds.has(name));
    const grids = new Map<string, Grid>();
    if (present.length === 0) return grids;
    const reply = sheetsApi().Spreadsheets.Values.batchGet(this.id, {
      ranges: present.map((name) =>
        options.headerOnly?.includes(name) ? sheetRange(name, '1:1') : sheetRange(name),
      ),
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
      majorDimension: 'ROWS',
    });
    const ranges = reply.valueRanges ?? [];
    present.forEach((name, i) => grids.set(name, rectangular(ranges[i]?.values)));
    return grids;
  }

  sheetId(name: string): number | undefined {
    return this.#open().sheetIds.get(name);
  }

  #cell(value: unknown): unknown {
    const { dates } = this.#open();
    if (value === null || value === undefined) return '';
    if (Object.prototype.toString.call(value) === '[object Date]') {
      return dates.isoTimestamp(value as Date);
    }
    if (typeof value === 'object') {
      if ('isoDate' in value && typeof value.isoDate === 'string') return value.isoDate;
      if ('isoTimestamp' in value && typeof value.isoTimestamp === 'string') {
        return value.isoTimestamp;
      }
    }
    return value;
  }

  #known(name: string): void {
    if (!this.#open().sheetIds.has(name)) throw new Error(`There is no ${name} sheet.`);
  }

  /** One values.append, rows inserted (INSERT_ROWS) so none is written over, in one atomic call. */
  appendRows(name: string, rows: readonly (readonly unknown[])[]): void {
    this.#known(name);
    if (rows.length === 0) return;
    sheetsApi().Spreadsheets.Values.append(
      { values: rows.map((row) => row.map((cell) => this.#cell(cell))) },
      this.id,
      sheetRange(name),
      { valueInputOption: 'USER_ENTERED', insertDataOption: 'INSERT_ROWS' },
    );
  }

  /** One values.batchUpdate for every block. */
  writeBlocks(name: string, blocks: readonly CellBlock[]): void {
    this.#known(name);
    const data = blocks
      .filter(({ values }) => values.length > 0 && (values[0]?.length ?? 0) > 0)
      .map(({ row, column, values }) => {
        const last = `${columnLetters(column + (values[0]?.length ?? 1) - 1)}${row + values.length - 1}`;
        return {
          range: sheetRange(name, `${columnLetters(column)}${row}:${last}`),
          values: values.map((cells) => cells.map((cell) => this.#cell(cell))),
        };
      });
    if (data.length === 0) return;
    sheetsApi().Spreadsheets.Values.batchUpdate(
      { valueInputOption: 'USER_ENTERED', data },
      this.id,
    );
  }

  deleteRows(name: string, first: number, count: number): void {
    const sheetId = this.sheetId(name);
    if (sheetId === undefined) throw new Error(`There is no ${name} sheet.`);
    if (count <= 0) return;
    this.batchUpdate([
      {
        deleteDimension: {
          range: { sheetId, dimension: 'ROWS', startIndex: first - 1, endIndex: first - 1 + count },
        },
      },
    ]);
  }

  addSheet(name: string, header: readonly string[], columns = 26): void {
    const gridProperties = { rowCount: 1000, columnCount: Math.max(26, columns, header.length) };
    const reply = this.batchUpdate([{ addSheet: { properties: { title: name, gridProperties } } }]);
    const sheetId = reply.replies?.[0]?.addSheet?.properties?.sheetId;
    if (typeof sheetId === 'number') this.#open().sheetIds.set(name, sheetId);
    if (header.length > 0) this.writeBlocks(name, [{ row: 1, column: 1, values: [header] }]);
  }
}
