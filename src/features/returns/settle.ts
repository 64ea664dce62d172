// The hourly check that a person's mark and the provider's never stand side by side: the person's stays.
import { addDays } from '../../domain/calendar/iso-date';
import { OUTCOMES, PROVIDER_ROW_OUTCOMES } from '../../domain/returns/decide';
import { sessionKey } from '../../domain/returns/expected';
import { Attendance } from '../../domain/sheets/attendance';
import { ProviderReturns } from '../../domain/sheets/provider-returns';
import { readLedger } from '../../workspace/returns-sheet';
import type { WorkbookForReminders } from '../../workspace/workbook-for-reminders';
import type { ReminderLogLine } from '../reminders/reminder-log';
import { bySession, readAttendance, sameRow } from './take-returns';

/** How many days back the provider's rows are checked against people's. */
const SETTLE_DAYS = 7;

interface ProviderRow {
  readonly mark: string;
  readonly reason: string;
  readonly provider: string;
  readonly at: string;
  readonly ledgerRow: number;
}

/**
 * A person may type a session on Attendance after the provider's answer was written and checked
 * (typing holds no lock): the session then has the provider's row and the person's. The
 * provider's row goes (checked again just before), the person's stays, and Provider returns says
 * so (flagged when the marks differ). A run with nothing to settle reads two sheets and writes
 * nothing.
 */
export function settleWithPeople(read: WorkbookForReminders): ReminderLogLine[] {
  const since = addDays(read.today, -SETTLE_DAYS) ?? read.today;
  const ledger = readLedger(read.access);
  if (typeof ledger === 'string')
    return [{ action: 'Provider returns', subject: 'Provider returns', detail: ledger }];
  const providers = new Map<string, ProviderRow>();
  for (const { rowNumber, record } of ledger.rows) {
    if (!record.outcome || !PROVIDER_ROW_OUTCOMES.has(record.outcome)) continue;
    if (!record.date || record.date < since || !record.placementId || !record.session) continue;
    const key = sessionKey(record.date, record.placementId, record.session);
    const at = record.received ?? '';
    const known = providers.get(key);
    if (known && known.at > at) continue;
    providers.set(key, {
      mark: record.answer ?? '',
      reason: record.reason ?? '',
      provider: record.provider ?? '',
      at,
      ledgerRow: rowNumber,
    });
  }
  if (providers.size === 0) return [];
  const attendance = readAttendance(read, since);
  if (typeof attendance === 'string')
    return [{ action: 'Provider returns', subject: 'Attendance', detail: attendance }];
  const sessions = bySession(attendance.rows);
  const lines: ReminderLogLine[] = [];
  const outcome = ledger.index.columnOf.get('outcome');
  const flagColumn = ledger.index.columnOf.get('flag');
  for (const [key, p] of providers) {
    const rows = sessions.get(key) ?? [];
    if (rows.length < 2) continue;
    const mine = { mark: p.mark, absenceReason: p.reason, reportedBy: p.provider };
    const ours = rows.filter(({ record }) => sameRow(record, mine));
    const person = rows.find(({ record }) => !sameRow(record, mine));
    if (!person || ours.length === 0) continue;
    for (const row of [...ours].sort((a, b) => b.rowNumber - a.rowNumber)) {
      const now = readAttendance(read, since);
      if (typeof now === 'string')
        return [...lines, { action: 'Provider returns', subject: 'Attendance', detail: now }];
      const still = now.rows.find((r) => r.rowNumber === row.rowNumber);
      if (
        !still ||
        !sameRow(still.record, mine) ||
        sessionKey(
          still.record.date ?? '',
          still.record.placementId ?? '',
          still.record.session ?? '',
        ) !== key
      )
        continue;
      read.access.deleteRows(Attendance.name, row.rowNumber, 1);
    }
    const differs = (person.record.mark ?? '') !== p.mark;
    const flag = differs
      ? `${p.provider} said ${p.mark}; a person then recorded ${person.record.mark ?? 'nothing'} on Attendance for the same session. The person's mark stands: check which is right.`
      : '';
    if (outcome !== undefined && flagColumn !== undefined) {
      read.access.writeBlocks(ProviderReturns.name, [
        { row: p.ledgerRow, column: outcome + 1, values: [[OUTCOMES.late]] },
        { row: p.ledgerRow, column: flagColumn + 1, values: [[flag]] },
      ]);
    }
    lines.push({
      action: 'Provider returns',
      subject: key.split('|')[1] ?? '',
      detail: `A person recorded this session too; the provider's row was taken back${differs ? ' (the marks differ: flagged on Provider returns)' : ''}.`,
    });
  }
  return lines;
}
