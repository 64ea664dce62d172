// Reads and writes the Provider returns sheet: made on first use, its rows found by Response, Date and Question.
import { ProviderReturns, type ProviderReturnRecord } from '../domain/sheets/provider-returns';
import { recordRow } from './document-records';
import { rowsOf } from './table';
import type { WorkbookAccess } from './workbook/access';
import type { TableRow, HeaderIndex } from '../domain/table';

/** How a Provider returns row is found again: an edited response updates its own rows. */
export function ledgerKey(response: string, date: string, question: string): string {
  return `${response}|${date}|${question}`;
}

export interface Ledger {
  readonly rows: readonly TableRow<ProviderReturnRecord>[];
  readonly index: HeaderIndex;
  readonly width: number;
  readonly byKey: ReadonlyMap<string, TableRow<ProviderReturnRecord>>;
}

/** The sheet's rows (made, with its header, when missing); a message when its header is damaged. */
export function readLedger(access: WorkbookAccess): Ledger | string {
  let grids = access.readSheets([ProviderReturns.name]);
  if (!grids.get(ProviderReturns.name)) {
    access.addSheet(ProviderReturns.name, ProviderReturns.headers);
    grids = access.readSheets([ProviderReturns.name]);
  }
  const read = rowsOf(ProviderReturns, grids, access);
  if (!read.ok) return read.message;
  const byKey = new Map<string, TableRow<ProviderReturnRecord>>();
  for (const row of read.table.rows) {
    const { response, date, question } = row.record;
    if (response && question) byKey.set(ledgerKey(response, date ?? '', question), row);
  }
  const width = Math.max(read.table.grid[0]?.length ?? 0, ProviderReturns.headers.length);
  return { rows: read.table.rows, index: read.table.index, width, byKey };
}

/** A record as the sheet's row (each cell placed by header, text neutralised). */
export function ledgerRow(ledger: Ledger, record: ProviderReturnRecord): unknown[] {
  return recordRow(ProviderReturns, ledger.index, ledger.width, record);
}
