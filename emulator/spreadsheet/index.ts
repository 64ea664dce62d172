// PLACEHOLDER (the spreadsheet helper replaces this file): the SpreadsheetApp global for one execution.
import type { Execution } from '../core/execution';
import type { Emulated } from '../core/emulated';

export function spreadsheetGlobals(_exec: Execution): Record<string, Emulated> {
  return {};
}
