// Embedded charts: Sheet.newChart's builder, the chart it builds, and the charts a sheet holds.
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import type { Rect } from './a1';
import { asGoogle, rangeHandle, signatureError, type Doc, type GRange } from './handles';
import { Range } from './range';
import type { SheetModel } from './sheet-model';

/**
 * Charts.ChartType (https://developers.google.com/apps-script/reference/charts/chart-type): enum
 * values are their names, as the emulator's other enums.
 */
export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;
export type ChartTypeName = (typeof CHART_TYPES)[number];

/** The Charts global, for its ChartType enum (https://developers.google.com/apps-script/reference/charts/charts). */
export class Charts extends Emulated {
  readonly [KIND] = 'Charts';
  readonly ChartType = Object.freeze(
    Object.fromEntries(CHART_TYPES.map((t) => [t, t])) as { readonly [T in ChartTypeName]: T },
  );
}

/** One chart as the sheet holds it: a range is a rectangle of a named sheet. */
export interface ChartModel {
  readonly id: number;
  readonly type: ChartTypeName;
  readonly ranges: readonly { readonly sheet: string; readonly rect: Rect }[];
  readonly position: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly options: Readonly<Record<string, unknown>>;
}

/** Charts of every sheet: ids are "unique across the spreadsheet containing the chart". */
function nextChartId(doc: Doc): number {
  let most = 0;
  for (const sheet of doc.state.sheets) for (const c of sheet.charts) most = Math.max(most, c.id);
  return most + 1;
}

interface Draft {
  id: number | null;
  type: ChartTypeName;
  ranges: { sheet: string; rect: Rect }[];
  position: ChartModel['position'];
  options: Record<string, unknown>;
}

/** A chart's state copied, so a builder's changes never reach the chart it was made from. */
function copyOf(chart: Omit<ChartModel, 'id'> & { readonly id: number | null }): Draft {
  return {
    id: chart.id,
    type: chart.type,
    ranges: chart.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    position: { ...chart.position },
    options: { ...chart.options },
  };
}

