// "Archive the year" at a trust's size under Google's call times: it stops before the six-minute limit, says so,
// and the next run continues where it stopped, every row in exactly one place at the end.
import { benchSchool } from '../../../bench/bench-school';
import { liveRows, rowsOf, SHEETS, sorted, SUMMER } from './support';

it('stops in time, part done, and finishes on the next run', () => {
  const { ws, addOn } = benchSchool(300, SUMMER);
  ws.meter.costModel = 'typical';
  const before = Object.fromEntries(SHEETS.map((sheet) => [sheet, sorted(liveRows(ws, sheet))]));
  const archived = () => {
    const link = String(
      ws.spreadsheet
        .sheet('Settings')
        .values()
        .find((r) => r[0] === 'Archive 2026-27')?.[1] ?? '',
    );
    const book = ws.spreadsheetById(/\/d\/([^/]+)/.exec(link)?.[1] ?? '');
    return Object.fromEntries(SHEETS.map((sheet) => [sheet, rowsOf(book.sheet(sheet).values())]));
  };
  const run = () => {
    ws.ui.answer({ button: 'YES' });
    const started = ws.clock.now();
    addOn.run('archiveTheYear');
    return { message: ws.ui.alerts.at(-1)?.prompt ?? '', ms: ws.clock.now() - started };
  };

  const first = run();
  expect(first.message).toMatch(
    /archive is part done .*It stopped before Google’s six-minute limit/,
  );
  expect(first.ms).toBeLessThan(6 * 60 * 1000);
  let last = first;
  for (let runs = 1; runs < 5 && !/is complete/.test(last.message); runs += 1) last = run();
  expect(last.message).toMatch(/archive is complete/);
  const inArchive = archived();
  for (const sheet of SHEETS) {
    expect(sorted([...liveRows(ws, sheet), ...(inArchive[sheet] ?? [])])).toEqual(before[sheet]);
  }
  expect((inArchive['Placements'] ?? []).length).toBeGreaterThan(20);
});
