// "Validate all" at scale and at the edges: constant service calls, 6 minutes, the lock, missing sheets, formulas.
import { placement, school, upn } from './support/school';
import { lastAlert } from './support/workbook';

/** `count` clean placements, each with its own birth date, start date and UPN. */
function placements(count: number) {
  const day = (base: number, offset: number) =>
    new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) =>
    placement(i + 1, {
      'Date of birth': day(Date.UTC(2011, 8, 1), i % 1400),
      'Year group': undefined,
      'Start date': day(Date.UTC(2026, 0, 5), i % 30),
      UPN: upn(i + 1),
    }),
  );
}

function validateCalls(count: number) {
  const s = school(placements(count));
  s.addOn.run('validatePlacements');
  return { calls: s.ws.meter.snapshot(), s };
}

describe('service calls', () => {
  it('are the same for 20 placements as for 2,000, every date included', () => {
    const small = validateCalls(20);
    const large = validateCalls(2000);
    expect(large.calls).toEqual(small.calls);
    // Issue 3 item 7: at most 8 reads and one write per sheet it writes; issue 10: each sheet
    // written is read again just before its write (to find rows by key) and just after (to verify).
    expect(
      (small.calls['Range.getValues'] ?? 0) + (small.calls['Sheet.getSheetValues'] ?? 0),
    ).toBeLessThanOrEqual(11);
    expect(small.calls['Range.setValues']).toBeLessThanOrEqual(3);
    expect(lastAlert(large.s.ws)).toMatch(/^2000 placements checked: /);
  });

  it('fit in 6 minutes at 2,000 placements on the slow cost model', () => {
    const s = school(placements(2000));
    s.ws.meter.costModel = 'typical';
    s.addOn.run('validatePlacements');
    const run = s.addOn.executions[s.addOn.executions.length - 1];
    expect(run?.error).toBeUndefined();
    expect((run?.endedAt ?? 0) - (run?.startedAt ?? 0)).toBeLessThan(360_000);
  });
});

describe('when it cannot run', () => {
  it('says plainly that someone else is busy, and changes nothing', () => {
    const s = school([placement(1)]);
    s.ws.locks.acquire('document', 'a colleague’s run');
    s.addOn.run('validatePlacements');
    expect(lastAlert(s.ws)).toBe(
      'Someone else is checking or changing this workbook right now. Wait a minute, then choose Validate all again.',
    );
    expect(s.checks(2)).toBe('');
  });

  it('names a missing sheet and what to do, and writes nothing', () => {
    const s = school([placement(1)]);
    s.ws.spreadsheet.removeSheet(s.ws.spreadsheet.sheet('Term dates'));
    s.addOn.run('validatePlacements');
    expect(lastAlert(s.ws)).toBe(
      'There is no Term dates sheet. Choose Extensions > AP Placements > Set up workbook to create it.',
    );
    expect(s.checks(2)).toBe('');
  });

  it('names a missing header', () => {
    const s = school([placement(1)]);
    s.ws.spreadsheet.userEdit(s.ws.user, 'Settings', 'B1', [['Amount']]);
    s.addOn.run('validatePlacements');
    expect(lastAlert(s.ws)).toBe(
      'The Settings sheet has no column headed Value. Choose Extensions > AP Placements > Set up workbook to add it.',
    );
  });

  it('names a setting it could not read, and checks with the default', () => {
    const s = school([placement(1)]);
    const settings = s.ws.spreadsheet.sheet('Settings').values();
    const row = settings.findIndex((r) => r[0] === 'Expiry warning days') + 1;
    s.ws.spreadsheet.userEdit(s.ws.user, 'Settings', `B${row}`, [['soon']]);
    s.addOn.run('validatePlacements');
    expect(lastAlert(s.ws)).toBe(
      "1 placement checked: all OK. 1 provider checked: all OK. Settings: Expiry warning days: 'soon' is not a number — correct this on the Settings sheet.",
    );
  });
});

describe('text that looks like a formula', () => {
  it('is never written back as a formula, and a person’s formula stays theirs', () => {
    const s = school([
      placement(1, { Reason: "'=SUM(1,2)", UPN: '\'=HYPERLINK("x")', 'Placement ID': '' }),
      placement(2, { 'Placement ID': "'=AP-0002", 'Pupil name': "'+44 Example" }),
    ]);
    // A person's own formula in a column of theirs (Sheets would compute it; we register the result).
    s.ws.spreadsheet.setFormulaResult('Placements', s.a1('Placements', 3, 'Reason'), '=1+1', 2);
    // Text typed (after the apostrophe) into the add-on's own Checks column.
    s.ws.spreadsheet.userEdit(s.ws.user, 'Placements', s.a1('Placements', 3, 'Checks'), [
      ['\'=IMPORTXML("http://x")'],
    ]);
    s.addOn.run('validatePlacements');
    for (const row of [2, 3]) {
      for (const header of ['Placement ID', 'Last review', 'Next review due', 'Checks']) {
        expect(s.cell('Placements', row, header).formula).toBe('');
      }
    }
    expect(s.cell('Placements', 2, 'Reason').value).toBe('=SUM(1,2)');
    expect(s.cell('Placements', 2, 'Reason').formula).toBe('');
    expect(s.cell('Placements', 3, 'Reason').formula).toBe('=1+1');
    expect(s.cell('Placements', 3, 'Placement ID').value).toBe('=AP-0002');
    expect(s.checks(3)).toMatch(/^Placement ID: '=AP-0002' is not a Placement ID like AP-0001/);
    expect(s.checks(2)).toMatch(/^UPN: /);
    expect(s.cell('Placements', 2, 'Placement ID').value).toBe('AP-0001');
  });
});

describe('a service error while writing the checks', () => {
  it('says the checks may not all be written, and the next run writes them', () => {
    const s = school([placement(1, { UPN: 'A801200005001' })]);
    // The read just before the write (keyed-write.ts) fails: nothing is half-written.
    s.ws.meter.failOn('Range.getBackgrounds', 1, 'Service Spreadsheets timed out');
    s.addOn.run('validatePlacements');
    expect(lastAlert(s.ws)).toContain(
      'The checks on Placements may not all be written (Service Spreadsheets timed out); choose Validate all again.',
    );
    expect(s.cell('Placements', 2, 'UPN').note).toBe('');
    s.addOn.run('validatePlacements');
    expect(s.checks(2)).toMatch(/^UPN: the check letter/);
    expect(s.cell('Placements', 2, 'UPN').note).toContain('the check letter');
    expect(lastAlert(s.ws)).not.toContain('may not all be written');
  });
});
