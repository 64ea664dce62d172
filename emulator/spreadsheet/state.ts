// PLACEHOLDER (the spreadsheet helper replaces this file): the bound spreadsheet's document model.
import type { VirtualClock } from '../core/clock';

export interface SpreadsheetStateOptions {
  readonly name: string;
  readonly timeZone: string;
  readonly clock: VirtualClock;
}

export class SpreadsheetState {
  constructor(readonly options: SpreadsheetStateOptions) {}
}
