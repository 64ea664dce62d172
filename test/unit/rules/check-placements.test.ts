// The whole sheet checked at once (DOMAIN.md §5, issue 3): clean rows OK, each known fault by column.
import { checkPlacements } from '../../../src/domain/rules/check-placements';
import { formatChecks } from '../../../src/domain/rules/problem';
import {
  messages,
  placementRow,
  providerRow,
  reviewRow,
  snapshot,
  termDateRows,
  TODAY,
} from './fixtures';

/** The clean placement moved to Autumn 1 2025, its agreements made in July. */
const AUTUMN_PLACEMENT = {
  'Start date': '2025-09-04',
  'Planned end date': '2025-12-19',
  'Initial meeting date': '2025-07-10',
  'Parent agreement signed': '2025-07-14',
  'Provider agreement signed': '2025-07-15',
  'LA notified': '2025-07-16',
  'Risk assessment date': '2025-07-17',
};

describe('checkPlacements over a workbook snapshot', () => {
  it('gives OK for the clean row, with its Last review and Next review due', () => {
    const [check] = checkPlacements(snapshot(), TODAY);
    expect(check).toEqual({
      rowNumber: 2,
      placementId: 'AP-0001',
      problems: [],
      lastReview: undefined,
      nextReviewDue: '2026-02-13',
    });
    expect(formatChecks(check?.problems ?? [])).toBe('OK');
  });

  it('reports a review overdue across the October half-term break (P14, DOMAIN.md §3.2)', () => {
    // Started 4 Sep, reviewed Mon 15 Sep: 6 weeks on is Mon 27 Oct, in the break, so the review
    // fell due on Fri 24 Oct, the last school day before it. On Mon 3 Nov it is overdue.
    const placements = [placementRow(AUTUMN_PLACEMENT)];
    const reviews = [reviewRow({ 'Review date': '2025-09-15', 'Placement ID': 'AP-0001' })];
    const [check] = checkPlacements(snapshot({ placements, reviews }), '2025-11-03');
    expect(check?.lastReview).toBe('2025-09-15');
    expect(check?.nextReviewDue).toBe('2025-10-24');
    expect(messages(check?.problems ?? [])).toContain(
      'Next review due: the review due on Fri 24 Oct 2025 is overdue — hold the review and record it on the Reviews sheet (P14: at least half-termly)',
    );
    const [onTime] = checkPlacements(snapshot({ placements, reviews }), '2025-10-24');
    expect(onTime?.problems).toEqual([]);
  });

  it('names the column for a cell it could not read, and does not also call it blank', () => {
    const [check] = checkPlacements(
      snapshot({ placements: [placementRow({ 'LA notified': 'last week' })] }),
      TODAY,
    );
    expect(messages(check?.problems ?? [])).toEqual([
      "LA notified: 'last week' is not a date; type it as dd/mm/yyyy",
    ]);
  });

  it('puts errors before warnings in the Checks text, one per line', () => {
    const [check] = checkPlacements(
      snapshot({
        placements: [
          placementRow({ UPN: 'A801200005001', 'Year group': 8, 'LA notified': '2026-01-06' }),
        ],
      }),
      TODAY,
    );
    expect(formatChecks(check?.problems ?? [])).toBe(
      [
        'UPN: the check letter should be B, not A — check the UPN against the MIS',
        'Year group: a pupil born Wed 14 Mar 2012 is in Year 9 in 2025/26 (the school year of the Start date), not Year 8 — check the Year group and Date of birth against the MIS (warning)',
        'LA notified: Tue 6 Jan 2026 is after the Start date (Mon 5 Jan 2026) — the school tells the local authority when it commissions the placement, before it starts (P11) (warning)',
      ].join('\n'),
    );
  });

  it('re-checks only the rows asked for, while still comparing against every row', () => {
    const placements = [
      placementRow({}, 2),
      placementRow({}, 3),
      placementRow({ 'Placement ID': 'AP-0002' }, 4),
    ];
    const checks = checkPlacements(snapshot({ placements }), TODAY, { rows: new Set([3]) });
    expect(checks.map((c) => c.rowNumber)).toEqual([3]);
    expect(messages(checks[0]?.problems ?? [])[0]).toMatch(
      /^Placement ID: AP-0001 is also on row 2/,
    );
  });

  it('warns on every row that term dates are missing, and counts base + interval', () => {
    const [check] = checkPlacements(snapshot({ termDates: [] }), TODAY);
    expect(check?.nextReviewDue).toBe('2026-02-16');
    expect(check?.problems.map((p) => [p.severity, p.column])).toEqual([
      ['warning', 'Next review due'],
    ]);
  });

  it('finds providers whatever the case or spacing of the name', () => {
    const providers = [providerRow({ Provider: '  riverside   skills centre ' })];
    expect(checkPlacements(snapshot({ providers }), TODAY)[0]?.problems).toEqual([]);
  });

  it('has no next review for a finished placement', () => {
    const placements = [
      placementRow({
        Status: 'Ended',
        'Actual end date': '2026-03-27',
        Destination: 'Mainstream school',
      }),
    ];
    const [check] = checkPlacements(
      snapshot({ placements, termDates: termDateRows() }),
      '2026-04-20',
    );
    expect(check).toMatchObject({ problems: [], nextReviewDue: undefined });
  });
});
