// onEdit through the built bundle: only the edited rows re-checked, IDs issued, silent, within 30 s.
import { rangeObject } from '../../emulator/spreadsheet';
import { ERROR_COLOUR, NO_COLOUR, WARNING_COLOUR } from '../../src/domain/marks';
import { COMPLETE_REVIEW, placement, school, type Cells, type School } from './support/school';

/** A validated workbook of clean placements AP-0001… in rows 2…; the meter then reset. */
function validated(count: number, extra: Cells[] = []): School {
  const s = school([...Array.from({ length: count }, (_, i) => placement(i + 1)), ...extra]);
  s.addOn.run('validatePlacements');
  s.ws.meter.reset();
  return s;
}

/** Everything on a row a run could change: values, notes, colours. */
function rowState(s: School, row: number): string {
  const headers = s.headers('Placements');
  return JSON.stringify(headers.map((h) => s.cell('Placements', row, h)));
}

const lastRun = (s: School) => s.addOn.executions[s.addOn.executions.length - 1];

describe('a person typing a new placement', () => {
  it('gives the row the next Placement ID and its Checks, quietly', () => {
    const s = validated(3);
    const alerts = s.ws.ui.alerts.length;
    s.edit('Placements', 5, 'Pupil name', 'Robin New');
    expect(s.cell('Placements', 5, 'Placement ID').value).toBe('AP-0004');
    expect(s.checks(5)).toMatch(/^Status: /);
    expect(s.cell('Placements', 5, 'Status').background).toBe(ERROR_COLOUR);
    expect(s.ws.ui.alerts).toHaveLength(alerts);
    expect(s.ws.spreadsheet.toasts).toEqual([]);
    expect(lastRun(s)?.error).toBeUndefined();
  });

  it('gives no ID to a row without a pupil name, but still checks it', () => {
    const s = validated(1);
    s.edit('Placements', 3, 'Reason', 'Vocational');
    expect(s.cell('Placements', 3, 'Placement ID').value).toBe('');
    expect(s.checks(3)).toMatch(/^Status: blank/);
  });

  it('warns when a pupil is typed into a row whose placement was cleared but kept its ID', () => {
    const s = validated(2);
    s.edit('Placements', 3, 'Pupil name', '');
    expect(s.checks(3)).toMatch(/^Pupil name: blank/);
    s.edit('Placements', 3, 'Pupil name', 'Robin Other');
    expect(s.cell('Placements', 3, 'Placement ID').value).toBe('AP-0002');
    expect(s.checks(3)).toMatch(
      /^Placement ID: AP-0002 was issued to a placement on this row before its Pupil name was cleared — if this is a different pupil, delete the row/m,
    );
  });

  it('never reuses the ID of a deleted last row', () => {
    const s = validated(3);
    s.ws.spreadsheet.sheet('Placements').deleteRows(4, 1);
    s.edit('Placements', 4, 'Pupil name', 'Robin New');
    expect(s.cell('Placements', 4, 'Placement ID').value).toBe('AP-0004');
    s.ws.spreadsheet.sheet('Placements').deleteRows(4, 1);
    s.edit('Placements', 4, 'Pupil name', 'Sam Newer');
    expect(s.cell('Placements', 4, 'Placement ID').value).toBe('AP-0005');
  });
});

describe('pasting rows', () => {
  it('re-checks exactly the rows pasted, leaving every other row as it was', () => {
    const s = validated(6);
    // A fault typed without onEdit firing (as if another run held the lock): row 7 is not re-checked.
    s.type('Placements', [placement(6, { UPN: 'A801200005001' })], 7);
    const untouched = [2, 6, 7].map((row) => rowState(s, row));
    const pasted = [
      placement(2, { UPN: 'A801200005001', 'Placement ID': 'AP-0002' }),
      placement(3, { 'Placement ID': 'AP-0003' }),
      placement(4, { 'Planned end date': '2025-12-01', 'Placement ID': 'AP-0004' }),
    ];
    s.addOn.edit('Placements', 'A3', s.rowValues('Placements', pasted));
    expect(s.checks(3)).toMatch(/^UPN: the check letter/);
    expect(s.checks(4)).toBe('OK');
    expect(s.checks(5)).toMatch(/Planned end date/);
    expect(s.cell('Placements', 3, 'UPN').background).toBe(ERROR_COLOUR);
    expect([2, 6, 7].map((row) => rowState(s, row))).toEqual(untouched);
    expect(s.checks(7)).toBe('');
  });
});

