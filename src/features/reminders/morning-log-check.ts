// The morning run checks the Log too: the DSL hears when it was altered, and the check goes in the Log (issue 16).
import type { IsoDate } from '../../domain/cells';
import { logCheckDetail } from '../../domain/log/log-check';
import type { ReminderSettings } from '../../domain/reminders/addressing';
import { logAlteredNotice } from '../../domain/reminders/log-altered-notice';
import type { ReminderItem } from '../../domain/reminders/reminder-item';
import { readLogCheck } from '../../workspace/log-read';
import type { WorkbookAccess } from '../../workspace/workbook/access';
import type { ReminderLogLine } from './reminder-log';

export interface MorningLogCheck {
  readonly items: readonly ReminderItem[];
  readonly line?: ReminderLogLine;
}

/** One more read (the whole Log), in the morning only; a Log that cannot be read never stops the digests. */
export function morningLogCheck(
  access: WorkbookAccess,
  settings: ReminderSettings,
  today: IsoDate,
): MorningLogCheck {
  try {
    const read = readLogCheck(access);
    if (!read.ok) return { items: [] };
    return {
      items: logAlteredNotice(settings, today, read.check).items,
      line: { action: 'Checked the Log', subject: 'Log', detail: logCheckDetail(read.check) },
    };
  } catch (e) {
    console.warn(
      `Reminders: the Log could not be checked (${e instanceof Error ? e.message : String(e)}).`,
    );
    return { items: [] };
  }
}
