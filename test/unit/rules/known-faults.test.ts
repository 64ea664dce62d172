// The acceptance workbook (issue 3, "How it will be checked"): invented placements with known
// faults give OK on the clean rows and a message naming the right column on each faulty one.
import { checkPlacements } from '../../../src/domain/rules/check-placements';
import { checkProviders } from '../../../src/domain/rules/check-providers';
import { formatChecks } from '../../../src/domain/rules/problem';
import { upnCheckLetter } from '../../../src/domain/rules/upn';
import { placementRow, providerRow, reviewRow, snapshot } from './fixtures';

/** Tue 4 Nov 2025, the second day back after the October half-term. */
const TODAY = '2025-11-04';

const upn = (serial: number) => {
  const rest = `830200025${String(serial).padStart(3, '0')}`;
  return `${upnCheckLetter(rest)}${rest}`;
};

/** Started in Autumn 1, everything agreed in July, last reviewed on 20 Oct. */
const autumn = (n: number, cells: Record<string, unknown> = {}) =>
  placementRow(
    {
      'Placement ID': `AP-000${n}`,
      UPN: upn(n),
      'Start date': '2025-09-04',
      'Planned end date': '2025-12-19',
      'Initial meeting date': '2025-07-10',
      'Parent agreement signed': '2025-07-14',
      'Provider agreement signed': '2025-07-15',
      'LA notified': '2025-07-16',
      'Risk assessment date': '2025-07-17',
      ...cells,
    },
    n + 1,
  );

const workbook = snapshot({
  placements: [
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
  ],
  providers: [
    providerRow({}, 2),
    providerRow(
      { Provider: 'Brook Farm Learning', 'Safeguarding confirmation expires': '2025-11-03' },
      3,
    ),
  ],
  reviews: [1, 2, 3, 4, 5, 7, 8]
    .map((n) => reviewRow({ 'Review date': '2025-10-20', 'Placement ID': `AP-000${n}` }, n + 1))
    .concat(reviewRow({ 'Review date': '2025-09-15', 'Placement ID': 'AP-0006' }, 20)),
});

describe('the acceptance workbook of issue 3', () => {
  const checks = checkPlacements(workbook, TODAY);
  const checksOf = (id: string) =>
    formatChecks(checks.find((c) => c.placementId === id)?.problems ?? []);

  it('gives OK on the clean rows', () => {
    expect(checksOf('AP-0001')).toBe('OK');
    expect(checksOf('AP-0002')).toBe('OK');
  });

  it('names UPN for a wrong check letter (DOMAIN.md §3.3)', () => {
    expect(checksOf('AP-0003')).toBe(
      `UPN: the check letter should be ${upn(3)[0]}, not A — check the UPN against the MIS`,
    );
  });

  it('names Year group for a year group off by one around 31 August (DOMAIN.md §3.4)', () => {
    expect(checksOf('AP-0004')).toMatch(
      /^Year group: a pupil born Sat 1 Sep 2012 is in Year 8 in 2025\/26.*\(warning\)$/,
    );
  });

  it('names Provider for a provider whose confirmation expired yesterday (P12, KCSIE)', () => {
    expect(checksOf('AP-0005')).toMatch(
      /^Provider: the safeguarding confirmation from Brook Farm Learning expired on Mon 3 Nov 2025/,
    );
    const [, brookFarm] = checkProviders(workbook, TODAY);
    expect(formatChecks(brookFarm?.problems ?? [])).toMatch(
      /^Safeguarding confirmation expires: the safeguarding confirmation expired on Mon 3 Nov 2025/,
    );
  });

  it('names Next review due for a review overdue across the half-term break (P14, §3.2)', () => {
    expect(checksOf('AP-0006')).toBe(
      'Next review due: the review due on Fri 24 Oct 2025 is overdue — hold the review and record it on the Reviews sheet (P14: at least half-termly)',
    );
  });

  it('names Social worker for a looked-after pupil without one (P8)', () => {
    expect(checksOf('AP-0007')).toMatch(/^Social worker: blank, but an Active placement needs it/);
  });

  it('names Parent notice date for an off-site direction with one day’s notice (2010 regulations)', () => {
    expect(checksOf('AP-0008')).toMatch(
      /^Parent notice date: notice given on Wed 5 Nov 2025 is 1 school day before the Start date/,
    );
  });
});