describe('clearing a row', () => {
  const faulty = () => validated(2, [placement(3, { UPN: 'A801200005001' })]);

  it('clears our marks when only the add-on’s cells are left, and warns not to reuse the row', () => {
    const s = faulty();
    expect(s.cell('Placements', 4, 'UPN').background).toBe(ERROR_COLOUR);
    const width = s.headers('Placements').length;
    s.addOn.edit('Placements', 'B4', [Array(width - 1).fill('')]);
    expect(s.checks(4)).toMatch(
      /^Placement ID: AP-0003 belongs to a placement whose details were cleared/,
    );
    expect(s.cell('Placements', 4, 'UPN').note).toBe('');
    expect(s.cell('Placements', 4, 'UPN').background).toBe(NO_COLOUR);
    expect(s.cell('Placements', 4, 'Placement ID').note).toContain('do not type a new pupil here');
  });

  it('clears our marks on the last row even when nothing at all is left in it', () => {
    const s = faulty();
    const width = s.headers('Placements').length;
    s.addOn.edit('Placements', 'A4', [Array(width).fill('')]);
    expect(s.cell('Placements', 4, 'UPN').note).toBe('');
    expect(s.cell('Placements', 4, 'Checks').background).toBe(NO_COLOUR);
    expect(lastRun(s)?.error).toBeUndefined();
  });
});

describe('a forbidden status change', () => {
  it('stays as typed, and is marked red at once with the reason', () => {
    const proposed = placement(1, { Status: 'Proposed', 'LA notified': '', Objectives: '' });
    const s = school([proposed]);
    s.addOn.run('validatePlacements');
    expect(s.checks(2)).toBe('OK');
    s.edit('Placements', 2, 'Status', 'Active');
    const status = s.cell('Placements', 2, 'Status');
    expect(status.value).toBe('Active');
    expect(status.background).toBe(ERROR_COLOUR);
    expect(status.note).toContain('Status: cannot be Active yet: Objectives is blank');
    expect(status.note).toContain('Status: cannot be Active yet: LA notified is blank');
    expect(s.checks(2)).toMatch(/^Status: cannot be Active yet/);
    expect(s.cell('Placements', 2, 'LA notified').background).toBe(ERROR_COLOUR);
  });

  it('is not refused when pausing (P15: how the school acts on a concern)', () => {
    const s = validated(1);
    s.edit('Placements', 2, 'Status', 'Paused');
    expect(s.checks(2)).not.toMatch(/cannot be/);
  });
});

describe('edits on Providers and Reviews', () => {
  it('re-checks the edited provider row', () => {
    const s = validated(1);
    s.edit('Providers', 2, 'Insurance expiry', '2026-01-02');
    expect(String(s.cell('Providers', 2, 'Checks').value)).toMatch(/^Insurance expiry: /);
    expect(s.cell('Providers', 2, 'Insurance expiry').background).toBe(ERROR_COLOUR);
  });

  it('re-checks the placements a review row names, and only those', () => {
    const s = validated(4);
    const untouched = [2, 3, 5].map((row) => rowState(s, row));
    s.addOn.edit(
      'Reviews',
      'A2',
      s.rowValues('Reviews', [
        { ...COMPLETE_REVIEW, 'Review date': '2026-01-16', 'Placement ID': 'AP-0003' },
      ]),
    );
    expect(s.cell('Placements', 4, 'Last review').displayValue).toBe('16/01/2026');
    expect(s.cell('Placements', 4, 'Next review due').displayValue).toBe('27/02/2026');
    expect([2, 3, 5].map((row) => rowState(s, row))).toEqual(untouched);
    expect(s.cell('Reviews', 2, 'Attendees').note).toBe('');
  });

  it('marks a review row typed with only a date, and it moves no review date (DOMAIN.md §4 Reviews)', () => {
    const s = validated(2);
    const before = String(s.cell('Placements', 3, 'Last review').displayValue);
    s.addOn.edit(
      'Reviews',
      'A2',
      s.rowValues('Reviews', [{ 'Review date': '2026-01-16', 'Placement ID': 'AP-0002' }]),
    );
    for (const column of ['Attendees', 'Progress', 'Safe and meeting needs', 'Decision']) {
      expect(s.cell('Reviews', 2, column).background).toBe(ERROR_COLOUR);
      expect(s.cell('Reviews', 2, column).note).toMatch(/policy point 14/);
    }
    expect(s.cell('Reviews', 2, "Pupil's view").background).toBe(WARNING_COLOUR);
    expect(s.cell('Placements', 3, 'Last review').displayValue).toBe(before);
    expect(s.checks(3)).toMatch(/Reviews row 2 \(Fri 16 Jan 2026\) does not count as a review/);
    // Completing the row clears its marks and makes it count.
    s.edit('Reviews', 2, 'Attendees', 'Pastoral lead, parent');
    s.edit('Reviews', 2, 'Progress', 'On track');
    s.edit('Reviews', 2, 'Safe and meeting needs', 'Yes');
    s.edit('Reviews', 2, 'Decision', 'Continue');
    expect(s.cell('Reviews', 2, 'Decision').background).toBe(NO_COLOUR);
    expect(s.cell('Reviews', 2, 'Decision').note).toBe('');
    expect(s.cell('Placements', 3, 'Last review').displayValue).toBe('16/01/2026');
  });
});

