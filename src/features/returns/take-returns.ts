// Takes the answers that arrived into the workbook: Attendance written once per session, Provider returns kept, alerts chosen.
import type { IsoDate } from '../../domain/cells';
import { addDays } from '../../domain/calendar/iso-date';
import { expectedSessionsOn, sessionKey } from '../../domain/returns/expected';
import { OUTCOMES } from '../../domain/returns/decide';
import {
  planReturns,
  type FormBatch,
  type PlannedAppend,
  type ReturnsPlan,
} from '../../domain/returns/plan-returns';
import type { ReturnsRegistry } from '../../domain/returns/registry';
import { reminderDay } from '../../domain/reminders/reminder-day';
import { nameKey } from '../../domain/rules/context';
import { Attendance, type AttendanceRecord } from '../../domain/sheets/attendance';
import { ProviderReturns } from '../../domain/sheets/provider-returns';
import type { TableRow } from '../../domain/table';
import { recordRow } from '../../workspace/document-records';
import { ledgerKey, ledgerRow, readLedger } from '../../workspace/returns-sheet';
import { rowsOf, type SheetRows } from '../../workspace/table';
import type { WorkbookForReminders } from '../../workspace/workbook-for-reminders';
import { recentOrAbsent } from '../../workspace/workbook-for-reminders';
import type { ArrivedAnswers } from './read-returns';

export interface ReturnsTaken {
  readonly plan: ReturnsPlan | undefined;
  /** The registry with each form read up to its latest response. */
  readonly registry: ReturnsRegistry;
  readonly problems: readonly string[];
  /** Attendance rows written, changed, and answers kept aside for a person to check. */
  readonly written: number;
  readonly updated: number;
  readonly flagged: number;
}

type AttendanceRows = SheetRows<typeof Attendance>;

export function readAttendance(
  read: WorkbookForReminders,
  since: IsoDate,
): AttendanceRows | string {
  const { access } = read;
  const rows = rowsOf(Attendance, access.readSheets([Attendance.name]), access, (index) =>
    recentOrAbsent(index, access, since),
  );
  return rows.ok ? rows.table : rows.message;
}

export function sameRow(
  row: AttendanceRecord,
  record: { mark: string; absenceReason: string; reportedBy: string },
): boolean {
  return (
    (row.mark ?? '') === record.mark &&
    (row.absenceReason ?? '') === record.absenceReason &&
    (row.reportedBy ?? '') === record.reportedBy
  );
}

export function bySession(
  rows: readonly TableRow<AttendanceRecord>[],
): Map<string, TableRow<AttendanceRecord>[]> {
  const found = new Map<string, TableRow<AttendanceRecord>[]>();
  for (const row of rows) {
    const { date, placementId, session } = row.record;
    if (!date || !placementId || !session) continue;
    const key = sessionKey(date, placementId, session);
    found.set(key, [...(found.get(key) ?? []), row]);
  }
  return found;
}

/**
 * Checks the rows just added against the sheet as it is now: where a person recorded the same
 * session at the same moment (typing on Attendance holds no lock), the provider's row goes again
 * and the person's stays; the answer is kept on Provider returns, flagged if it differs.
 */
function settleAppends(read: WorkbookForReminders, plan: ReturnsPlan, since: IsoDate): string[] {
  const problems: string[] = [];
  const after = readAttendance(read, since);
  if (typeof after === 'string') return [after];
  const now = bySession(after.rows);
  const removals: { rowNumber: number; append: PlannedAppend; keys: string[]; flag: string }[] = [];
  for (const append of plan.appends) {
    const rows = now.get(append.key) ?? [];
    const ours = rows.filter(({ record }) => sameRow(record, append.record));
    const others = rows.filter(({ record }) => !sameRow(record, append.record));
    const [person] = others;
    if (!person) {
      // Two of ours would be a repeat of this very run's write: keep the first.
      for (const extra of ours.slice(1))
        removals.push({ rowNumber: extra.rowNumber, append, keys: [], flag: '' });
      continue;
    }
    const differs = (person.record.mark ?? '') !== append.record.mark;
    const flag = differs
      ? `${append.record.reportedBy} says ${append.record.mark} for ${append.record.placementId} ${append.record.session} on ${append.record.date}; Attendance row ${person.rowNumber} says ${person.record.mark ?? 'nothing'}. Check which is right.`
      : '';
    for (const mine of ours)
      removals.push({ rowNumber: mine.rowNumber, append, keys: append.ledgerKeys, flag });
  }
  // Bottom up, each row checked again just before it goes (a sort in between moves it).
  removals.sort((a, b) => b.rowNumber - a.rowNumber);
  for (const removal of removals) {
    const check = readAttendance(read, since);
    if (typeof check === 'string') return [check];
    const row = check.rows.find((r) => r.rowNumber === removal.rowNumber);
    const { append } = removal;
    if (!row || !sameRow(row.record, append.record)) {
      problems.push(
        `an Attendance row to take back moved; check Attendance for ${append.key} twice`,
      );
      continue;
    }
    read.access.deleteRows(Attendance.name, removal.rowNumber, 1);
    for (const key of removal.keys) {
      const entry = plan.ledger.get(key);
      if (entry) entry.record = { ...entry.record, outcome: OUTCOMES.late, flag: removal.flag };
    }
  }
  return problems;
}

