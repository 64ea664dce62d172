// PLACEHOLDER (the services helper replaces this file): SpreadsheetApp.getUi()'s Ui for one execution.
import type { Execution } from '../core/execution';
import { Emulated, KIND } from '../core/emulated';

export class Ui extends Emulated {
  readonly [KIND] = 'Ui';
  constructor(readonly exec: Execution) {
    super();
  }
}
