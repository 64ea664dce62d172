// Embedded charts: built, inserted, found again, modified and updated in place, as the reference describes.
import { spreadsheetGlobals } from '../../../emulator/spreadsheet';
import { VirtualClock } from '../../../emulator/core/clock';
import { SpreadsheetState } from '../../../emulator/spreadsheet/state';
import { setup, thrown } from './setup';

const BUILDER =
  'https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder';
const CHART = 'https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart';

function chartSheet() {
  const s = setup();
  s.ws.spreadsheet.addSheet('Evaluation', [
    ['Provider', 'Autumn 1', 'Autumn 2'],
    ['Riverside', 0.9, 0.8],
    ['Hilltop', 0.7, 0.75],
  ]);
  const { Charts } = spreadsheetGlobals(s.exec);
  return { ...s, sheet: s.app.getActiveSheet(), Charts };
}

describe('Sheet.newChart and insertChart', () => {
  test(`a built chart is on the sheet only once inserted, with an id unique in the spreadsheet (${CHART}#getChartId())`, () => {
    const { sheet, Charts, ws } = chartSheet();
    const chart = sheet
      .newChart()
      .addRange(sheet.getRange('A1:C3'))
      .setChartType(Charts.ChartType.COLUMN as unknown as GoogleAppsScript.Charts.ChartType)
      .setPosition(5, 1, 0, 0)
      .setOption('title', 'Attendance by half-term')
      .build();
    expect(chart.getChartId()).toBeNull();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted?.getChartId()).toBe(1);
    expect(inserted?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C3']);
    expect(inserted?.getOptions().get('title')).toBe('Attendance by half-term');
    expect(inserted?.getOptions().get('legend')).toBeNull();
    expect(ws.spreadsheet.sheet('Evaluation').charts).toEqual([
      expect.objectContaining({
        id: 1,
        type: 'COLUMN',
        position: { row: 5, column: 1, offsetX: 0, offsetY: 0 },
      }),
    ]);
  });

  test(`a second chart gets the next id, on any sheet`, () => {
    const { sheet, ws, app } = chartSheet();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B3')).build());
    ws.spreadsheet.addSheet('Other', [['x']]);
    const other = app.getActiveSpreadsheet().getSheetByName('Other');
    other?.insertChart(other.newChart().addRange(other.getRange('A1')).build());
    expect(other?.getCharts()[0]?.getChartId()).toBe(2);
  });
});

describe('modify and updateChart', () => {
  test(`changes are saved only when updateChart is called on the rebuilt chart, in place (${BUILDER})`, () => {
    const { sheet } = chartSheet();
    sheet.insertChart(
      sheet.newChart().addRange(sheet.getRange('A1:B3')).setOption('title', 'Old').build(),
    );
    const [chart] = sheet.getCharts();
    const rebuilt = chart!
      .modify()
      .clearRanges()
      .addRange(sheet.getRange('A1:C3'))
      .setOption('title', 'New')
      .build();
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('Old');
    sheet.updateChart(rebuilt);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0]?.getChartId()).toBe(chart?.getChartId());
    expect(charts[0]?.getOptions().get('title')).toBe('New');
    expect(charts[0]?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C3']);
  });

  test('a chart never inserted cannot be updated, and removeChart takes it off the sheet', () => {
    const { sheet } = chartSheet();
    const loose = sheet.newChart().addRange(sheet.getRange('A1:B3')).build();
    expect(thrown(() => sheet.updateChart(loose))).toMatch(/could not be found/);
    sheet.insertChart(loose);
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });

  test('setChartType refuses what is not a ChartType', () => {
    const { sheet } = chartSheet();
    expect(thrown(() => sheet.newChart().setChartType('DONUT' as never))).toMatch(/setChartType/);
  });
});

describe('charts in a saved workbook', () => {
  test('survive a save and load (the preview keeps its workbook between runs)', () => {
    const { sheet, ws } = chartSheet();
    sheet.insertChart(
      sheet.newChart().addRange(sheet.getRange('A1:B3')).setOption('title', 'Kept').build(),
    );
    const json = JSON.parse(JSON.stringify(ws.spreadsheet.toJSON())) as ReturnType<
      SpreadsheetState['toJSON']
    >;
    const reloaded = SpreadsheetState.fromJSON(json, new VirtualClock('2026-12-01T00:00:00Z'));
    expect(reloaded.sheet('Evaluation').charts).toEqual(ws.spreadsheet.sheet('Evaluation').charts);
  });
});
