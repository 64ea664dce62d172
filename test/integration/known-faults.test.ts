// Issue 3's acceptance workbook through the BUILT add-on: invented placements with known faults, as
// staff would type them, give OK on the clean rows and a message naming the right column on each
// faulty one, with the cell at fault marked (DOMAIN.md §5).
import {
  ACCEPTANCE_PLACEMENTS,
  ACCEPTANCE_PROVIDERS,
  ACCEPTANCE_REVIEWS,
  acceptanceUpn as upn,
} from '../unit/rules/acceptance-workbook';
import { School } from './support/school';
import { columnLetter, lastAlert, loadWorkbook } from './support/workbook';

describe("issue 3's known faults, validated by the built add-on", () => {
  // Tue 4 Nov 2025: the second day back after the October half-term (setup writes Derbyshire 2025/26).
  const { ws, addOn } = loadWorkbook({ now: '2025-11-04T09:00:00Z' });
  addOn.run('setUpWorkbook');
  // Staff pasting their rows in, as typed text (dd/mm/yyyy dates), without onEdit.
  const school = new School(ws, addOn);
  school.type('Providers', ACCEPTANCE_PROVIDERS);
  school.type('Placements', ACCEPTANCE_PLACEMENTS);
  school.type('Reviews', ACCEPTANCE_REVIEWS);
  addOn.run('validatePlacements');

  const placements = ws.spreadsheet.sheet('Placements');
  const headers = (placements.values()[0] ?? []).map(String);
  const cellOf = (id: number, header: string) => {
    return placements.cell(`${columnLetter(headers.indexOf(header) + 1)}${id + 1}`);
  };
  const checksOf = (id: number) => String(cellOf(id, 'Checks').value);

  it('writes OK on the clean rows and leaves their cells unmarked', () => {
    expect(checksOf(1)).toBe('OK');
    expect(checksOf(2)).toBe('OK');
    expect(cellOf(1, 'UPN').note).toBe('');
  });

  it('names UPN for a wrong check letter, and marks the UPN cell red (DOMAIN.md §3.3)', () => {
    expect(checksOf(3)).toBe(
      `UPN: the check letter should be ${upn(3)[0]}, not A — check the UPN against the MIS`,
    );
    expect(cellOf(3, 'UPN').note).toContain('the check letter should be');
    expect(cellOf(3, 'UPN').background).not.toBe('#ffffff');
  });

  it('names Year group, a warning, for a year group off by one around 31 August (§3.4)', () => {
    expect(checksOf(4)).toMatch(/^Year group: .*\(warning\)$/);
    expect(cellOf(4, 'Year group').note).toContain('Year 8');
  });

  it('names Provider for a provider whose confirmation expired yesterday (P12, KCSIE)', () => {
    expect(checksOf(5)).toMatch(
      /^Provider: the safeguarding confirmation from Brook Farm Learning/,
    );
    const providers = ws.spreadsheet.sheet('Providers');
    const providerHeaders = (providers.values()[0] ?? []).map(String);
    const checks = providers.values()[2]?.[providerHeaders.indexOf('Checks')];
    expect(String(checks)).toMatch(/^Safeguarding confirmation expires: /);
  });

  it('names Next review due for a review overdue across the half-term break (P14, §3.2)', () => {
    expect(checksOf(6)).toMatch(/^Next review due: the review due on Fri 24 Oct 2025 is overdue/);
  });

  it('names Social worker for a looked-after pupil without one (P8)', () => {
    expect(checksOf(7)).toMatch(/^Social worker: /);
  });

  it('names Parent notice date for an off-site direction with one day’s notice', () => {
    expect(checksOf(8)).toMatch(/^Parent notice date: .*1 school day before the Start date/);
  });

  it('writes Last review and Next review due, and says what it found in one message', () => {
    expect(cellOf(1, 'Last review').displayValue).toBe('20/10/2025');
    expect(cellOf(6, 'Next review due').displayValue).toBe('24/10/2025');
    expect(lastAlert(ws)).toMatch(
      /^8 placements checked: 5 with errors \(AP-0003 on row 4, AP-0005 on row 6, AP-0006 on row 7, AP-0007 on row 8, AP-0008 on row 9\), \d+ with warnings\./,
    );
  });

  it("keeps every pupil's name exactly as typed", () => {
    expect(String(cellOf(4, 'Pupil name').value)).toBe("Pupil 4 O'Example");
  });
});