describe('staying out of the way', () => {
  it.each(['Log', 'Settings', 'Attendance', 'Our notes'])(
    'makes no service call beyond reading the sheet name on %s',
    (sheet) => {
      const s = validated(2);
      s.ws.spreadsheet.addSheet('Our notes', [['Anything']]);
      s.addOn.edit(sheet, 'A5', [['typed']]);
      expect(s.ws.meter.snapshot()).toEqual({ 'Range.getSheet': 1, 'Sheet.getName': 1 });
      expect(s.ws.spreadsheet.sheet(sheet).cell('A5').value).toBe('typed');
    },
  );

  it('does nothing at all in AuthMode.NONE', () => {
    const s = validated(1);
    s.addOn.execute('onEdit', {
      kind: 'simple-trigger',
      authMode: 'NONE',
      event: (exec) => ({ authMode: 'NONE', range: rangeObject(exec, 'Placements', 3, 3, 1, 1) }),
    });
    expect(s.ws.meter.total).toBe(0);
  });

  it('skips quietly when someone else holds the lock', () => {
    const s = validated(1);
    s.ws.locks.acquire('document', 'a colleague’s run');
    s.edit('Placements', 3, 'Pupil name', 'Robin New');
    expect(s.cell('Placements', 3, 'Placement ID').value).toBe('');
    expect(lastRun(s)?.error).toBeUndefined();
  });
});

describe('service calls and time', () => {
  function editCalls(count: number, edit: (s: School) => void) {
    const s = validated(count);
    edit(s);
    return s.ws.meter.snapshot();
  }
  const typeReason = (s: School) => s.edit('Placements', 2, 'Reason', 'Motor vehicle course');
  const pasteThree = (s: School) =>
    s.addOn.edit(
      'Placements',
      'A3',
      s.rowValues('Placements', [
        placement(2),
        placement(3),
        placement(4, { UPN: 'A801200005001' }),
      ]),
    );

  it('are the same for one row edited at 20 placements as at 2,000', () => {
    expect(editCalls(2000, typeReason)).toEqual(editCalls(20, typeReason));
  });

  it('are the same for three rows pasted at 20 placements as at 2,000', () => {
    expect(editCalls(2000, pasteThree)).toEqual(editCalls(20, pasteThree));
  });

  it('fit the 30-second simple-trigger limit at 2,000 placements on the slow cost model', () => {
    const s = validated(2000);
    s.ws.meter.costModel = 'typical';
    s.edit('Placements', 2002, 'Pupil name', 'Robin New');
    const run = lastRun(s);
    expect(run?.error).toBeUndefined();
    expect((run?.endedAt ?? 0) - (run?.startedAt ?? 0)).toBeLessThan(30_000);
    expect(s.cell('Placements', 2002, 'Placement ID').value).toBe('AP-2001');
  });
});
