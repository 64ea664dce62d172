// What the hourly run does for provider returns: the owner's on-form-submit trigger kept, the forms kept, answers taken.
import { errorText } from '../../shared/error-text';
import { parseRegistry, REGISTRY_KEY } from '../../domain/returns/registry';
import { ensureReturnsTrigger, removeReturnsTriggers } from '../../workspace/returns-trigger';
import type { WorkbookForReminders } from '../../workspace/workbook-for-reminders';
import type { ReminderLogLine } from '../reminders/reminder-log';
import { keepProviderForms } from './keep-forms';

/**
 * Nothing at all while provider returns were never turned on. When on, this owner's
 * on-form-submit trigger is made if missing (an add-on's clock run may not be allowed to: the
 * answers then come hourly, and the Log says so once a day at most through the forms' lines).
 */
export function keepReturnsHourly(read: WorkbookForReminders, now: Date): ReminderLogLine[] {
  const on = read.settings.providerReturns === 'On';
  const registry = parseRegistry(read.access.store.get(REGISTRY_KEY));
  if (!on && registry.forms.length === 0 && registry.retired.length === 0) return [];
  const lines: ReminderLogLine[] = [];
  try {
    if (on) {
      const { made } = ensureReturnsTrigger(read.access.id);
      if (made)
        lines.push({
          action: 'Provider returns',
          subject: 'Workbook',
          detail: 'On-form-submit trigger installed: answers reach Attendance as they arrive.',
        });
    } else {
      removeReturnsTriggers(read.access.id);
    }
  } catch (error) {
    lines.push({
      action: 'Provider returns',
      subject: 'Workbook',
      detail: `The on-form-submit trigger could not be ${on ? 'made' : 'removed'} (${errorText(error)}); answers are taken each hour instead.`,
    });
  }
  return [...lines, ...keepProviderForms(read, now)];
}
