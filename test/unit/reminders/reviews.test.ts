// Reviews falling due across half-term, overdue escalations, and a concern recorded on a Wednesday.
import { reviewsDue, safeguardingConcerns } from '../../../src/domain/reminders/reviews';
import { placementRow, reviewRow } from '../rules/fixtures';
import { sent, workbook } from './school-weeks';

// The clean placement started Mon 5 Jan 2026, reviews every 6 weeks and has had no review: base +
// 6 weeks is Mon 16 Feb, in the February half-term, so the review is due Fri 13 Feb (DOMAIN.md §3.2).
describe('review due across half-term (policy P14; DOMAIN.md §7: Review reminder days, then overdue)', () => {
  it('is quiet 11 school days before, and reminds the pastoral lead from 10 school days before', () => {
    expect(reviewsDue(workbook(), '2026-01-29', 7).items).toEqual([]);
    const result = reviewsDue(workbook(), '2026-01-30', 7);
    expect(sent(result)).toEqual([
      'pastoral lead → pastoral@school.example: review-due:AP-0001:2026-02-13:pastoral@2026-01-30',
    ]);
    expect(result.items[0]?.urgency).toBe('soon');
    expect(result.items[0]?.whatToDo).toContain('by Fri 13 Feb 2026');
  });

  it('tells the SENDCO too for a pupil with an EHCP (P3: the plan links to the EHCP)', () => {
    const ehcp = workbook({ placements: [placementRow({ 'SEN status': 'EHCP' })] });
    expect(sent(reviewsDue(ehcp, '2026-02-13', 7))).toEqual([
      'pastoral lead → pastoral@school.example: review-due:AP-0001:2026-02-13:pastoral@2026-02-13',
      'SENDCO → sendco@school.example: review-due:AP-0001:2026-02-13:sendco@2026-02-13',
    ]);
  });

  it('is overdue to the DSL too on the first school day after half-term, not yet to the Head Teacher', () => {
    const result = reviewsDue(workbook(), '2026-02-23', 7);
    expect(sent(result)).toEqual([
      'pastoral lead → pastoral@school.example: review-overdue:AP-0001:2026-02-13:pastoral@2026-02-23',
      'DSL → dsl@school.example: review-overdue:AP-0001:2026-02-13:dsl@2026-02-23',
    ]);
    expect(result.items[0]?.whatToDo).toContain('(1 school day ago)');
  });

  it('reaches the Head Teacher when 5 school days overdue (half-term days not counted)', () => {
    expect(sent(reviewsDue(workbook(), '2026-02-26', 7))).toHaveLength(2);
    expect(sent(reviewsDue(workbook(), '2026-02-27', 7))).toEqual([
      'pastoral lead → pastoral@school.example: review-overdue-5:AP-0001:2026-02-13:pastoral@2026-02-27',
      'DSL → dsl@school.example: review-overdue-5:AP-0001:2026-02-13:dsl@2026-02-27',
      'Head Teacher → head@school.example: review-overdue-5:AP-0001:2026-02-13:head@2026-02-27',
    ]);
  });

  it('stops once the review is recorded, and ignores finished placements', () => {
    const reviewed = workbook({
      reviews: [reviewRow({ 'Review date': '2026-02-12', 'Placement ID': 'AP-0001' })],
    });
    expect(reviewsDue(reviewed, '2026-02-23', 7).items).toEqual([]);
    const ended = workbook({
      placements: [placementRow({ Status: 'Ended', 'Actual end date': '2026-02-06' })],
    });
    expect(reviewsDue(ended, '2026-02-23', 7).items).toEqual([]);
  });
});

describe('safeguarding concern recorded (policy P15; DOMAIN.md §7: DSL and Head Teacher at once)', () => {
  const concernWednesday = (
    reviews = [reviewRow({ 'Review date': '2026-01-14', 'Placement ID': 'AP-0001' })],
  ) =>
    workbook({
      placements: [placementRow({ 'Safeguarding concern date': '2026-01-21' })],
      reviews,
    });

  it('goes to the DSL and Head Teacher, urgent, on the Wednesday it is recorded', () => {
    const result = safeguardingConcerns(concernWednesday(), '2026-01-21', 10);
    expect(sent(result)).toEqual([
      'DSL → dsl@school.example: concern:AP-0001:2026-01-21:dsl@2026-01-21',
      'Head Teacher → head@school.example: concern:AP-0001:2026-01-21:head@2026-01-21',
    ]);
    expect(result.items.every((i) => i.urgency === 'urgent')).toBe(true);
    expect(result.items[0]?.whatToDo).toContain('review the placement today');
  });

  it('keeps going each day until a review on or after the concern is recorded', () => {
    expect(sent(safeguardingConcerns(concernWednesday(), '2026-01-22', 7))).toHaveLength(2);
    const reviewed = concernWednesday([
      reviewRow({ 'Review date': '2026-01-21', 'Placement ID': 'AP-0001' }),
    ]);
    expect(safeguardingConcerns(reviewed, '2026-01-22', 7).items).toEqual([]);
  });

  it('says nothing about a concern dated in the future (a slip) or on a finished placement', () => {
    expect(safeguardingConcerns(concernWednesday(), '2026-01-20', 7).items).toEqual([]);
    const ended = workbook({
      placements: [
        placementRow({
          Status: 'Ended',
          'Actual end date': '2026-01-23',
          'Safeguarding concern date': '2026-01-21',
        }),
      ],
    });
    expect(safeguardingConcerns(ended, '2026-01-26', 7).items).toEqual([]);
  });
});
