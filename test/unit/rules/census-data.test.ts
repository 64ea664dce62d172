// Issue 15 item 4: what the census AP return needs, checked on the row before census day.
import { censusReasonChosen } from '../../../src/domain/rules/census-data';
import { checkPlacement } from '../../../src/domain/rules/check-placements';
import { contextFor } from './fixtures';

describe('the Census reason of a running placement', () => {
  it('is a warning when blank, naming the column and what to choose', () => {
    expect(censusReasonChosen(contextFor({ 'Census reason': '' }))).toEqual([
      {
        severity: 'warning',
        column: 'Census reason',
        message: expect.stringMatching(/^Census reason: blank — choose the primary reason/),
      },
    ]);
  });

  it('is asked of an agreed placement too, not of a proposed or ended one', () => {
    expect(censusReasonChosen(contextFor({ Status: 'Agreed', 'Census reason': '' }))).toHaveLength(
      1,
    );
    for (const Status of ['Proposed', 'Ended', 'Terminated']) {
      expect(censusReasonChosen(contextFor({ Status, 'Census reason': '' }))).toEqual([]);
    }
  });

  it('warns of "Named on EHC plan" for a pupil without an EHC plan (MIS error 2363)', () => {
    const problems = censusReasonChosen(
      contextFor({ 'Census reason': 'Named on EHC plan', 'SEN status': 'SEN support' }),
    );
    expect(problems.map((p) => [p.severity, p.columns, p.message])).toEqual([
      ['warning', ['Census reason', 'SEN status'], expect.stringContaining('MIS error 2363')],
    ]);
    expect(
      censusReasonChosen(
        contextFor({ 'Census reason': 'Named on EHC plan', 'SEN status': 'EHCP' }),
      ),
    ).toEqual([]);
  });

  it('is among the rules Validate all runs', () => {
    const messages = checkPlacement(contextFor({ 'Census reason': '' })).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Census reason: blank/));
    expect(checkPlacement(contextFor())).toEqual([]);
  });
});
