// The table adapter against the emulated SpreadsheetApp directly: src/workspace/table.ts and
// row-cells.ts run in the host, with the emulator's services as their globals.
import { columnLetter } from '../../src/domain/table';
import { directExecution } from '../../emulator';
import { spreadsheetGlobals } from '../../emulator/spreadsheet';
import { serviceGlobals } from '../../emulator/services';
import { Workspace, type WorkspaceOptions } from '../../emulator';
import { Log } from '../../src/domain/sheets/log';
import { Placements } from '../../src/domain/sheets/placements';
import { writeRowCells } from '../../src/workspace/row-cells';
import { appendRecord, readTable, type Table } from '../../src/workspace/table';

const installed: string[] = [];

/** A workspace whose services are the globals src/workspace reads, as in Apps Script. */
function workspace(options: WorkspaceOptions = {}): Workspace {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', ...options });
  const exec = directExecution(ws);
  // Node's own console stays: the emulated one would capture the test runner's output.
  const services = Object.entries(serviceGlobals(exec)).filter(([name]) => name !== 'console');
  const globals = { ...spreadsheetGlobals(exec), ...Object.fromEntries(services) };
  Object.assign(globalThis, globals);
  installed.push(...Object.keys(globals));
  return ws;
}

afterEach(() => {
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
});

function tableOf(read: ReturnType<typeof readTable<typeof Placements>>): Table<typeof Placements> {
  if (!read.ok) throw new Error(read.message);
  return read.table;
}

const headers = ['Keyworker', 'Checks', 'Pupil name', 'Status', 'Start date', 'Placement ID'];
const rest = Placements.headers.filter((h) => !headers.includes(h));

describe('reading a table by header', () => {
  it('finds columns in any order, trims, skips blank rows and numbers rows as staff see them', () => {
    const ws = workspace();
    ws.spreadsheet.addSheet('Placements', [
      [...headers.map((h) => ` ${h} `), ...rest],
      ['Mx Keyworker', '', '  Robin Example ', 'active', new Date(2026, 2, 30), 'AP-0001'],
      [],
      ['', '', 'Sam Example', 'Proposed', '', ''],
    ]);
    const table = tableOf(readTable(Placements));
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(table.rows[0]?.record).toMatchObject({
      pupilName: 'Robin Example',
      status: 'Active',
      startDate: '2026-03-30',
      placementId: 'AP-0001',
    });
  });

  it.each([
    ['the day BST starts', new Date(2026, 2, 29), '2026-03-29'],
    ['the day before BST starts', new Date(2026, 2, 28), '2026-03-28'],
    ['the day BST ends', new Date(2026, 9, 25), '2026-10-25'],
    ['a summer date', new Date(2026, 6, 1), '2026-07-01'],
  ])('reads %s as that day', (_when, cell, day) => {
    const ws = workspace();
    ws.spreadsheet.addSheet('Placements', [Placements.headers, ['', '', 'A', '', cell]]);
    expect(tableOf(readTable(Placements)).rows[0]?.record.dateOfBirth).toBe(day);
  });

  it('names a missing header and points to Set up workbook', () => {
    const ws = workspace();
    ws.spreadsheet.addSheet('Placements', [Placements.headers.filter((h) => h !== 'UPN')]);
    expect(readTable(Placements)).toEqual({
      ok: false,
      message:
        'The Placements sheet has no column headed UPN. Choose Extensions > AP Placements > Set up workbook to add it.',
    });
  });

  it('says when the sheet itself is missing', () => {
    workspace();
    expect(readTable(Placements)).toEqual({
      ok: false,
      message:
        'There is no Placements sheet. Choose Extensions > AP Placements > Set up workbook to create it.',
    });
  });
});

describe('writing chosen cells of a row found by its Placement ID', () => {
  it('writes only the add-on columns, as dates where they are dates, neutralising formulas', () => {
    const ws = workspace();
    const layout = ['Checks', 'Pupil name', 'Last review', 'Next review due', 'Placement ID'];
    ws.spreadsheet.addSheet('Placements', [
      [...layout, ...Placements.headers.filter((h) => !layout.includes(h))],
      ['old', '=typed by a person', '', '', 'AP-0001'],
      ['', 'Sam Example', new Date(2026, 0, 5), '', 'AP-0002'],
    ]);
    const sheet = ws.spreadsheet.sheet('Placements');
    const personCell = sheet.cell('B2');
    const table = tableOf(readTable(Placements));
    writeRowCells(table, 2, { checks: '=IMPORTRANGE("x")', nextReviewDue: '2026-03-29' });
    writeRowCells(table, 3, { checks: 'OK' });
    expect(sheet.cell('B2')).toEqual(personCell);
    expect(sheet.cell('A2').value).toBe('=IMPORTRANGE("x")');
    expect(sheet.cell('A2').formula).toBe('');
    expect(sheet.cell('A3').value).toBe('OK');
    expect(sheet.cell('D2').displayValue).toBe('29/03/2026');
    expect(sheet.cell('C3').displayValue).toBe('05/01/2026');
    expect(sheet.cell('E3').value).toBe('AP-0002');
  });

  it('writes a date as its day in a spreadsheet whose zone is not the script’s', () => {
    const ws = workspace({ spreadsheetTimeZone: 'Asia/Tokyo' });
    ws.spreadsheet.addSheet('Placements', [Placements.headers, ['AP-0001', 'Active', 'A']]);
    const sheet = ws.spreadsheet.sheet('Placements');
    const column = Placements.headers.indexOf('Next review due') + 1;
    sheet.ensure(2, column).numberFormat = 'dd/mm/yyyy';
    writeRowCells(tableOf(readTable(Placements)), 2, { nextReviewDue: '2026-10-25' });
    expect(sheet.cell(`${columnLetter(column - 1)}2`).displayValue).toBe('25/10/2026');
    expect(tableOf(readTable(Placements)).rows[0]?.record.nextReviewDue).toBe('2026-10-25');
  });
});

describe('appending a record', () => {
  it('places each value under its header and keeps text as text', () => {
    const ws = workspace();
    ws.spreadsheet.addSheet('Log', [
      ['Detail', 'Time', 'User', 'Action', 'Subject', 'No.', 'Check'],
    ]);
    expect(
      appendRecord(Log, { action: 'Test', subject: 'AP-0001', detail: '+44 is not a formula' }),
    ).toEqual({ ok: true });
    expect(ws.spreadsheet.sheet('Log').values()[1]).toEqual([
      '+44 is not a formula',
      '',
      '',
      'Test',
      'AP-0001',
      '',
      '',
    ]);
  });
});
