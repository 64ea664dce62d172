// The DSL told, in the morning digest, that the Log was altered: once for each state of its problems (issue 16).
import type { IsoDate } from '../cells';
import { problemsFingerprint, type LogCheck } from '../log/log-check';
import { addressTo, type ReminderSettings } from './addressing';
import type { Reminders } from './reminder-item';

/**
 * One urgent item for the DSL naming the first problem (rows and line numbers only: the Log holds
 * no names), keyed by the problems' fingerprint, so the same altered Log is told once and a new
 * alteration is told again.
 */
export function logAlteredNotice(
  settings: ReminderSettings,
  today: IsoDate,
  check: LogCheck,
): Reminders {
  const [first] = check.problems;
  if (first === undefined) return { items: [], problems: [] };
  const more = check.problems.length - 1;
  return addressTo(
    settings,
    today,
    {
      kind: 'Log altered',
      keyParts: ['log-altered', problemsFingerprint(check)],
      // About the whole workbook: the link goes to the Placements header row.
      subject: { sheet: 'Placements', rowNumber: 1 },
      urgency: 'urgent',
      whatToDo: `The Log was altered after the add-on wrote it: ${first}${more > 0 ? ` (and ${more} more)` : ''} Choose Extensions > AP Placements > Records > Check the Log to see every problem, and File > Version history to see who changed it.`,
    },
    ['DSL'],
  );
}
