// Puts a report's charts on its sheet: each found again by its title and updated in place, never a second copy.
import type { ChartSpec } from '../domain/reports/evaluation';
import type { Sheet } from './spreadsheet';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** The chart's title option: how the add-on recognises its own charts on the sheet. */
function titleOf(chart: Chart): unknown {
  return chart.getOptions().get('title');
}

function shaped(builder: Builder, sheet: Sheet, spec: ChartSpec): Chart {
  let b = builder
    .clearRanges()
    .setChartType(Charts.ChartType[spec.type])
    .setPosition(spec.row, spec.column, 0, 0)
    .setOption('title', spec.title);
  for (const a1 of spec.ranges) b = b.addRange(sheet.getRange(a1));
  return b.build();
}

/**
 * Each spec's chart: the one already on the sheet with its title is rebuilt with the new ranges
 * and updated (Sheet.updateChart: "Changes made to the chart are not saved until updateChart is
 * called on the rebuilt chart"); otherwise a new one is inserted. Charts a person added are left
 * alone. A chart that cannot be made is said, never thrown: the report's data is already written.
 */
export function placeCharts(sheet: Sheet, specs: readonly ChartSpec[]): string | undefined {
  try {
    const existing = sheet.getCharts();
    for (const spec of specs) {
      const ours = existing.find((c) => titleOf(c) === spec.title);
      if (ours) sheet.updateChart(shaped(ours.modify(), sheet, spec));
      else sheet.insertChart(shaped(sheet.newChart(), sheet, spec));
    }
    return undefined;
  } catch (e) {
    return `The charts could not all be drawn (${e instanceof Error ? e.message : String(e)}); the figures are on the sheet.`;
  }
}
