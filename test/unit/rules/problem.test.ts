// The Checks cell text (DOMAIN.md §4): "OK", or each problem on its own line, errors first.
import { error, formatChecks, sortProblems, warning } from '../../../src/domain/rules/problem';

describe('the Checks cell', () => {
  it('says OK when there is nothing to fix', () => {
    expect(formatChecks([])).toBe('OK');
  });

  it('puts errors first, one per line, each naming its column; warnings say so', () => {
    const problems = [
      warning('Year group', 'should be 8'),
      error('UPN', 'the check letter should be P, not A — check the UPN against the MIS'),
      error('LA notified', 'blank'),
    ];
    expect(formatChecks(problems)).toBe(
      [
        'UPN: the check letter should be P, not A — check the UPN against the MIS',
        'LA notified: blank',
        'Year group: should be 8 (warning)',
      ].join('\n'),
    );
  });

  it('says the same thing only once', () => {
    expect(sortProblems([error('UPN', 'x'), error('UPN', 'x')])).toHaveLength(1);
  });
});
