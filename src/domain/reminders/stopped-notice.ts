// The DSL told once that reminders had stopped and from when, by the first run after the gap (issue 12).
import type { IsoDate } from '../cells';
import { formatMoment } from '../calendar/iso-date';
import { addressTo, type ReminderSettings } from './addressing';
import type { Reminders } from './reminder-item';

/** Hours without an hourly run, as the workbook's wall times 'YYYY-MM-DD HH:mm:ss'. */
export interface RemindersGap {
  /** The last run before the gap (or when reminders were turned on, if none ran). */
  readonly from: string;
  /** The first run after it. */
  readonly to: string;
  /** Whose trigger ran again. */
  readonly by: string;
}

/**
 * One urgent item for the DSL, keyed by when the gap began, so it is sent once whatever job runs
 * first. What fell due meanwhile is in the same digest: the reminders are worked out from the
 * sheets as they are now, so nothing is lost, and the record stops anything going twice.
 */
export function remindersStoppedNotice(
  settings: ReminderSettings,
  today: IsoDate,
  gap: RemindersGap,
): Reminders {
  const by = gap.by === '' ? 'an account Google does not name' : gap.by;
  return addressTo(
    settings,
    today,
    {
      kind: 'reminders stopped',
      keyParts: ['reminders-stopped', gap.from.replace(/[^0-9]/g, '')],
      // About the whole workbook: the link goes to the Placements header row.
      subject: { sheet: 'Placements', rowNumber: 1 },
      urgency: 'urgent',
      whatToDo: `Reminders stopped after ${formatMoment(gap.from)} and started again on ${formatMoment(gap.to)}, now sent by ${by}'s hourly trigger. Nobody was reminded in between: what is still due is in this digest, but check that absences and concerns from those days were dealt with.`,
    },
    ['DSL'],
  );
}
