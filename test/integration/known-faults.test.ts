// Issue 3's acceptance workbook through the BUILT add-on: invented placements with known faults, as
// staff would type them, give OK on the clean rows and a message naming the right column on each
// faulty one, with the cell at fault marked (DOMAIN.md §5).
import { CLEAN_PLACEMENT, CLEAN_PROVIDER } from '../unit/rules/fixtures';
import { upnCheckLetter } from '../../src/domain/rules/upn';
import { columnLetter, lastAlert, loadWorkbook } from './support/workbook';
import type { Workspace } from '../../emulator';

type Cells = Record<string, unknown>;

/** 'YYYY-MM-DD' as a person types it in an en_GB sheet; everything else as it is. */
const typed = (value: unknown): unknown => {
  const iso = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : (value ?? '');
};

/** Staff pasting rows under the sheet's own headers, from row 2. */
function paste(ws: Workspace, sheet: string, rows: readonly Cells[]): void {
  const headers = (ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String);
  const values = rows.map((row) => headers.map((h) => typed(row[h])));
  ws.spreadsheet.userEdit(ws.user, sheet, 'A2', values);
}

const upn = (serial: number) => {
  const rest = `830200025${String(serial).padStart(3, '0')}`;
  return `${upnCheckLetter(rest)}${rest}`;
};

/** Started in Autumn 1 2025, everything agreed in July, last reviewed on 20 Oct. */
const autumn = (n: number, cells: Cells = {}): Cells => ({
  ...CLEAN_PLACEMENT,
  'Placement ID': `AP-000${n}`,
  'Pupil name': `Pupil ${n} O'Example`,
  UPN: upn(n),
  'Start date': '2025-09-04',
  'Planned end date': '2025-12-19',
  'Initial meeting date': '2025-07-10',
  'Parent agreement signed': '2025-07-14',
  'Provider agreement signed': '2025-07-15',
  'LA notified': '2025-07-16',
  'Risk assessment date': '2025-07-17',
  ...cells,
});

describe("issue 3's known faults, validated by the built add-on", () => {
  // Tue 4 Nov 2025: the second day back after the October half-term (setup writes Derbyshire 2025/26).
  const { ws, addOn } = loadWorkbook({ now: '2025-11-04T09:00:00Z' });
  addOn.run('setUpWorkbook');
  paste(ws, 'Providers', [
    CLEAN_PROVIDER,
    {
      ...CLEAN_PROVIDER,
      Provider: 'Brook Farm Learning',
      'Safeguarding confirmation expires': '2025-11-03',
    },
  ]);
  paste(ws, 'Placements', [
    autumn(1),
    autumn(2, { Status: 'Proposed', 'Start date': '2026-01-05', 'Planned end date': '2026-03-27' }),
    autumn(3, { UPN: `A${upn(3).slice(1)}` }),
    autumn(4, { 'Date of birth': '2012-09-01', 'Year group': 9 }),
    autumn(5, { Provider: 'Brook Farm Learning' }),
    autumn(6),
    autumn(7, { 'Looked after': 'Yes', 'Virtual school email': 'virtual.school@la.example' }),
    autumn(8, {
      Status: 'Agreed',
      Route: 'Off-site direction',
      'Start date': '2025-11-06',
      'Parent notice date': '2025-11-05',
    }),
  ]);
  paste(ws, 'Reviews', [
    ...[1, 2, 3, 4, 5, 7, 8].map((n) => ({
      'Review date': '2025-10-20',
      'Placement ID': `AP-000${n}`,
    })),
    { 'Review date': '2025-09-15', 'Placement ID': 'AP-0006' },
  ]);
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
    expect(lastAlert(ws)).toMatch(/^8 placements checked: 5 with errors, \d+ with warnings\./);
  });

  it("keeps every pupil's name exactly as typed", () => {
    expect(String(cellOf(4, 'Pupil name').value)).toBe("Pupil 4 O'Example");
  });
});
