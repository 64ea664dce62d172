// Validate all at the edges of a sheet (issue 3 item 8): header-only sheets, thousands of blank-looking rows.
import { loadWorkbook, lastAlert } from './support/workbook';
import { placement, school, SCHOOL_DAY } from './support/school';

describe('Validate all at the edges of the sheet', () => {
  it('on a workbook never set up, says what to do first', () => {
    const { ws, addOn } = loadWorkbook({ now: SCHOOL_DAY });
    addOn.run('validatePlacements');
    expect(lastAlert(ws)).toMatch(/^There is no Placements sheet\. Choose .*Set up workbook/);
  });

  it('on header-only sheets, says there is nothing to check', () => {
    const { ws, addOn } = loadWorkbook({ now: SCHOOL_DAY });
    addOn.run('setUpWorkbook');
    addOn.run('validatePlacements');
    expect(lastAlert(ws)).toBe('No placements to check. No providers to check.');
  });

  it('gives an ID and Checks to a row whose Placement ID holds only spaces (found by a generated hostile row)', () => {
    const s = school([placement(1), placement(2, { 'Placement ID': '  ' })]);
    s.addOn.run('validatePlacements');
    expect(s.cell('Placements', 3, 'Placement ID').value).toBe('AP-0002');
    expect(s.checks(3)).not.toBe('');
    expect(lastAlert(s.ws)).toMatch(/^2 placements checked/);
  });

  it('skips 10,000 blank-looking rows below the placements, writing nothing there, in time', () => {
    const s = school([placement(1), placement(2, { UPN: 'A801200005001' })]);
    const spaces = Array.from({ length: 10_000 }, () => [' ']);
    s.ws.spreadsheet.userEdit(
      s.ws.user,
      'Placements',
      `${s.a1('Placements', 4, 'Reason')}`,
      spaces,
    );
    s.ws.meter.costModel = 'typical';
    s.addOn.run('validatePlacements');
    expect(lastAlert(s.ws)).toMatch(/^2 placements checked: 1 with errors \(AP-0002 on row 3\)\./);
    const sheet = s.ws.spreadsheet.sheet('Placements');
    const checksColumn = s.headers('Placements').indexOf('Checks');
    const written = sheet
      .values()
      .slice(3)
      .filter((row) => row[checksColumn] !== '');
    expect(written).toEqual([]);
    const run = s.addOn.executions[s.addOn.executions.length - 1];
    expect((run?.endedAt ?? 0) - (run?.startedAt ?? 0)).toBeLessThan(360_000);
  });
});
