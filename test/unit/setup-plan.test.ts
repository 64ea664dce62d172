// The setup plan: what "Set up workbook" adds, proved idempotent and harmless to what staff typed.
import { planWorkbookSetup, type SetupPlan, type SheetSnapshot } from '../../src/domain/setup-plan';
import { WORKBOOK } from '../../src/domain/workbook';
import { Placements } from '../../src/domain/sheets/placements';
import { EXAMPLE_TERM_DATES } from '../../src/domain/sheets/term-dates';

/** A sheet as plain cells: just enough of a spreadsheet to apply a plan to. */
interface FakeSheet {
  cells: unknown[][];
  frozenRows: number;
  protections: string[];
}
type FakeBook = Map<string, FakeSheet>;

const isEmpty = (cell: unknown) => cell === '' || cell === undefined;

/** 1-based position of the last item that passes, 0 when none does (getLastRow/getLastColumn). */
function lastWith<T>(items: readonly T[], test: (item: T) => boolean): number {
  let last = 0;
  items.forEach((item, i) => {
    if (test(item)) last = i + 1;
  });
  return last;
}

function lastColumn(sheet: FakeSheet): number {
  return Math.max(0, ...sheet.cells.map((row) => lastWith(row, (c) => !isEmpty(c))));
}

function lastRow(sheet: FakeSheet): number {
  return lastWith(sheet.cells, (row) => row.some((c) => !isEmpty(c)));
}

function snapshots(book: FakeBook): SheetSnapshot[] {
  return WORKBOOK.map((schema) => {
    const sheet = book.get(schema.name);
    if (!sheet) return { ...emptySnapshot(schema.name), exists: false };
    const width = lastColumn(sheet);
    const row = (r: number) => Array.from({ length: width }, (_, c) => sheet.cells[r]?.[c] ?? '');
    return {
      name: schema.name,
      exists: true,
      headerRow: row(0),
      lastColumn: width,
      lastRow: lastRow(sheet),
      frozenRows: sheet.frozenRows,
      protections: [...sheet.protections],
      dataRows: Array.from({ length: Math.max(0, lastRow(sheet) - 1) }, (_, i) => row(i + 1)),
    };
  });
}

function emptySnapshot(name: string): SheetSnapshot {
  return {
    name,
    exists: true,
    headerRow: [],
    lastColumn: 0,
    lastRow: 0,
    frozenRows: 0,
    protections: [],
    dataRows: [],
  };
}

function put(sheet: FakeSheet, row: number, column: number, value: unknown) {
  while (sheet.cells.length < row) sheet.cells.push([]);
  const cells = sheet.cells[row - 1]!;
  while (cells.length < column) cells.push('');
  cells[column - 1] = value;
}

function apply(plan: SetupPlan, book: FakeBook): void {
  for (const sheetPlan of plan.sheets) {
    if (sheetPlan.create) book.set(sheetPlan.name, { cells: [], frozenRows: 0, protections: [] });
    const sheet = book.get(sheetPlan.name)!;
    sheetPlan.newHeaders.forEach((h, i) => put(sheet, 1, sheetPlan.firstNewColumn + i, h));
    for (const [column, values] of sheetPlan.rows?.cells ?? []) {
      values.forEach((v, i) => put(sheet, sheetPlan.rows!.firstRow + i, column, v));
    }
    if (sheetPlan.freezeHeader) sheet.frozenRows = 1;
    sheet.protections.push(...sheetPlan.protections.map((p) => p.description));
  }
}

const setUp = (book: FakeBook) => {
  const plan = planWorkbookSetup(WORKBOOK, snapshots(book));
  apply(plan, book);
  return plan;
};

