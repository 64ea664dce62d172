// Answers that arrived, taken in and told about: shared by the on-form-submit trigger and the hourly run.
import { errorText } from '../../shared/error-text';
import type { ReturnsRegistry } from '../../domain/returns/registry';
import type { WorkbookForReminders } from '../../workspace/workbook-for-reminders';
import type { ReminderLogLine } from '../reminders/reminder-log';
import { returnAlerts, sendAlertsNow } from './alerts';
import { readArrivedAnswers } from './read-returns';
import { takeReturns } from './take-returns';

/**
 * Reads every form's new answers, writes them, and sends the alerts they raise at once. Returns the
 * registry read up to the answers taken (the caller stores it); Log lines are added to `lines`.
 */
export function takeArrivedReturns(
  read: WorkbookForReminders,
  registry: ReturnsRegistry,
  now: Date,
  lines: ReminderLogLine[],
): ReturnsRegistry {
  if (registry.forms.length === 0 && registry.retired.length === 0) return registry;
  const arrived = readArrivedAnswers(registry, read.today, read.access.dates);
  const taken = takeReturns(read, registry, arrived);
  for (const problem of taken.problems) {
    lines.push({ action: 'Provider returns', subject: 'Forms', detail: problem });
  }
  const plan = taken.plan;
  if (!plan || plan.versions === 0) return taken.registry;
  lines.push({
    action: 'Provider returns',
    subject: `${plan.versions} response${plan.versions === 1 ? '' : 's'}`,
    detail: `${taken.written} written to Attendance, ${taken.updated} updated, ${taken.flagged} kept for a person to check on Provider returns.`,
  });
  const ledgerRows = new Map<string, number>();
  const alerts = returnAlerts(read, plan, (key) => ledgerRows.get(key) ?? 0);
  try {
    sendAlertsNow(read, alerts, now);
  } catch (error) {
    lines.push({
      action: 'Provider returns',
      subject: 'Alerts',
      detail: `Alerts could not all be sent now (${errorText(error)}); the hourly reminders chase the absences.`,
    });
  }
  return taken.registry;
}
