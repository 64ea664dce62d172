// Taking reminders over from the sidebar, when the owner's trigger has stopped (issue 12, item 5).
import { parseForm } from '../../domain/sidebar/forms/fields';
import { takeOverForm } from '../../domain/sidebar/forms/schemas';
import type { FormResult } from '../../shared/sidebar-api';
import { readReminderStatus } from '../../workspace/reminder-trigger';
import { activeWorkbook } from '../../workspace/workbook/open';
import { effectiveUserEmail } from '../../workspace/session';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { turnRemindersOn } from '../reminders/turn-reminders';
import { done, invalid, refused } from './form-result';

/**
 * The menu's takeover (turnRemindersOn with takeOver), in one click: the person has seen that the
 * owner's trigger stopped, so there is nothing more to ask. Safe to send twice: a second call finds
 * the reminders already theirs. If a colleague took them over meanwhile, nothing changes.
 */
export function takeOverReminders(form: unknown): FormResult {
  const parsed = parseForm(takeOverForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const me = effectiveUserEmail();
  const status = readReminderStatus(activeWorkbook().store);
  const owner = status?.on ? status.owner : '';
  if (owner === me && me !== '') {
    return done('Reminders are sent from your account.', null, readSidebarWorkbook());
  }
  if (owner !== '' && owner !== parsed.value.fromOwner) {
    return refused(
      `Nothing was changed: reminders are now sent by ${owner}'s trigger, not ${parsed.value.fromOwner}'s.`,
    );
  }
  const result = turnRemindersOn({ takeOver: true });
  if (result.outcome !== 'on') return refused(`Nothing was changed: ${result.message}`);
  return done(result.message, null, readSidebarWorkbook());
}
