// Reads the whole Log and the seal, through whichever path reached the workbook, for the check.
import { checkLog, type LogCheck } from '../domain/log/log-check';
import { LOG_SEAL_HEADERS, Log } from '../domain/sheets/log';
import { indexHeaders, missingHeadersMessage } from '../domain/table';
import { hasSealColumns, logRowsAsRead, readSeal } from './log-seal';
import type { WorkbookAccess } from './workbook/access';

export type LogCheckRead =
  | { readonly ok: true; readonly check: LogCheck }
  | { readonly ok: false; readonly message: string };

/**
 * One read of the Log (and the seal from the store). A Log deleted whole, once lines were
 * numbered, is every line missing: the store still knows the last number.
 */
export function readLogCheck(access: WorkbookAccess): LogCheckRead {
  const grid = access.readSheets([Log.name]).get(Log.name);
  const seal = readSeal(access.store);
  if (!grid) {
    if (seal && seal.last > 0) return { ok: true, check: checkLog([], seal) };
    return {
      ok: false,
      message: `There is no ${Log.name} sheet. Choose Extensions > AP Placements > Set up workbook to create it.`,
    };
  }
  const index = indexHeaders(Log, grid[0] ?? []);
  const missing = index.missing.filter((header) => !LOG_SEAL_HEADERS.includes(header));
  if (missing.length > 0) return { ok: false, message: missingHeadersMessage(Log, missing) };
  const rows = logRowsAsRead(grid, index, access);
  return { ok: true, check: checkLog(rows, seal, hasSealColumns(index)) };
}
