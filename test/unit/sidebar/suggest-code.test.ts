// The code suggested when Code is left blank (DOMAIN.md §3.1: B present, N until a reason is known).
import { suggestCode } from '../../../src/domain/sidebar/suggest-code';

describe('suggestCode', () => {
  it("suggests the placement's own code for Present and Late: B, or D when dual registered", () => {
    expect(suggestCode('Present', '', 'B')).toBe('B');
    expect(suggestCode('Present', '', '')).toBe('B');
    expect(suggestCode('Late', 'bus', 'D')).toBe('D');
  });

  it('suggests B, never K, for a placement coded K (K is for LA-arranged provision, §3.1)', () => {
    expect(suggestCode('Present', '', 'K')).toBe('B');
    expect(suggestCode('Late', '', 'k')).toBe('B');
  });

  it('suggests N for an absence with no reason yet', () => {
    expect(suggestCode('Absent', '', 'B')).toBe('N');
    expect(suggestCode('Absent', '   ', 'B')).toBe('N');
  });

  it('maps only reasons that name one code: illness I, medical M, religious R, excluded E', () => {
    expect(suggestCode('Absent', 'Ill with flu', 'B')).toBe('I');
    expect(suggestCode('Absent', 'SICK', 'B')).toBe('I');
    expect(suggestCode('Absent', 'Dentist appointment', 'B')).toBe('M');
    expect(suggestCode('Absent', 'Hospital', 'B')).toBe('M');
    expect(suggestCode('Absent', 'Religious observance (Eid)', 'B')).toBe('R');
    expect(suggestCode('Absent', 'Suspended by the provider', 'B')).toBe('E');
  });

  it('suggests N (not yet known) for other reasons, never a blank code', () => {
    expect(suggestCode('Absent', 'Family holiday', 'B')).toBe('N');
    expect(suggestCode('Absent', 'Refused to go', 'B')).toBe('N');
    expect(suggestCode('Absent', 'Skillset', 'B')).toBe('N');
    expect(suggestCode('Absent', '=1+1', 'K')).toBe('N');
  });

  it('suggests nothing for No session', () => {
    expect(suggestCode('No session', '', 'B')).toBe('');
  });
});