describe('setting up a new workbook', () => {
  const book: FakeBook = new Map();
  const plan = setUp(book);

  it('creates every sheet with exactly the headers of §4', () => {
    for (const schema of WORKBOOK) {
      expect(book.get(schema.name)?.cells[0]).toEqual(schema.headers);
      expect(book.get(schema.name)?.frozenRows).toBe(1);
    }
  });

  it('says what it did in one message', () => {
    expect(plan.message).toBe(
      'Set up: created 9 sheets (Placements, Providers, Attendance, Reviews, Term dates, Settings, Documents, Log, Reminders sent); ' +
        "added example Term dates (Derbyshire 2025/26): replace them with your school's own dates; " +
        'filled Settings with defaults.',
    );
  });

  it('fills Settings with every setting and its default', () => {
    const rows = book.get('Settings')!.cells.slice(1);
    expect(rows[0]).toEqual(['School name', '']);
    expect(rows).toContainEqual(['Reminder hour', 7]);
    expect(rows).toContainEqual(['Review reminder days', 10]);
    expect(rows).toContainEqual(['Expiry warning days', 30]);
    expect(rows).toContainEqual(['Email mode', 'Send']);
    expect(rows).toContainEqual(['Email detail', 'Minimal']);
    expect(rows).toContainEqual(['Census days', '']);
    // Issue 17: provider returns, off until a school turns them on.
    expect(rows).toContainEqual(['Provider returns', 'Off']);
    // Issue 15: the census reasons under a row saying their codes are to be confirmed.
    expect(rows.slice(20)).toEqual([
      ['Census reasons', expect.stringContaining('to be confirmed against the DfE school census')],
      ['Census reason: Suspension', ''],
      ['Census reason: To improve behaviour', ''],
      ['Census reason: Medical condition (physical health need)', ''],
      ['Census reason: Medical condition (mental health need)', ''],
      ['Census reason: Named on EHC plan', ''],
      ['Census reason: Other', ''],
    ]);
    expect(rows).toHaveLength(27);
  });

  it('writes the example term dates, the bank holiday as a Closure, each with a note', () => {
    const rows = book.get('Term dates')!.cells.slice(1);
    expect(rows[0]).toEqual(['Autumn 1', { isoDate: '2025-09-04' }, { isoDate: '2025-10-24' }]);
    expect(rows).toContainEqual(['Closure', { isoDate: '2026-05-04' }, { isoDate: '2026-05-04' }]);
    expect(rows).toHaveLength(EXAMPLE_TERM_DATES.length);
    const termDates = plan.sheets.find((s) => s.name === 'Term dates');
    expect(termDates?.rows?.notes?.text).toMatch(/Replace them with your school's own/);
  });

  it('protects the add-on columns, and Documents and Log whole, with a warning only', () => {
    const placements = plan.sheets.find((s) => s.name === 'Placements')!;
    expect(placements.protections.map((p) => p.column)).toEqual([1, 45, 46, 47]);
    expect(plan.sheets.find((s) => s.name === 'Providers')!.protections).toHaveLength(1);
    for (const name of ['Documents', 'Log']) {
      expect(plan.sheets.find((s) => s.name === name)!.protections).toEqual([
        { description: expect.stringContaining(`the ${name} sheet`) },
      ]);
    }
  });

  it('puts dropdowns on choice columns and dd/mm/yyyy with a date rule on date columns', () => {
    const formats = plan.sheets.find((s) => s.name === 'Placements')!.formats;
    const at = (header: string) => {
      const column = Placements.headers.indexOf(header) + 1;
      return formats.find((f) => f.column <= column && column < f.column + f.width);
    };
    expect(at('Status')?.validation).toEqual({
      type: 'list',
      choices: ['Proposed', 'Agreed', 'Active', 'Paused', 'Ended', 'Terminated'],
    });
    expect(at('Start date')).toEqual({
      column: 20,
      width: 2,
      numberFormat: 'dd/mm/yyyy',
      validation: { type: 'date' },
    });
    expect(at('Risk assessment date')).toEqual({
      column: 38,
      width: 1,
      numberFormat: 'dd/mm/yyyy',
    });
    expect(at('Parent/carer phone')).toEqual({ column: 14, width: 1, numberFormat: '@' });
    expect(at('LA notified')).toMatchObject({ column: 33, width: 5 });
    expect(at('Pupil name')).toBeUndefined();
    // Issue 15: the census reasons setup writes on Settings, as a warning dropdown.
    expect(at('Census reason')?.validation).toEqual({
      type: 'list',
      choices: [
        'Suspension',
        'To improve behaviour',
        'Medical condition (physical health need)',
        'Medical condition (mental health need)',
        'Named on EHC plan',
        'Other',
      ],
    });
  });

  it('puts the Email mode and Email detail dropdowns on their Value cells', () => {
    expect(plan.sheets.find((s) => s.name === 'Settings')!.cellValidations).toEqual([
      { row: 18, column: 2, validation: { type: 'list', choices: ['Send', 'Dry run'] } },
      { row: 19, column: 2, validation: { type: 'list', choices: ['Minimal', 'Full'] } },
      { row: 21, column: 2, validation: { type: 'list', choices: ['On', 'Off'] } },
    ]);
  });

  it('changes nothing the second time', () => {
    const before = JSON.stringify([...book]);
    const again = setUp(book);
    expect(again.changed).toBe(false);
    expect(again.message).toBe(
      'Set up: every sheet and column is already in place; nothing changed.',
    );
    expect(JSON.stringify([...book])).toBe(before);
  });
});

describe('repairing a workbook staff have changed', () => {
  function staffWorkbook(): FakeBook {
    const book: FakeBook = new Map();
    setUp(book);
    return book;
  }

  it('adds only the missing columns, at the end, and says exactly that', () => {
    const book = staffWorkbook();
    const placements = book.get('Placements')!;
    placements.cells = [placements.cells[0]!.filter((h) => h !== 'Destination' && h !== 'Checks')];
    placements.protections = placements.protections.filter((p) => !p.includes('Checks'));
    const plan = setUp(book);
    expect(plan.message).toBe(
      'Set up: added 2 missing columns to Placements (Destination, Checks); nothing else changed.',
    );
    expect(placements.cells[0]!.slice(-2)).toEqual(['Destination', 'Checks']);
  });

  it('never moves, clears or overwrites a cell of a reordered, renamed, extended sheet', () => {
    const book = staffWorkbook();
    const placements = book.get('Placements')!;
    const headers = [...Placements.headers]
      .filter((h) => h !== 'Destination' && h !== 'Checks')
      .reverse()
      .map((h) => (h === 'Pupil name' ? 'Name' : h));
    headers.splice(3, 0, 'Keyworker');
    const typed = (r: number) => headers.map((h, c) => (c % 3 === 0 ? '' : `${h} row ${r}`));
    placements.cells = [[...headers], typed(2), typed(3), [], typed(5)];
    put(placements, 7, headers.length + 2, 'a note beyond the headers');
    placements.protections = [];
    const before = placements.cells.map((row) => [...row]);

    const plan = setUp(book);

    before.forEach((row, r) =>
      row.forEach((cell, c) => expect(placements.cells[r]?.[c]).toEqual(cell)),
    );
    const added = placements.cells[0]!.slice(headers.length + 2);
    expect(added).toEqual(['Pupil name', 'Destination', 'Checks']);
    expect(plan.message).toContain(
      'added 3 missing columns to Placements (Pupil name, Destination, Checks)',
    );
    expect(plan.message).toContain(
      'protected Placements again (Placement ID, Last review, Next review due)',
    );
    expect(plan.message).toContain('If you had renamed one of these columns, copy its cells');
    const startDate = headers.indexOf('Start date') + 1;
    const formats = plan.sheets.find((s) => s.name === 'Placements')!.formats;
    const covering = (column: number) =>
      formats.find((f) => f.column <= column && column < f.column + f.width);
    expect(covering(startDate)?.validation).toEqual({ type: 'date' });
    expect(covering(headers.indexOf('Keyworker') + 1)).toBeUndefined();
    expect(setUp(book).changed).toBe(false);
  });

  it('adds missing settings under the last row, keeping every value a person typed', () => {
    const book = staffWorkbook();
    const settings = book.get('Settings')!;
    settings.cells = [
      ['Value', 'Setting', 'Our notes'],
      ['Hilltop Academy', 'School name', ''],
      [9, 'Reminder hour', 'after registration'],
      ['', 'Email mode', ''],
    ];
    const plan = setUp(book);
    expect(settings.cells.slice(0, 4)).toEqual([
      ['Value', 'Setting', 'Our notes'],
      ['Hilltop Academy', 'School name', ''],
      [9, 'Reminder hour', 'after registration'],
      ['', 'Email mode', ''],
    ]);
    expect(settings.cells[4]).toEqual(['', 'School URN']);
    expect(settings.cells).toContainEqual(['Minimal', 'Email detail']);
    expect(settings.cells).toHaveLength(4 + 17 + 7);
    expect(plan.message).toContain('added 17 settings to Settings (School URN, Local authority,');
    expect(plan.message).toContain('added the census reasons to Settings');
    expect(plan.sheets.find((s) => s.name === 'Settings')!.cellValidations).toEqual([
      { row: 4, column: 1, validation: { type: 'list', choices: ['Send', 'Dry run'] } },
      { row: 19, column: 1, validation: { type: 'list', choices: ['Minimal', 'Full'] } },
      { row: 21, column: 1, validation: { type: 'list', choices: ['On', 'Off'] } },
    ]);
  });

  it("leaves the school's own term dates alone", () => {
    const book = staffWorkbook();
    const termDates = book.get('Term dates')!;
    termDates.cells = [
      ['Term', 'Start', 'End'],
      ['Autumn 1', '2026-09-03', '2026-10-23'],
    ];
    expect(setUp(book).changed).toBe(false);
    expect(termDates.cells).toHaveLength(2);
  });

  it('recreates a deleted sheet and restores a removed header freeze', () => {
    const book = staffWorkbook();
    book.delete('Log');
    book.get('Reviews')!.frozenRows = 0;
    const plan = setUp(book);
    expect(plan.message).toBe('Set up: created 1 sheet (Log); froze the header row of Reviews.');
    expect(book.get('Log')?.cells[0]).toEqual([
      'Time',
      'User',
      'Action',
      'Subject',
      'Detail',
      'No.',
      'Check',
    ]);
  });

  it('puts headers on an empty sheet someone made with the right name', () => {
    const book = staffWorkbook();
    book.set('Reviews', { cells: [], frozenRows: 1, protections: [] });
    const plan = setUp(book);
    expect(book.get('Reviews')?.cells[0]).toEqual(WORKBOOK[3]!.headers);
    expect(plan.message).toContain('added 10 missing columns to Reviews (Review date,');
  });
});
