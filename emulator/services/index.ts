// PLACEHOLDER (the services helper replaces this file): every non-spreadsheet global for one execution.
import type { Execution } from '../core/execution';
import type { Emulated } from '../core/emulated';

export function serviceGlobals(_exec: Execution): Record<string, Emulated> {
  return {};
}
