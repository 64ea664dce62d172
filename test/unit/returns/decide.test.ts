// One answer never makes a second row for a session and never changes a mark a person recorded.
import { decide, OUTCOMES, type AnswerContext } from '../../../src/domain/returns/decide';
import type { AttendanceRecord } from '../../../src/domain/sheets/attendance';

const answer = {
  kind: 'mark' as const,
  question: 'AP-0003 (J.S.), morning',
  date: '2026-12-07',
  placementId: 'AP-0003',
  session: 'AM' as const,
  mark: 'Absent' as const,
  reason: 'Unwell',
};

function ctx(over: Partial<AnswerContext> = {}): AnswerContext {
  return {
    reportedBy: 'Oakfield Centre',
    currentForm: true,
    expected: true,
    placementCode: 'B',
    rows: [],
    providerLast: undefined,
    ...over,
  };
}

const row = (record: Partial<AttendanceRecord>, rowNumber = 9) => ({
  rowNumber,
  record: {
    date: '2026-12-07',
    placementId: 'AP-0003',
    session: 'AM' as const,
    ...record,
  } as AttendanceRecord,
  problems: [],
});

describe('decide', () => {
  it('writes a session nobody recorded, reported by the provider, code suggested from the reason', () => {
    const d = decide(answer, ctx());
    expect(d).toEqual(
      expect.objectContaining({
        act: 'append',
        outcome: OUTCOMES.written,
        record: expect.objectContaining({
          mark: 'Absent',
          code: 'I',
          reportedBy: 'Oakfield Centre',
        }),
      }),
    );
  });

  it('keeps an answer from a form that is not the current one, flagged', () => {
    const d = decide(answer, ctx({ currentForm: false }));
    expect(d).toEqual(expect.objectContaining({ act: 'none', outcome: OUTCOMES.notCurrent }));
    expect(d.act === 'none' && d.flag).toContain('not Oakfield Centre');
  });

  it('keeps an answer for a session not expected, flagged', () => {
    expect(decide(answer, ctx({ expected: false }))).toEqual(
      expect.objectContaining({ act: 'none', outcome: OUTCOMES.notExpected }),
    );
  });

  it("never changes a person's mark: a different answer is flagged beside it", () => {
    const d = decide(
      answer,
      ctx({ rows: [row({ mark: 'Present', reportedBy: 'pastoral@example.sch.uk' })] }),
    );
    expect(d.act).toBe('none');
    expect(d.outcome).toBe(OUTCOMES.differs);
    expect(d.act === 'none' && d.flag).toContain('row 9 says Present');
  });

  it("agrees quietly with a person's same mark", () => {
    const d = decide(
      answer,
      ctx({ rows: [row({ mark: 'Absent', reportedBy: 'pastoral@example.sch.uk' })] }),
    );
    expect(d).toEqual({ act: 'none', outcome: OUTCOMES.agrees, flag: '' });
  });

  it("follows the provider's edited answer on its own row", () => {
    const d = decide(
      { ...answer, mark: 'Present', reason: '' },
      ctx({
        rows: [row({ mark: 'Absent', absenceReason: 'Unwell', reportedBy: 'Oakfield Centre' })],
        providerLast: { mark: 'Absent', reason: 'Unwell' },
      }),
    );
    expect(d).toEqual(
      expect.objectContaining({ act: 'update', rowNumber: 9, outcome: OUTCOMES.updated }),
    );
  });

  it('does not follow an edit once a person changed the provider\u2019s row', () => {
    const d = decide(
      { ...answer, mark: 'Present', reason: '' },
      ctx({
        rows: [row({ mark: 'Late', absenceReason: '', reportedBy: 'Oakfield Centre' })],
        providerLast: { mark: 'Absent', reason: 'Unwell' },
      }),
    );
    expect(d.outcome).toBe(OUTCOMES.differs);
  });
});
