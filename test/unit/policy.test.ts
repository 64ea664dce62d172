// Policy references spelt out for staff: "P14" means nothing to a teacher reading the sidebar.
import { POLICY_POINTS, policyPoint, spellOutPolicy } from '../../src/domain/policy';
import { REQUIREMENTS } from '../../src/domain/rules/requirements';

describe('the policy points', () => {
  it('has a short plain gloss for each of P1 to P15', () => {
    for (let point = 1; point <= 15; point++) {
      expect(POLICY_POINTS[point]).toMatch(/^[a-z].{10,80}$/);
    }
    expect(policyPoint(14)).toBe('policy point 14: reviews at least half-termly');
  });

  it.each([
    [
      'the review is overdue — hold it (P14: at least half-termly)',
      'the review is overdue — hold it (policy point 14: reviews at least half-termly)',
    ],
    [
      'ask for written confirmation (P12, KCSIE)',
      "ask for written confirmation (policy point 12: written confirmation of the provider's staff safeguarding checks; Keeping Children Safe in Education)",
    ],
    [
      'review the placement today (P15)',
      'review the placement today (policy point 15: a safeguarding concern means an immediate review)',
    ],
    [
      'sign first (P10) and tell the LA (P11)',
      'sign first (policy point 10: parents/carers involved, agreement signed, reviews agreed at the initial meeting) and tell the LA (policy point 11: the local authority told when the school commissions a placement)',
    ],
    ['no citation here (see the Reviews sheet)', 'no citation here (see the Reviews sheet)'],
    ['a UPN like (P1234) is not a point', 'a UPN like (P1234) is not a point'],
  ])('spells out %p', (text, spelt) => {
    expect(spellOutPolicy(text)).toBe(spelt);
  });

  it('leaves no bare P-number in any requirement a checklist shows', () => {
    for (const requirement of REQUIREMENTS) {
      expect(spellOutPolicy(requirement.fix)).not.toMatch(/\bP\d/);
    }
  });
});
