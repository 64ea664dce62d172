// Through the built bundle (issue 11, items 3 and 4): the placement leads with what needs doing, the
// overview with concerns awaiting review.
import { placement, sidebarSchool, state } from './support';

describe('what needs doing first', () => {
  // Wed 25 Feb 2026: AP-0001's review (due Fri 13 Feb) is overdue and a concern waits since Mon 23.
  const s = sidebarSchool(
    [
      placement(1, { 'Safeguarding concern date': '2026-02-23' }),
      placement(2, { 'Planned end date': '2026-07-23' }),
    ],
    { now: '2026-02-25T09:00:00Z' },
  );

  it('leads the placement with the concern, the overdue review and the missing returns, each column once', () => {
    s.ws.spreadsheet.select('Placements', 'C2');
    const selected = state(s).selected;
    expect(selected?.needsDoing.map((entry) => [entry.kind, entry.column])).toEqual([
      ['concern', 'Safeguarding concern date'],
      ['review overdue', 'Next review due'],
      ['returns missing', 'Attendance'],
    ]);
    for (const { column, message } of selected?.needsDoing ?? []) {
      expect(message.startsWith(column)).toBe(false);
      expect(message).not.toMatch(/\(P\d/);
    }
    expect(selected?.needsDoing[1]?.message).toBe(
      'the review due on Fri 13 Feb 2026 is overdue — hold the review and record it on the Reviews sheet (policy point 14: reviews at least half-termly)',
    );
    // The Checks cell stays short, naming the policy point as before.
    s.addOn.run('validatePlacements');
    expect(s.checks(2)).toContain('(P14: at least half-termly)');
  });

  it('shows no checklist before Ended for a placement running to the summer', () => {
    s.ws.spreadsheet.select('Placements', 'C3');
    expect(state(s).selected).toMatchObject({ nextStatus: 'Ended', statusChangeNear: false });
  });

  it('starts the overview with the concern awaiting review, opening its row', () => {
    expect(state(s).overview?.concernsAwaitingReview.items).toEqual([
      {
        label: 'AP-0001 Pupil 1 Example',
        detail: 'Concern Mon 23 Feb 2026: 2 days waiting; review it today',
        link: { sheet: 'Placements', row: 2 },
        placementId: 'AP-0001',
      },
    ]);
  });
});
