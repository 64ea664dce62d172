// One contract, two ways of reaching the workbook (issue 13): src/workspace/workbook's SpreadsheetApp
// and Sheets API implementations run in the host with the emulator's services as their globals,
// and must read, append, write, delete and remember the same.
import { directExecution, Workspace } from '../../../emulator';
import { advancedServiceGlobals } from '../../../emulator/drive/advanced';
import { serviceGlobals } from '../../../emulator/services';
import { spreadsheetGlobals } from '../../../emulator/spreadsheet';
import { Attendance } from '../../../src/domain/sheets/attendance';
import { Log } from '../../../src/domain/sheets/log';
import { rowsOf } from '../../../src/workspace/table';
import type { WorkbookAccess } from '../../../src/workspace/workbook/access';
import { SheetsApiAccess } from '../../../src/workspace/workbook/sheets-api-access';
import { SpreadsheetAccess } from '../../../src/workspace/workbook/spreadsheet-access';

const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/drive.file',
];

const installed: string[] = [];

afterEach(() => {
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
});

/** Installs a fresh execution's globals (as Apps Script starts each run afresh). */
function run(ws: Workspace): void {
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
  const exec = directExecution(ws);
  const services = Object.entries(serviceGlobals(exec)).filter(([name]) => name !== 'console');
  const globals = {
    ...spreadsheetGlobals(exec),
    ...Object.fromEntries(services),
    ...advancedServiceGlobals(exec, [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }]),
  };
  Object.assign(globalThis, globals);
  installed.push(...Object.keys(globals));
}

function workbook(timeZone = 'Europe/London'): Workspace {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', spreadsheetTimeZone: timeZone });
  ws.grantedScopes = new Set(SCOPES);
  // The DSL picked the workbook in the Google Picker: drive.file then reaches it for them.
  ws.drive.pick([ws.spreadsheet.id], ws.user);
  return ws;
}

type Open = (ws: Workspace) => WorkbookAccess;

const PATHS: ReadonlyArray<readonly [string, Open]> = [
  [
    'SpreadsheetApp (the active spreadsheet)',
    () => new SpreadsheetAccess(SpreadsheetApp.getActiveSpreadsheet(), 'active spreadsheet'),
  ],
  ['the Sheets API (the picked workbook)', (ws) => new SheetsApiAccess(ws.spreadsheet.id)],
];

function open(ws: Workspace, how: Open): WorkbookAccess {
  run(ws);
  return how(ws);
}

const attendanceHeader = Attendance.headers;