const sameRange = (a: { sheet: string; rect: Rect }, b: { sheet: string; rect: Rect }) =>
  a.sheet === b.sheet &&
  a.rect.row === b.rect.row &&
  a.rect.column === b.rect.column &&
  a.rect.numRows === b.rect.numRows &&
  a.rect.numColumns === b.rect.numColumns;

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder: "Changes
 * made to the chart are not saved until Sheet.updateChart(chart) is called on the rebuilt chart."
 * A new builder starts as a line chart at A1 [open: Google's default type and anchor].
 */
export class EmbeddedChartBuilder extends Emulated {
  readonly [KIND] = 'EmbeddedChartBuilder';
  readonly #doc: Doc;
  readonly #draft: Draft;

  constructor(doc: Doc, draft: Draft) {
    super();
    this.#doc = doc;
    this.#draft = draft;
  }

  static fresh(doc: Doc): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(doc, {
      id: null,
      type: 'LINE',
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
    });
  }

  #self(): EmbeddedChartBuilder {
    return asGoogle(this);
  }

  addRange(range: GRange): EmbeddedChartBuilder {
    const h = rangeHandle(range, 'EmbeddedChartBuilder.addRange');
    this.#draft.ranges.push({ sheet: h.sheet.name, rect: { ...h.rect } });
    return this.#self();
  }
  removeRange(range: GRange): EmbeddedChartBuilder {
    const h = rangeHandle(range, 'EmbeddedChartBuilder.removeRange');
    const gone = { sheet: h.sheet.name, rect: h.rect };
    this.#draft.ranges = this.#draft.ranges.filter((r) => !sameRange(r, gone));
    return this.#self();
  }
  clearRanges(): EmbeddedChartBuilder {
    this.#draft.ranges = [];
    return this.#self();
  }
  getRanges(): GRange[] {
    return rangesOf(this.#doc, this.#draft.ranges);
  }
  setChartType(type: ChartTypeName): EmbeddedChartBuilder {
    if (!(CHART_TYPES as readonly string[]).includes(String(type))) {
      throw signatureError('EmbeddedChartBuilder.setChartType', [type]);
    }
    this.#draft.type = type;
    return this.#self();
  }
  getChartType(): ChartTypeName {
    return this.#draft.type;
  }
  /** anchorRowPos and anchorColPos are 1-based; the offsets are pixels. */
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((n) => typeof n === 'number' && Number.isInteger(n))) {
      throw signatureError('EmbeddedChartBuilder.setPosition', args);
    }
    this.#draft.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.#self();
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    if (typeof option !== 'string')
      throw signatureError('EmbeddedChartBuilder.setOption', [option]);
    this.#draft.options = { ...this.#draft.options, [option]: value };
    return this.#self();
  }
  /** "Builds the chart to reflect all changes made to it": nothing is on the sheet until inserted or updated. */
  build(): EmbeddedChart {
    return asGoogle(new EmbeddedChart(this.#doc, copyOf(this.#draft)));
  }
}

function rangesOf(doc: Doc, ranges: readonly { sheet: string; rect: Rect }[]): GRange[] {
  return ranges.flatMap((r) => {
    const sheet = doc.state.findSheet(r.sheet);
    return sheet ? [asGoogle<GRange>(new Range(doc, sheet, r.rect))] : [];
  });
}

/** https://developers.google.com/apps-script/reference/charts/chart-options */
export class ChartOptions extends Emulated {
  readonly [KIND] = 'ChartOptions';
  readonly #options: Readonly<Record<string, unknown>>;

  constructor(options: Readonly<Record<string, unknown>>) {
    super();
    this.#options = options;
  }

  /** "Returns the configured value for the specified option", null when it was never set. */
  get(option: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.#options, option)
      ? this.#options[option]
      : null;
  }
}

type Built = Omit<ChartModel, 'id'> & { readonly id: number | null };

/** What each EmbeddedChart the script holds stands for, for the Sheet methods it is handed back to. */
const builtOf = new WeakMap<object, Built>();

/** https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart */
export class EmbeddedChart extends Emulated {
  readonly [KIND] = 'EmbeddedChart';
  readonly #doc: Doc;
  readonly #chart: Built;

  constructor(doc: Doc, chart: Built) {
    super();
    this.#doc = doc;
    this.#chart = chart;
    builtOf.set(this, chart);
  }

  /** "A stable identifier ... unique across the spreadsheet ... or null if the chart is not in a spreadsheet." */
  getChartId(): number | null {
    return this.#chart.id;
  }
  getRanges(): GRange[] {
    return rangesOf(this.#doc, this.#chart.ranges);
  }
  getOptions(): ChartOptions {
    return asGoogle(new ChartOptions(this.#chart.options));
  }
  modify(): EmbeddedChartBuilder {
    return asGoogle(new EmbeddedChartBuilder(this.#doc, copyOf(this.#chart)));
  }
}

/** The host side of an EmbeddedChart the script hands back (insertChart, updateChart, removeChart). */
export function chartOf(o: unknown, method: string): Built {
  const built = typeof o === 'object' && o !== null ? builtOf.get(o) : undefined;
  if (!built) throw signatureError(method, [o]);
  return built;
}

/** Sheet.insertChart: the chart on the sheet with a new id (a chart built from modify() gets one too). */
export function insertChart(doc: Doc, sheet: SheetModel, built: Built): void {
  sheet.charts.push({ ...built, id: nextChartId(doc) });
}

/**
 * Sheet.updateChart: the chart with the same id, on this sheet, becomes the rebuilt one. A chart
 * never inserted, or no longer on the sheet, is refused [open: Google's wording].
 */
export function updateChart(sheet: SheetModel, built: Built): void {
  const at = sheet.charts.findIndex((c) => c.id === built.id);
  if (built.id === null || at < 0) {
    throw new AppsScriptError('The chart could not be found on this sheet.');
  }
  sheet.charts[at] = { ...built, id: built.id };
}

/** Sheet.removeChart: gone from the sheet; removing one that is not there is refused [open]. */
export function removeChart(sheet: SheetModel, built: Built): void {
  const at = sheet.charts.findIndex((c) => c.id === built.id);
  if (built.id === null || at < 0) {
    throw new AppsScriptError('The chart could not be found on this sheet.');
  }
  sheet.charts.splice(at, 1);
}

/** Sheet.getCharts: the sheet's charts in the order they were inserted. */
export function chartsOn(doc: Doc, sheet: SheetModel): EmbeddedChart[] {
  return sheet.charts.map((c) => asGoogle<EmbeddedChart>(new EmbeddedChart(doc, c)));
}
