// Plans what a batch of arrived answers does: Attendance rows to add or change, Provider returns rows, alerts.
import type { IsoDate } from '../cells';
import type { AttendanceRecord } from '../sheets/attendance';
import type { ProviderReturnRecord } from '../sheets/provider-returns';
import type { AttendanceRowToWrite } from '../sidebar/register-marks';
import { suggestCode } from '../sidebar/suggest-code';
import type { TableRow } from '../table';
import { answersOf, type ReadResponse, type ReturnAnswer } from './answers';
import { decide, OUTCOMES, PROVIDER_ROW_OUTCOMES, type ProviderLast } from './decide';
import { sessionKey, type ExpectedSession } from './expected';

export interface FormBatch {
  readonly formId: string;
  readonly provider: string;
  readonly providerKey: string;
  readonly current: boolean;
  readonly responses: readonly ReadResponse[];
}

export interface PlanInput {
  readonly batches: readonly FormBatch[];
  /** Provider returns rows as read, by ledgerKey. */
  readonly ledger: ReadonlyMap<string, TableRow<ProviderReturnRecord>>;
  readonly ledgerRows: readonly TableRow<ProviderReturnRecord>[];
  /** Attendance rows as read (at least every row on or after the earliest day answered). */
  readonly attendance: readonly TableRow<AttendanceRecord>[];
  /** The sessions expected on a day (of any provider). */
  readonly expectedOn: (date: IsoDate) => readonly ExpectedSession[];
  /** The placement's Attendance code, for the code suggested. */
  readonly placementCode: (placementId: string) => string;
  readonly ledgerKey: (response: string, date: string, question: string) => string;
}

export interface PlannedAppend {
  readonly key: string;
  record: AttendanceRowToWrite;
  /** The Provider returns rows that stand or fall with it (their ledger keys). */
  readonly ledgerKeys: string[];
}

export interface PlannedUpdate {
  readonly key: string;
  readonly rowNumber: number;
  readonly was: AttendanceRecord;
  readonly record: AttendanceRowToWrite;
  readonly ledgerKey: string;
}

export interface AbsenceAlert {
  readonly date: IsoDate;
  readonly placementId: string;
  readonly session: string;
  readonly provider: string;
  readonly reason: string;
}

export interface MessageAlert {
  readonly provider: string;
  readonly responseId: string;
  readonly text: string;
  readonly ledgerKey: string;
}

export interface ReturnsPlan {
  readonly appends: PlannedAppend[];
  readonly updates: PlannedUpdate[];
  /** Provider returns rows by ledgerKey: new ones and changed ones (with their row number). */
  readonly ledger: Map<string, { record: ProviderReturnRecord; rowNumber?: number }>;
  readonly absences: AbsenceAlert[];
  readonly messages: MessageAlert[];
  versions: number;
}

function dateOf(response: ReadResponse, answer: ReturnAnswer): string {
  return answer.kind === 'mark' ? answer.date : response.received.slice(0, 10);
}

/** What the provider last put on Attendance per session, from the sheet as read. */
function providerLasts(
  rows: readonly TableRow<ProviderReturnRecord>[],
): Map<string, ProviderLast & { at: string }> {
  const lasts = new Map<string, ProviderLast & { at: string }>();
  for (const { record } of rows) {
    if (!record.outcome || !PROVIDER_ROW_OUTCOMES.has(record.outcome)) continue;
    if (!record.date || !record.placementId || !record.session) continue;
    const key = sessionKey(record.date, record.placementId, record.session);
    const at = record.received ?? '';
    const known = lasts.get(key);
    if (!known || at >= known.at) {
      lasts.set(key, { mark: record.answer ?? '', reason: record.reason ?? '', at });
    }
  }
  return lasts;
}

/** A short fingerprint of a message's words: an edit that changes them is told again. */
export function messageHash(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i += 1) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}

/**
 * Each response version not yet on Provider returns, oldest first, answer by answer. A second
 * answer for a session in the same batch changes the row the first one planned; nothing is
 * planned twice.
 */
