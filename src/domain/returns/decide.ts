// What one provider's answer does to Attendance: written, updated, left as a person recorded it, or kept aside.
import { formatDate } from '../calendar/iso-date';
import type { AttendanceRecord } from '../sheets/attendance';
import type { AttendanceRowToWrite } from '../sidebar/register-marks';
import { suggestCode } from '../sidebar/suggest-code';
import type { TableRow } from '../table';
import type { ReturnAnswer } from './answers';

/** What became of an answer (the Outcome column). The first three mean the row on Attendance is the provider's. */
export const OUTCOMES = {
  written: 'Written to Attendance',
  updated: 'Updated on Attendance',
  same: 'Already on Attendance',
  agrees: 'Agrees with Attendance',
  differs: 'Not written: Attendance says otherwise',
  notExpected: 'Kept: not an expected session',
  notCurrent: "Kept: not the provider's current form",
  message: 'Sent to the DSL',
  other: 'Kept: not a question the add-on asked',
  late: 'Not written: a person recorded it at the same moment',
} as const;

/** Outcomes after which the Attendance row holds what the provider said (and may follow an edit). */
export const PROVIDER_ROW_OUTCOMES: ReadonlySet<string> = new Set([
  OUTCOMES.written,
  OUTCOMES.updated,
  OUTCOMES.same,
]);

/** What the provider last put on Attendance for a session, from the Provider returns sheet. */
export interface ProviderLast {
  readonly mark: string;
  readonly reason: string;
}

export interface AnswerContext {
  /** The provider's name as on Providers: written in Reported by. */
  readonly reportedBy: string;
  /** The response came from the provider's current form. */
  readonly currentForm: boolean;
  /** The session is expected of this provider (Active, Sessions, school day, dates). */
  readonly expected: boolean;
  /** The placement's Attendance code (B, D), for the code suggested. */
  readonly placementCode: string;
  /** Attendance rows for the same day, placement and session, as read under the lock. */
  readonly rows: readonly TableRow<AttendanceRecord>[];
  readonly providerLast: ProviderLast | undefined;
}

export type Decision =
  | { readonly act: 'append'; readonly record: AttendanceRowToWrite; readonly outcome: string }
  | {
      readonly act: 'update';
      readonly rowNumber: number;
      readonly record: AttendanceRowToWrite;
      readonly was: AttendanceRecord;
      readonly outcome: string;
    }
  | { readonly act: 'none'; readonly outcome: string; readonly flag: string };

type MarkAnswer = Extract<ReturnAnswer, { kind: 'mark' }>;

function recordOf(answer: MarkAnswer, ctx: AnswerContext): AttendanceRowToWrite {
  return {
    date: answer.date,
    placementId: answer.placementId,
    session: answer.session,
    mark: answer.mark,
    absenceReason: answer.reason,
    code: suggestCode(answer.mark, answer.reason, ctx.placementCode),
    reportedBy: ctx.reportedBy,
    followedUpBy: '',
    followedUpAt: '',
    followUpNote: '',
  };
}

/** The row is the provider's own: reported by it and still holding what it last said. */
function isProviderRow(row: AttendanceRecord, ctx: AnswerContext): boolean {
  return (
    (row.reportedBy ?? '') === ctx.reportedBy &&
    ctx.providerLast !== undefined &&
    (row.mark ?? '') === ctx.providerLast.mark &&
    (row.absenceReason ?? '') === ctx.providerLast.reason
  );
}

/**
 * One session's answer. Never a second row for a session, and never a person's mark changed: a
 * session nobody recorded is written; the provider's own row follows its latest answer; a row a
 * person recorded (or changed) is left as it is, and a different answer is flagged beside it.
 */
export function decide(answer: MarkAnswer, ctx: AnswerContext): Decision {
  const when = `${answer.placementId} ${answer.session} on ${formatDate(answer.date)}`;
  if (!ctx.currentForm) {
    return {
      act: 'none',
      outcome: OUTCOMES.notCurrent,
      flag: `This answer came from a form that is not ${ctx.reportedBy}'s current one: check it, and record ${when} on Attendance yourself if it is right.`,
    };
  }
  if (!ctx.expected) {
    return {
      act: 'none',
      outcome: OUTCOMES.notExpected,
      flag: `${when} is not a session expected of ${ctx.reportedBy} (status, Sessions, dates or term dates): check it, and record it on Attendance yourself if it is right.`,
    };
  }
  const record = recordOf(answer, ctx);
  const [first] = ctx.rows;
  if (!first) return { act: 'append', record, outcome: OUTCOMES.written };
  const row = first.record;
  const sameAnswer =
    (row.mark ?? '') === answer.mark && (row.absenceReason ?? '') === answer.reason;
  const provider =
    ctx.rows.length === 1 &&
    (isProviderRow(row, ctx) || (sameAnswer && (row.reportedBy ?? '') === ctx.reportedBy));
  if (provider) {
    if (sameAnswer) return { act: 'none', outcome: OUTCOMES.same, flag: '' };
    return {
      act: 'update',
      rowNumber: first.rowNumber,
      record,
      was: row,
      outcome: OUTCOMES.updated,
    };
  }
  if ((row.mark ?? '') === answer.mark) return { act: 'none', outcome: OUTCOMES.agrees, flag: '' };
  return {
    act: 'none',
    outcome: OUTCOMES.differs,
    flag: `${ctx.reportedBy} says ${answer.mark}${answer.reason ? ` (${answer.reason})` : ''} for ${when}; Attendance row ${first.rowNumber} says ${row.mark ?? 'nothing'}${row.reportedBy ? `, recorded by ${row.reportedBy}` : ''}. Check which is right and correct Attendance if needed: the add-on never changes a mark a person recorded.`,
  };
}
