// A review counts only when it is one (DOMAIN.md §4 Reviews, policy P14): the rows and the placement.
import { checkPlacements } from '../../../src/domain/rules/check-placements';
import { checkReviewRows } from '../../../src/domain/rules/review-rows';
import {
  concernReviewed,
  reviewOverdue,
  reviewsIncomplete,
} from '../../../src/domain/rules/reviews';
import { contextFor, messages, placementRow, reviewRow, snapshot } from './fixtures';

const ACTIVE_SINCE_NOVEMBER = {
  'Start date': '2025-11-03',
  'LA notified': '2025-10-20',
  'Initial meeting date': '2025-10-01',
  'Parent agreement signed': '2025-10-02',
  'Risk assessment date': '2025-10-03',
};
/** Only a date and an ID: what "Save review" with every field at "Choose…" used to write. */
const DATE_ONLY = {
  Attendees: '',
  'Parent/carer attended': '',
  "Pupil's view": '',
  Progress: '',
  'Safe and meeting needs': '',
  Decision: '',
};

describe('a Reviews row', () => {
  const ids = new Set(['AP-0001']);

  it('with only a date and an ID names each field a review must record, as errors', () => {
    const [check] = checkReviewRows(
      [reviewRow({ 'Review date': '2025-12-10', 'Placement ID': 'AP-0001', ...DATE_ONLY }, 7)],
      ids,
      '2025-12-16',
    );
    expect(check?.rowNumber).toBe(7);
    const errors = check?.problems.filter((p) => p.severity === 'error').map((p) => p.column);
    expect(errors).toEqual(['Attendees', 'Progress', 'Safe and meeting needs', 'Decision']);
    const warnings = check?.problems.filter((p) => p.severity === 'warning').map((p) => p.column);
    expect(warnings).toEqual(["Pupil's view", 'Parent/carer attended']);
    expect(check?.problems[0]?.message).toMatch(/policy point 14/);
  });

  it('that is complete is OK; "No" to safe and meeting needs is an answer', () => {
    const rows = [
      reviewRow({ 'Review date': '2025-12-10', 'Placement ID': 'AP-0001' }),
      reviewRow(
        { 'Review date': '2025-12-11', 'Placement ID': 'AP-0001', 'Safe and meeting needs': 'No' },
        3,
      ),
    ];
    expect(checkReviewRows(rows, ids, '2025-12-16').map((c) => c.problems)).toEqual([[], []]);
  });

  it('booked for a later day is checked for its date and ID only', () => {
    const booked = reviewRow({
      'Review date': '2026-01-20',
      'Placement ID': 'AP-0001',
      ...DATE_ONLY,
    });
    expect(checkReviewRows([booked], ids, '2025-12-16')[0]?.problems).toEqual([]);
  });

  it('needs a date and a Placement ID on Placements, and reports an unreadable cell as itself', () => {
    const [noDate, unknown, unreadable] = checkReviewRows(
      [
        reviewRow({ 'Review date': '', 'Placement ID': 'AP-0001' }, 2),
        reviewRow({ 'Review date': '2025-12-10', 'Placement ID': 'AP-0099' }, 3),
        reviewRow({ 'Review date': '2025-12-10', 'Placement ID': 'AP-0001', Progress: 'Great' }, 4),
      ],
      ids,
      '2025-12-16',
    );
    expect(messages(noDate?.problems ?? [])).toEqual([
      'Review date: blank — enter the date the review was held',
    ]);
    expect(messages(unknown?.problems ?? [])).toEqual([
      'Placement ID: AP-0099 is not on the Placements sheet — correct the Placement ID',
    ]);
    expect(unreadable?.problems.map((p) => p.column)).toEqual(['Progress']);
    expect(unreadable?.problems[0]?.message).not.toMatch(/blank/);
  });
});

describe('a placement whose latest review does not count', () => {
  const incomplete = reviewRow(
    { 'Review date': '2025-12-10', 'Placement ID': 'AP-0001', ...DATE_ONLY, Attendees: 'Jo' },
    14,
  );

  it('stays overdue, and the error names the Reviews row and what it lacks', () => {
    const context = contextFor(ACTIVE_SINCE_NOVEMBER, { reviews: [incomplete] }, '2025-12-16');
    expect(context.lastReview).toBeUndefined();
    expect(messages(reviewOverdue(context))).toEqual([
      'Next review due: the review due on Mon 15 Dec 2025 is overdue — hold the review and record it on the Reviews sheet (P14: at least half-termly) (Reviews row 14 (Wed 10 Dec 2025) does not count as a review until Progress, Safe and meeting needs and Decision are filled in)',
    ]);
    // The overdue error says it: no second warning about the same row.
    expect(reviewsIncomplete(context)).toEqual([]);
  });

  it('keeps a concern awaiting review', () => {
    const context = contextFor(
      { ...ACTIVE_SINCE_NOVEMBER, 'Safeguarding concern date': '2025-12-08' },
      { reviews: [incomplete] },
      '2025-12-12',
    );
    expect(messages(concernReviewed(context))[0]).toMatch(
      /has not been reviewed since .*Reviews row 14/,
    );
  });

  it('before it is overdue is a warning naming the row', () => {
    const context = contextFor(ACTIVE_SINCE_NOVEMBER, { reviews: [incomplete] }, '2025-12-12');
    expect(reviewOverdue(context)).toEqual([]);
    expect(reviewsIncomplete(context)).toEqual([
      expect.objectContaining({ severity: 'warning', column: 'Last review' }),
    ]);
  });

  it('does not move Last review or Next review due; a complete review later does', () => {
    const placements = [placementRow(ACTIVE_SINCE_NOVEMBER)];
    const [before] = checkPlacements(snapshot({ placements, reviews: [incomplete] }), '2025-12-16');
    expect(before?.lastReview).toBeUndefined();
    expect(before?.nextReviewDue).toBe('2025-12-15');
    const complete = reviewRow({ 'Review date': '2025-12-11', 'Placement ID': 'AP-0001' }, 15);
    const [after] = checkPlacements(
      snapshot({ placements, reviews: [incomplete, complete] }),
      '2025-12-16',
    );
    expect(after?.lastReview).toBe('2025-12-11');
    // An older incomplete row no longer holds anything up once a later review counts.
    expect(after?.problems.filter((p) => /Reviews row 14/.test(p.message))).toEqual([]);
  });
});
