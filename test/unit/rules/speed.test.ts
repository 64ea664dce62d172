// A school-sized workbook (2,000 placements, 200 providers, 6,000 reviews) is checked whole and
// right. How long it takes is measured by `npm run bench` (validatePlacements at 2,000 placements),
// not asserted here: a wall-clock limit fails on a busy machine (DEVELOPERS.md: performance is
// measured in a benchmark, not asserted in a timed test).
import { checkPlacements } from '../../../src/domain/rules/check-placements';
import { checkProviders } from '../../../src/domain/rules/check-providers';
import { upnCheckLetter } from '../../../src/domain/rules/upn';
import { placementRow, providerRow, reviewRow, snapshot, TODAY } from './fixtures';

function upn(serial: number): string {
  const rest = `830${String(2000 + (serial % 7000)).padStart(4, '0')}15${String(serial % 1000).padStart(3, '0')}`;
  return `${upnCheckLetter(rest)}${rest}`;
}

describe('checking a large workbook', () => {
  it('checks 2,000 placements against 200 providers and 6,000 reviews', () => {
    const providers = Array.from({ length: 200 }, (_, i) =>
      providerRow({ Provider: `Provider ${i} Learning Centre` }, i + 2),
    );
    const placements = Array.from({ length: 2000 }, (_, i) =>
      placementRow(
        {
          'Placement ID': `AP-${String(i + 1).padStart(4, '0')}`,
          UPN: upn(i),
          Provider: `Provider ${i % 200} Learning Centre`,
        },
        i + 2,
      ),
    );
    const reviews = Array.from({ length: 6000 }, (_, i) =>
      reviewRow(
        {
          'Review date': '2026-01-12',
          'Placement ID': `AP-${String((i % 2000) + 1).padStart(4, '0')}`,
        },
        i + 2,
      ),
    );
    const workbook = snapshot({ placements, providers, reviews });

    const checks = checkPlacements(workbook, TODAY);
    const providerChecks = checkProviders(workbook, TODAY);

    expect(checks).toHaveLength(2000);
    expect(checks.filter((c) => c.problems.length > 0)).toEqual([]);
    expect(checks[0]?.lastReview).toBe('2026-01-12');
    expect(providerChecks.every((c) => c.problems.length === 0)).toBe(true);
  });
});