/** The provider's own rows changed to its latest answer, each found by its key and content just before. */
function applyUpdates(read: WorkbookForReminders, plan: ReturnsPlan, since: IsoDate): string[] {
  if (plan.updates.length === 0) return [];
  const now = readAttendance(read, since);
  if (typeof now === 'string') return [now];
  const sessions = bySession(now.rows);
  const column = (key: string) => now.index.columnOf.get(key);
  const [mark, reason, code] = [column('mark'), column('absenceReason'), column('code')];
  const problems: string[] = [];
  for (const update of plan.updates) {
    const row = (sessions.get(update.key) ?? []).find(({ record }) =>
      sameRow(record, {
        mark: update.was.mark ?? '',
        absenceReason: update.was.absenceReason ?? '',
        reportedBy: update.was.reportedBy ?? '',
      }),
    );
    if (!row || mark === undefined || reason === undefined || code === undefined) {
      problems.push(
        `the provider's Attendance row for ${update.key} changed before it could be updated`,
      );
      const entry = plan.ledger.get(update.ledgerKey);
      if (entry) {
        entry.record = {
          ...entry.record,
          outcome: OUTCOMES.differs,
          flag: `A person changed Attendance for this session while the provider's new answer arrived: check it.`,
        };
      }
      continue;
    }
    const blocks = [
      { row: row.rowNumber, column: mark + 1, values: [[update.record.mark]] },
      { row: row.rowNumber, column: reason + 1, values: [[update.record.absenceReason]] },
      { row: row.rowNumber, column: code + 1, values: [[update.record.code]] },
    ];
    read.access.writeBlocks(Attendance.name, blocks);
  }
  return problems;
}

function writeLedger(
  read: WorkbookForReminders,
  plan: ReturnsPlan,
  ledger: Exclude<ReturnType<typeof readLedger>, string>,
): void {
  const appends: unknown[][] = [];
  const blocks: { row: number; column: number; values: unknown[][] }[] = [];
  for (const { record, rowNumber } of plan.ledger.values()) {
    const row = ledgerRow(ledger, record);
    if (rowNumber === undefined) appends.push(row);
    else blocks.push({ row: rowNumber, column: 1, values: [row] });
  }
  if (blocks.length > 0) read.access.writeBlocks(ProviderReturns.name, blocks);
  if (appends.length > 0) read.access.appendRows(ProviderReturns.name, appends);
}

/**
 * Everything that arrived, into the workbook, holding the caller's lock: plan against the sheets
 * as read, add the new Attendance rows in one append, settle them against a person's rows added
 * meanwhile, change the provider's own rows, then record every answer on Provider returns (last,
 * so that a run stopped half way is done again, and finds its Attendance rows already there).
 */
export function takeReturns(
  read: WorkbookForReminders,
  registry: ReturnsRegistry,
  arrived: ArrivedAnswers,
): ReturnsTaken {
  const readTo: Record<string, number> = { ...registry.readTo };
  for (const form of arrived.forms) {
    for (const r of form.responses)
      readTo[form.formId] = Math.max(readTo[form.formId] ?? 0, r.receivedAt);
  }
  const nothing = {
    plan: undefined,
    registry,
    problems: arrived.problems,
    written: 0,
    updated: 0,
    flagged: 0,
  };
  if (arrived.forms.every((f) => f.responses.length === 0)) return nothing;
  const ledger = readLedger(read.access);
  if (typeof ledger === 'string') return { ...nothing, problems: [...arrived.problems, ledger] };
  const batches: FormBatch[] = arrived.forms.map((f) => ({
    ...f,
    providerKey: nameKey(f.provider) ?? '',
  }));
  const earliest = arrived.forms
    .flatMap((f) => f.responses.map((r) => r.received.slice(0, 10)))
    .reduce((a, b) => (a < b ? a : b), read.today);
  // Answers may name a day before they were sent (a late return): read from a week before.
  const since = addDays(earliest, -7) ?? earliest;
  const attendance = readAttendance(read, since);
  if (typeof attendance === 'string')
    return { ...nothing, problems: [...arrived.problems, attendance] };
  const day = reminderDay(read.snapshot, read.today, read.hour);
  const plan = planReturns({
    batches,
    ledger: ledger.byKey,
    ledgerRows: ledger.rows,
    attendance: attendance.rows,
    expectedOn: (date) => expectedSessionsOn(day, date),
    placementCode: (id) => day.placementById.get(id)?.row.record.attendanceCode ?? '',
    ledgerKey,
  });
  const problems = [...arrived.problems];
  if (plan.appends.length > 0) {
    const width = Math.max(attendance.grid[0]?.length ?? 0, 1);
    read.access.appendRows(
      Attendance.name,
      plan.appends.map((a) => recordRow(Attendance, attendance.index, width, a.record)),
    );
    problems.push(...settleAppends(read, plan, since));
  }
  problems.push(...applyUpdates(read, plan, since));
  writeLedger(read, plan, ledger);
  const outcomes = [...plan.ledger.values()].map((e) => e.record);
  return {
    plan,
    registry: { ...registry, readTo },
    problems,
    written: outcomes.filter((r) => r.outcome === OUTCOMES.written).length,
    updated: outcomes.filter((r) => r.outcome === OUTCOMES.updated).length,
    flagged: outcomes.filter((r) => (r.flag ?? '') !== '').length,
  };
}
