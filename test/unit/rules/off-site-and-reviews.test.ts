// Off-site direction notice (2010 regulations), reviews (P14), concerns (P15), termination (DOMAIN.md §5).
import { requiredByStatus } from '../../../src/domain/rules/requirements';
import {
  concernReviewed,
  reviewOverdue,
  reviewTermDates,
  terminationRecorded,
} from '../../../src/domain/rules/reviews';
import { contextFor, messages, reviewRow, termDateRows } from './fixtures';

const offSite = (notice: string, extra: Record<string, unknown> = {}) =>
  requiredByStatus(
    contextFor({ Route: 'Off-site direction', 'Parent notice date': notice, ...extra }),
  ).filter((p) => p.column === 'Parent notice date');

describe('off-site direction: notice at least 2 school days before the first day (2010 regulations)', () => {
  it('accepts two school days’ notice, counting across the Christmas break', () => {
    expect(offSite('2025-12-17', { 'Start date': '2025-12-19' })).toEqual([]);
    // Fri 19 Dec to Mon 5 Jan: only Fri 19 Dec counts (the holiday does not), so 1 day: an error.
    expect(offSite('2025-12-19')).toHaveLength(1);
    expect(offSite('2025-12-18')).toEqual([]);
  });

  it('rejects one day’s notice, naming Parent notice date and the earliest lawful start', () => {
    expect(messages(offSite('2026-01-05', { 'Start date': '2026-01-06' }))).toEqual([
      'Parent notice date: notice given on Mon 5 Jan 2026 is 1 school day before the Start date (Tue 6 Jan 2026); the earliest lawful start is Wed 7 Jan 2026 — an off-site direction needs written notice to parents at least 2 school days before the first day (2010 regulations)',
    ]);
  });

  it('does not count the Mon 4 May 2026 bank holiday as a school day of notice', () => {
    // Notice Fri 1 May for Wed 6 May: Fri 1 and Tue 5 count, Mon 4 does not: 2 days, allowed.
    expect(offSite('2026-05-01', { 'Start date': '2026-05-06' })).toEqual([]);
    // Notice Fri 1 May for Tue 5 May: only Fri 1 counts.
    expect(offSite('2026-05-01', { 'Start date': '2026-05-05' })).toHaveLength(1);
  });

  it('counts notice given at a weekend from the next school day', () => {
    const problems = messages(offSite('2026-01-10', { 'Start date': '2026-01-13' }));
    expect(problems[0]).toMatch(
      /1 school day before the Start date \(Tue 13 Jan 2026\); the earliest lawful start is Wed 14 Jan 2026/,
    );
  });

  it('needs the notice for Agreed and later, not while Proposed', () => {
    expect(offSite('', { Status: 'Agreed' })[0]?.message).toMatch(
      /^Parent notice date: blank, but an Agreed placement needs it/,
    );
    expect(offSite('', { Status: 'Proposed' })).toEqual([]);
    expect(requiredByStatus(contextFor({ Route: 'Medical' }))).toEqual([]);
  });
});

describe('reviews at least half-termly (P14) and after a concern (P15)', () => {
  const overdue = (today: string, cells = {}) =>
    reviewOverdue(
      contextFor(
        {
          'Start date': '2025-11-03',
          'LA notified': '2025-10-20',
          'Initial meeting date': '2025-10-01',
          'Parent agreement signed': '2025-10-02',
          'Risk assessment date': '2025-10-03',
          ...cells,
        },
        {},
        today,
      ),
    );

  it('is overdue from the day after Next review due on Active and Paused placements', () => {
    // Start Mon 3 Nov + 6 weeks = Mon 15 Dec, a school day.
    expect(overdue('2025-12-15')).toEqual([]);
    expect(overdue('2025-12-16')[0]).toMatchObject({
      severity: 'error',
      column: 'Next review due',
    });
    expect(overdue('2025-12-16', { Status: 'Paused' })).toHaveLength(1);
    expect(overdue('2025-12-16', { Status: 'Agreed' })).toEqual([]);
  });

  it('a concern after the last review needs an immediate review (P15)', () => {
    const reviews = [reviewRow({ 'Review date': '2026-01-12', 'Placement ID': 'AP-0001' })];
    expect(
      messages(
        concernReviewed(contextFor({ 'Safeguarding concern date': '2026-01-15' }, { reviews })),
      ),
    ).toEqual([
      'Safeguarding concern date: a concern was recorded on Thu 15 Jan 2026, after the last review (Mon 12 Jan 2026) — review the placement today and record it on Reviews, or set Status to Paused until it is reviewed (P15)',
    ]);
    expect(
      concernReviewed(contextFor({ 'Safeguarding concern date': '2026-01-12' }, { reviews })),
    ).toEqual([]);
    expect(
      messages(concernReviewed(contextFor({ 'Safeguarding concern date': '2026-01-15' })))[0],
    ).toMatch(/has not been reviewed since/);
    expect(
      concernReviewed(contextFor({ Status: 'Paused', 'Safeguarding concern date': '2026-01-15' })),
    ).toHaveLength(1);
  });

  it('a Terminated placement without a review deciding it is a warning', () => {
    const cells = { Status: 'Terminated', 'Actual end date': '2026-01-16' };
    expect(terminationRecorded(contextFor(cells))[0]).toMatchObject({
      severity: 'warning',
      column: 'Status',
    });
    const reviews = [
      reviewRow({
        'Review date': '2026-01-16',
        'Placement ID': 'AP-0001',
        Decision: 'Terminate placement',
      }),
    ];
    expect(terminationRecorded(contextFor(cells, { reviews }))).toEqual([]);
  });

  it('says when term dates are missing or do not reach far enough (DOMAIN.md §3.2)', () => {
    expect(messages(reviewTermDates(contextFor({}, { termDates: [] })))[0]).toMatch(
      /^Next review due: counted as Review every \(weeks\).*Term dates sheet has no half-terms/,
    );
    const autumnOnly = termDateRows([{ term: 'Autumn 1', start: '2025-09-04', end: '2025-10-24' }]);
    const cells = { 'Start date': '2025-10-06' };
    expect(
      messages(reviewTermDates(contextFor(cells, { termDates: autumnOnly }, '2025-10-10')))[0],
    ).toMatch(/does not cover Mon 6 Oct 2025 and the half-term after it/);
    expect(reviewTermDates(contextFor())).toEqual([]);
  });
});
