// Turns provider returns on or off: the Settings switch, the forms and the on-form-submit trigger.
import { comparable } from '../../domain/cells';
import { SettingsSheet } from '../../domain/sheets/settings';
import { appendRecords } from '../../workspace/document-records';
import { appendLog } from '../../workspace/log';
import { readReminderStatus } from '../../workspace/reminder-trigger';
import { ensureReturnsTrigger, removeReturnsTriggers } from '../../workspace/returns-trigger';
import { writeColumnCells } from '../../workspace/row-cells';
import { effectiveUserEmail, withDocumentLock } from '../../workspace/session';
import { readTable } from '../../workspace/table';
import { tellPerson } from '../../workspace/ui';
import { activeWorkbook } from '../../workspace/workbook/open';
import { readWorkbookForReminders } from '../../workspace/workbook-for-reminders';
import { writeReminderLog } from '../reminders/reminder-log';
import { keepProviderForms } from './keep-forms';

const SETTING = 'Provider returns';
const BUSY =
  'Someone else is changing this workbook right now. Wait a minute, then choose the menu item again.';

/** Writes Provider returns on Settings: its Value where the row is, else a new row below. */
function writeSwitch(on: boolean): string | undefined {
  const read = readTable(SettingsSheet);
  if (!read.ok) return read.message;
  const value = on ? 'On' : 'Off';
  const row = read.table.rows.find(
    ({ record }) => comparable(record.setting ?? '') === comparable(SETTING),
  );
  if (row) {
    if (row.record.value === value) return undefined;
    writeColumnCells(read.table, 'value', new Map([[row.rowNumber, value]]));
    return undefined;
  }
  return appendRecords(SettingsSheet, [{ setting: SETTING, value }], read.table.dates);
}

export interface Turned {
  readonly ok: boolean;
  readonly message: string;
}

/**
 * The switch, then what follows at once when this person sends the reminders (their hourly trigger
 * keeps the forms, their on-form-submit trigger takes answers in): forms made (or closed) now and
 * links sent. Otherwise the reminders' owner's next hourly run does it. Safe to repeat.
 */
export function turnProviderReturns(on: boolean): Turned {
  const workbook = activeWorkbook();
  const result = withDocumentLock(30_000, (): Turned => {
    const problem = writeSwitch(on);
    if (problem) return { ok: false, message: problem };
    const status = readReminderStatus(workbook.store);
    const me = effectiveUserEmail();
    const owner = status?.on === true ? status.owner : undefined;
    appendLog({
      action: on ? 'Provider returns on' : 'Provider returns off',
      subject: 'Workbook',
      detail: `Set on Settings by ${me || 'a colleague'}`,
    });
    if (owner === undefined) {
      return {
        ok: true,
        message: on
          ? 'Provider returns is On. The forms are kept by the hourly reminders, which are off: turn reminders on (Reminders > Turn reminders on) and each provider with an Active placement gets its form and link within the hour.'
          : 'Provider returns is Off.',
      };
    }
    if (owner !== me && owner !== '') {
      return {
        ok: true,
        message: `Provider returns is ${on ? 'On' : 'Off'}. ${owner}'s hourly reminders ${on ? 'make each provider its form and send the link' : 'close the providers\u2019 forms'} within the hour.`,
      };
    }
    if (on) ensureReturnsTrigger(workbook.id);
    else removeReturnsTriggers(workbook.id);
    const now = new Date();
    const read = readWorkbookForReminders(workbook, now);
    if (!read.ok) return { ok: false, message: read.message };
    const lines = keepProviderForms(read.read, now);
    writeReminderLog(lines, workbook, read.read.logHeader);
    const made = lines.filter((l) => l.detail.startsWith('Form made')).length;
    const closed = lines.filter((l) => l.detail.startsWith('Form closed')).length;
    return {
      ok: true,
      message: on
        ? `Provider returns is On. ${made > 0 ? `${made} form${made === 1 ? '' : 's'} made; ` : ''}each provider with an Active placement has its form, and its Contact email and DSL email get the link once. Answers reach Attendance as they arrive; the Log says what happened.`
        : `Provider returns is Off.${closed > 0 ? ` ${closed} form${closed === 1 ? '' : 's'} closed to new answers.` : ''} Answers already sent are kept on Provider returns and Attendance.`,
    };
  });
  return result ?? { ok: false, message: BUSY };
}

/** Menu: Provider returns > Turn on. */
export function turnProviderReturnsOn(): void {
  tellPerson(turnProviderReturns(true).message);
}

/** Menu: Provider returns > Turn off. */
export function turnProviderReturnsOff(): void {
  tellPerson(turnProviderReturns(false).message);
}