/** A date cell's wall time in London, or what the cell holds when it is not a date. */
function shown(value: unknown): string {
  if (Object.prototype.toString.call(value) !== '[object Date]')
    return `not a date: ${String(value)}`;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(value as Date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

describe.each(PATHS)('reaching the workbook through %s', (_name, how) => {
  it('reads every named sheet that exists, and leaves out one that does not', () => {
    const ws = workbook();
    ws.spreadsheet.addSheet('Log', [Log.headers, ['', 'dsl@example.sch.uk', 'Reminders on']]);
    const grids = open(ws, how).readSheets(['Log', 'Nowhere']);
    expect([...grids.keys()]).toEqual(['Log']);
    expect(grids.get('Log')?.[1]?.slice(1, 3)).toEqual(['dsl@example.sch.uk', 'Reminders on']);
  });

  it('reads just the header row of a sheet asked for that way', () => {
    const ws = workbook();
    ws.spreadsheet.addSheet('Log', [Log.headers, ['', 'a', 'b'], ['', 'c', 'd']]);
    const grids = open(ws, how).readSheets(['Log'], { headerOnly: ['Log'] });
    expect(grids.get('Log')).toEqual([Log.headers]);
  });

  it.each([
    ['the day BST starts', new Date(2026, 2, 29), '2026-03-29'],
    ['the day BST ends', new Date(2026, 9, 25), '2026-10-25'],
    ['a summer date', new Date(2026, 6, 1), '2026-07-01'],
  ])('reads a date cell on %s as that day', (_when, cell, day) => {
    const ws = workbook();
    const row = attendanceHeader.map((h) =>
      h === 'Date' ? cell : h === 'Placement ID' ? 'AP-0001' : '',
    );
    ws.spreadsheet.addSheet('Attendance', [attendanceHeader, row]);
    const access = open(ws, how);
    const read = rowsOf(Attendance, access.readSheets(['Attendance']), access);
    if (!read.ok) throw new Error(read.message);
    expect(read.table.rows[0]?.record.date).toBe(day);
  });

  it('reads dates in a spreadsheet whose zone is not the script’s as the days it shows', () => {
    const ws = workbook('Asia/Tokyo');
    ws.spreadsheet.addSheet('Attendance', [attendanceHeader]);
    const letter = String.fromCharCode(65 + attendanceHeader.indexOf('Date'));
    // Typed by a person in Tokyo: the day is the spreadsheet's, not the script's (London).
    ws.spreadsheet.userEdit(ws.user, 'Attendance', `${letter}2`, [['2026-10-25']]);
    const access = open(ws, how);
    const read = rowsOf(Attendance, access.readSheets(['Attendance']), access);
    if (!read.ok) throw new Error(read.message);
    expect(read.table.rows[0]?.record.date).toBe('2026-10-25');
  });

  it('appends after the last row with content, even after a person added rows, dates as dates', () => {
    const ws = workbook();
    ws.spreadsheet.addSheet('Log', [Log.headers, ['', 'first']]);
    const access = open(ws, how);
    void access.readSheets(['Log']);
    // A colleague types a line between the read and the append.
    ws.spreadsheet.userEdit('pastoral@example.sch.uk', 'Log', 'A3', [['', 'typed meanwhile']]);
    access.appendRows('Log', [
      [
        { isoTimestamp: '2026-10-25 01:30:00' },
        'dsl@example.sch.uk',
        'Reminders',
        'Workbook',
        '=1+1',
      ],
      [{ isoDate: '2026-03-29' }, 'dsl@example.sch.uk', 'Reminders', 'Workbook', "'=2+2"],
    ]);
    const sheet = ws.spreadsheet.sheet('Log');
    const values = sheet.values();
    expect(values.map((r) => r[1])).toEqual([
      'User',
      'first',
      'typed meanwhile',
      'dsl@example.sch.uk',
      'dsl@example.sch.uk',
    ]);
    // Date cells (not text) showing the day and time asked for, in the spreadsheet's zone.
    expect(shown(sheet.cell('A4').value)).toBe('2026-10-25 01:30:00');
    expect(shown(sheet.cell('A5').value)).toBe('2026-03-29 00:00:00');
    // Text that would be a formula was written as a formula only where the caller let it.
    expect(sheet.cell('E5').formula).toBe('');
    expect(sheet.cell('E5').value).toBe('=2+2');
  });

  it('writes blocks where they are asked for, and nowhere else', () => {
    const ws = workbook();
    ws.spreadsheet.addSheet('Log', [
      Log.headers,
      ['', 'a', 'b', 'c', 'd'],
      ['', 'e', 'f', 'g', 'h'],
    ]);
    open(ws, how).writeBlocks('Log', [
      { row: 2, column: 3, values: [['B2'], ['B3']] },
      { row: 3, column: 5, values: [['detail']] },
    ]);
    // The Log's No. and Check columns stay empty: nothing was written there.
    expect(ws.spreadsheet.sheet('Log').values().slice(1)).toEqual([
      ['', 'a', 'B2', 'c', 'd', '', ''],
      ['', 'e', 'B3', 'g', 'detail', '', ''],
    ]);
  });

  it('deletes rows, and makes a sheet with its header', () => {
    const ws = workbook();
    ws.spreadsheet.addSheet('Log', [Log.headers, ['', 'one'], ['', 'two'], ['', 'three']]);
    const access = open(ws, how);
    access.deleteRows('Log', 2, 2);
    access.addSheet('Reminders sent', ['Sent at', 'Day']);
    expect(
      ws.spreadsheet
        .sheet('Log')
        .values()
        .map((r) => r[1]),
    ).toEqual(['User', 'three']);
    expect(ws.spreadsheet.sheet('Reminders sent').values()).toEqual([['Sent at', 'Day']]);
    expect(access.sheetId('Reminders sent')).toBe(ws.spreadsheet.sheet('Reminders sent').id);
  });

  it('gives the sheet ids and address row links use', () => {
    const ws = workbook();
    ws.spreadsheet.addSheet('Log', [Log.headers]);
    const access = open(ws, how);
    expect(access.sheetId('Log')).toBe(ws.spreadsheet.sheet('Log').id);
    expect(access.sheetId('Nowhere')).toBeUndefined();
    expect(access.url).toContain(ws.spreadsheet.id);
  });

  it.each(PATHS)('remembers values that a run through %s then reads', (_other, otherHow) => {
    const ws = workbook();
    const first = open(ws, how);
    first.store.set('remindersLastRun', '{"at":"2026-11-30 08:00:00","by":"dsl@example.sch.uk"}');
    first.store.set('remindersGap', 'x');
    first.store.set('remindersGap', 'y');
    first.store.set('gone', 'soon');
    first.store.delete('gone');
    const second = open(ws, otherHow);
    expect(second.store.get('remindersLastRun')).toBe(
      '{"at":"2026-11-30 08:00:00","by":"dsl@example.sch.uk"}',
    );
    expect(second.store.get('remindersGap')).toBe('y');
    expect(second.store.get('gone')).toBeUndefined();
  });
});

describe('what only one path does', () => {
  it('reads a value a bound workbook kept in document properties before the workbook store existed', () => {
    const ws = workbook();
    run(ws);
    PropertiesService.getDocumentProperties().setProperty('remindersStatus', '{"on":true}');
    const access = new SpreadsheetAccess(
      SpreadsheetApp.getActiveSpreadsheet(),
      'active spreadsheet',
    );
    expect(access.store.get('remindersStatus')).toBe('{"on":true}');
  });

  it('is refused by Google for a person who never picked the workbook, as "not found"', () => {
    const ws = workbook();
    ws.user = 'pastoral@example.sch.uk';
    const access = open(ws, (w) => new SheetsApiAccess(w.spreadsheet.id));
    expect(() => access.readSheets(['Log'])).toThrow(/not found/i);
  });
});
