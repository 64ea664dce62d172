// Sheet: ranges by A1 or coordinates, protection, selection and clearing, over SheetBase.
import { AppsScriptError, KIND } from '../core/emulated';
import { parseA1, splitSheetName, type Rect } from './a1';
import {
  asGoogle,
  assertLive,
  rangeHandle,
  sheetHandle,
  signatureError,
  type Doc,
  type GProtection,
  type GProtectionType,
  type GRange,
  type GSelection,
  type GSheet,
  type GSpreadsheet,
  type SheetHandle,
} from './handles';
import {
  chartOf,
  chartsOn,
  EmbeddedChartBuilder,
  insertChart,
  removeChart,
  updateChart,
} from './chart';
import { Protection } from './protection';
import { Range } from './range';
import { checkRect } from './range-ops';
import { SheetBase } from './sheet-base';
import type { SheetModel } from './sheet-model';
import { Selection, Spreadsheet } from './spreadsheet';

type GEmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GEmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

type Methods =
  | 'getParent'
  | 'getFormUrl'
  | 'getRange'
  | 'getDataRange'
  | 'getSheetValues'
  | 'protect'
  | 'getProtections'
  | 'getActiveRange'
  | 'getActiveCell'
  | 'getCurrentCell'
  | 'getSelection'
  | 'setActiveRange'
  | 'setActiveSelection'
  | 'newChart'
  | 'insertChart'
  | 'updateChart'
  | 'removeChart'
  | 'getCharts'
  | 'clearNotes'
  | 'clearContents'
  | 'clearFormats'
  | 'clear';

/** https://developers.google.com/apps-script/reference/spreadsheet/sheet */
export class Sheet extends SheetBase implements Pick<GSheet, Methods> {
  readonly [KIND] = 'Sheet';

  constructor(doc: Doc, sheet: SheetModel) {
    super(doc, sheet);
  }

  get #h(): SheetHandle {
    return sheetHandle(this, 'Sheet');
  }
  get #m(): SheetModel {
    assertLive(this.#h);
    return this.#h.sheet;
  }
  #range(rect: Rect): GRange {
    return asGoogle(new Range(this.#h, this.#m, rect));
  }
  #whole(): GRange {
    return this.#range({
      row: 1,
      column: 1,
      numRows: this.#m.maxRows,
      numColumns: this.#m.maxColumns,
    });
  }

  getParent(): GSpreadsheet {
    return asGoogle(new Spreadsheet(this.#h));
  }

  /**
   * "The URL for the form that sends its responses to this sheet, or null if this sheet has no
   * associated form" (emulator/forms: FormsState.formUrlOfSheet).
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()
   */
  getFormUrl(): string | null {
    const h = this.#h;
    return h.exec.workspace.forms.formUrlOfSheet(h.state.id, this.#m.id);
  }

  /** getRange('B2:C3') or getRange(row, column, numRows?, numColumns?), Google's checks on both. */
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof a === 'string' && column === undefined) {
      const { a1 } = splitSheetName(a);
      const rect = parseA1(a1, this.#m.maxRows, this.#m.maxColumns);
      if (!rect) throw new AppsScriptError('Range not found');
      return this.#range(checkRect(this.#m, rect));
    }
    if (typeof a !== 'number' || typeof column !== 'number') {
      throw signatureError(
        'Sheet.getRange',
        [a, column, numRows, numColumns].filter((x) => x !== undefined),
      );
    }
    return this.#range(
      checkRect(this.#m, { row: a, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 }),
    );
  }
  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): GRange {
    return this.#range({
      row: 1,
      column: 1,
      numRows: Math.max(1, this.#m.lastRow()),
      numColumns: Math.max(1, this.#m.lastColumn()),
    });
  }
  /**
   * "A -1 value given as the row or column position is equivalent to getting the very last row or
   * column that has data in the sheet" (Sheet.getSheetValues reference): -1 as numRows or
   * numColumns reads through the last row or column with content, as scripts commonly call it
   * (getSheetValues(1, 1, -1, -1) for the whole used range, one call). On an empty sheet, A1 alone,
   * as getDataRange.
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    const rows = numRows === -1 ? Math.max(1, this.#m.lastRow() - startRow + 1) : numRows;
    const columns =
      numColumns === -1 ? Math.max(1, this.#m.lastColumn() - startColumn + 1) : numColumns;
    return this.getRange(startRow, startColumn, rows, columns).getValues();
  }

  // ---- protection ----
  /** "If the sheet is already protected, this method returns ... the existing protection settings." */
  protect(): GProtection {
    const m = this.#m;
    const model =
      m.protections.find((p) => p.type === 'SHEET') ??
      this.#h.state.newProtection(m, 'SHEET', null);
    return asGoogle(new Protection(this.#h, m, model));
  }
  getProtections(type: GProtectionType | 'RANGE' | 'SHEET'): GProtection[] {
    const m = this.#m;
    return m.protections
      .filter((p) => p.type === String(type))
      .map((p) => asGoogle<GProtection>(new Protection(this.#h, m, p)));
  }

  // ---- charts (chart.ts) ----
  newChart(): GEmbeddedChartBuilder {
    assertLive(this.#h);
    return asGoogle(EmbeddedChartBuilder.fresh(this.#h));
  }
  insertChart(chart: GEmbeddedChart): void {
    insertChart(this.#h, this.#m, chartOf(chart, 'Sheet.insertChart'));
  }
  updateChart(chart: GEmbeddedChart): void {
    updateChart(this.#m, chartOf(chart, 'Sheet.updateChart'));
  }
  removeChart(chart: GEmbeddedChart): void {
    removeChart(this.#m, chartOf(chart, 'Sheet.removeChart'));
  }
  getCharts(): GEmbeddedChart[] {
    return chartsOn(this.#h, this.#m).map((c) => asGoogle<GEmbeddedChart>(c));
  }

  // ---- selection ----
  getActiveRange(): GRange | null {
    const sel = this.#h.state.selection();
    return sel.sheet === this.#m ? this.#range(sel.range) : null;
  }
  getActiveCell(): GRange {
    const sel = this.#h.state.selection();
    const cur = sel.sheet === this.#m ? sel.current : { row: 1, column: 1 };
    return this.#range({ ...cur, numRows: 1, numColumns: 1 });
  }
  getCurrentCell(): GRange | null {
    return this.getActiveCell();
  }
  getSelection(): GSelection {
    return asGoogle(new Selection(this.#h));
  }
  setActiveRange(range: GRange): GRange {
    const h = rangeHandle(range, 'Sheet.setActiveRange');
    this.#h.state.setSelection(h.sheet, h.rect);
    return range;
  }
  setActiveSelection(range: GRange | string): GRange {
    return this.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }

  // ---- clearing ----
  clearNotes(): GSheet {
    this.#whole().clearNote();
    return asGoogle(this);
  }
  clearContents(): GSheet {
    this.#whole().clearContent();
    return asGoogle(this);
  }
  clearFormats(): GSheet {
    this.#whole().clearFormat();
    return asGoogle(this);
  }
  clear(): GSheet {
    this.#whole().clearContent().clearFormat();
    return asGoogle(this);
  }
}
