// The acceptance workbook (issue 3, "How it will be checked"): invented placements with known
// faults give OK on the clean rows and a message naming the right column on each faulty one.
import { checkPlacements } from '../../../src/domain/rules/check-placements';
import { checkProviders } from '../../../src/domain/rules/check-providers';
import { formatChecks } from '../../../src/domain/rules/problem';
import {
  ACCEPTANCE_DAY as TODAY,
  ACCEPTANCE_PLACEMENTS,
  ACCEPTANCE_PROVIDERS,
  ACCEPTANCE_REVIEWS,
  acceptanceUpn as upn,
} from './acceptance-workbook';
import { placementRow, providerRow, reviewRow, snapshot } from './fixtures';

const workbook = snapshot({
  placements: ACCEPTANCE_PLACEMENTS.map((cells, i) => placementRow(cells, i + 2)),
  providers: ACCEPTANCE_PROVIDERS.map((cells, i) => providerRow(cells, i + 2)),
  reviews: ACCEPTANCE_REVIEWS.map((cells, i) => reviewRow(cells, i + 2)),
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