export function planReturns(input: PlanInput): ReturnsPlan {
  const processed = new Set(
    input.ledgerRows.map(({ record }) => `${record.response}|${record.received}`),
  );
  const lasts = providerLasts(input.ledgerRows);
  const rowsBySession = new Map<string, TableRow<AttendanceRecord>[]>();
  for (const row of input.attendance) {
    const { date, placementId, session } = row.record;
    if (!date || !placementId || !session) continue;
    const key = sessionKey(date, placementId, session);
    rowsBySession.set(key, [...(rowsBySession.get(key) ?? []), row]);
  }
  const expectedCache = new Map<string, Set<string>>();
  const expectedFor = (date: IsoDate, providerKey: string): Set<string> => {
    const cacheKey = `${date}|${providerKey}`;
    let found = expectedCache.get(cacheKey);
    if (!found) {
      found = new Set(
        input
          .expectedOn(date)
          .filter((s) => s.providerKey === providerKey)
          .map((s) => sessionKey(s.date, s.placementId, s.session)),
      );
      expectedCache.set(cacheKey, found);
    }
    return found;
  };
  const plan: ReturnsPlan = {
    appends: [],
    updates: [],
    ledger: new Map(),
    absences: [],
    messages: [],
    versions: 0,
  };
  const pending = new Map<string, PlannedAppend>();
  const versions = input.batches
    .flatMap((batch) => batch.responses.map((response) => ({ batch, response })))
    .filter(({ response }) => !processed.has(`${response.responseId}|${response.received}`))
    .sort((a, b) => a.response.receivedAt - b.response.receivedAt);
  for (const { batch, response } of versions) {
    plan.versions += 1;
    for (const answer of answersOf(response)) {
      const date = dateOf(response, answer);
      const lKey = input.ledgerKey(response.responseId, date, answer.question);
      const base: ProviderReturnRecord = {
        received: response.received,
        response: response.responseId,
        provider: batch.provider,
        form: batch.formId,
        question: answer.question,
        date,
        placementId: answer.kind === 'mark' ? answer.placementId : undefined,
        session: answer.kind === 'mark' ? answer.session : undefined,
        answer: answer.kind === 'mark' ? answer.mark : answer.text,
        reason: answer.kind === 'mark' ? answer.reason : undefined,
        outcome: undefined,
        flag: undefined,
      };
      let outcome: string;
      let flag = '';
      if (answer.kind === 'message') {
        outcome = OUTCOMES.message;
        plan.messages.push({
          provider: batch.provider,
          responseId: response.responseId,
          text: answer.text,
          ledgerKey: lKey,
        });
      } else if (answer.kind === 'other') {
        outcome = OUTCOMES.other;
        flag = `${batch.provider} answered something the add-on did not ask: read it, and act on it if needed.`;
      } else {
        const key = sessionKey(answer.date, answer.placementId, answer.session);
        const planned = pending.get(key);
        if (planned && batch.current) {
          // Answered again in this batch: the planned row follows the latest answer.
          const changed = planned.record.mark !== answer.mark;
          planned.record = {
            ...planned.record,
            mark: answer.mark,
            absenceReason: answer.reason,
            code: suggestCode(answer.mark, answer.reason, input.placementCode(answer.placementId)),
          };
          planned.ledgerKeys.push(lKey);
          outcome = OUTCOMES.written;
          if (changed && answer.mark === 'Absent')
            plan.absences.push({ ...answer, provider: batch.provider });
        } else {
          const last = lasts.get(key);
          const decision = decide(answer, {
            reportedBy: batch.provider,
            currentForm: batch.current,
            expected: expectedFor(answer.date, batch.providerKey).has(key),
            placementCode: input.placementCode(answer.placementId),
            rows: rowsBySession.get(key) ?? [],
            providerLast: last,
          });
          outcome = decision.outcome;
          if (decision.act === 'none') flag = decision.flag;
          if (decision.act === 'append') {
            const append: PlannedAppend = { key, record: decision.record, ledgerKeys: [lKey] };
            pending.set(key, append);
            plan.appends.push(append);
          }
          if (decision.act === 'update') {
            plan.updates.push({
              key,
              rowNumber: decision.rowNumber,
              was: decision.was,
              record: decision.record,
              ledgerKey: lKey,
            });
            rowsBySession.set(key, [
              {
                rowNumber: decision.rowNumber,
                record: { ...decision.was, mark: answer.mark, absenceReason: answer.reason },
                problems: [],
              },
            ]);
          }
          if (decision.act !== 'none') {
            lasts.set(key, { mark: answer.mark, reason: answer.reason, at: response.received });
            const wasAbsent = decision.act === 'update' && decision.was.mark === 'Absent';
            if (answer.mark === 'Absent' && !wasAbsent)
              plan.absences.push({ ...answer, provider: batch.provider });
          }
        }
      }
      const existing = input.ledger.get(lKey);
      const record = { ...base, outcome, flag };
      plan.ledger.set(lKey, existing ? { record, rowNumber: existing.rowNumber } : { record });
    }
  }
  return plan;
}
