// SheetDates' two ways of reading and writing days (JavaScript's own zone, or Utilities.formatDate)
// give the same days, across every clock change of three years; the fast one makes no service call.
import { directExecution, Workspace } from '../../emulator';
import { serviceGlobals } from '../../emulator/services';
import { spreadsheetGlobals } from '../../emulator/spreadsheet';
import { SheetDates } from '../../src/workspace/spreadsheet';

const installed: string[] = [];

function services(options: { spreadsheetTimeZone?: string } = {}): Workspace {
  const ws = new Workspace({ now: '2026-03-29T00:30:00Z', ...options });
  const exec = directExecution(ws);
  const globals = Object.entries({ ...spreadsheetGlobals(exec), ...serviceGlobals(exec) });
  // Node's own console stays: the emulated one would capture the test runner's output.
  for (const [name, service] of globals.filter(([name]) => name !== 'console')) {
    (globalThis as Record<string, unknown>)[name] = service;
    installed.push(name);
  }
  return ws;
}

afterEach(() => {
  jest.restoreAllMocks();
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
});

/** Every day from 2025 to 2027, as 'YYYY-MM-DD'. */
const days = Array.from({ length: 365 * 3 + 1 }, (_, i) =>
  new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
);

describe('reading and writing days', () => {
  it('takes the fast path when the spreadsheet is in the script’s zone', () => {
    services();
    const dates = SheetDates.of(SpreadsheetApp.getActiveSpreadsheet());
    const formatDate = jest.spyOn(Utilities, 'formatDate');
    for (const day of days) expect(dates.isoDate(dates.dateCell(day))).toBe(day);
    expect(formatDate).not.toHaveBeenCalled();
  });

  it('gives the same cells and days both ways, clock changes included', () => {
    services();
    const fast = SheetDates.of(SpreadsheetApp.getActiveSpreadsheet());
    const slow = new SheetDates('Europe/London');
    for (const day of days) {
      expect(fast.dateCell(day).getTime()).toBe(slow.dateCell(day).getTime());
      for (const time of ['00:30:00', '01:30:00', '23:59:59']) {
        const moment = `${day} ${time}`;
        const cell = slow.timestampCell(moment);
        expect(fast.isoTimestamp(cell)).toBe(slow.isoTimestamp(cell));
      }
    }
  });

  it('uses Utilities.formatDate when the spreadsheet is in another zone', () => {
    services({ spreadsheetTimeZone: 'America/New_York' });
    const dates = SheetDates.of(SpreadsheetApp.getActiveSpreadsheet());
    const formatDate = jest.spyOn(Utilities, 'formatDate');
    expect(dates.isoDate(dates.dateCell('2026-03-08'))).toBe('2026-03-08');
    expect(dates.isoDate(dates.dateCell('2026-11-01'))).toBe('2026-11-01');
    expect(formatDate).toHaveBeenCalled();
  });
});
