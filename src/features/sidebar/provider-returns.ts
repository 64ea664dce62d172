// Provider returns turned on or off from the sidebar's Today view (issue 17), as the menu does.
import { parseForm } from '../../domain/sidebar/forms/fields';
import { providerReturnsForm } from '../../domain/sidebar/forms/schemas';
import type { FormResult } from '../../shared/sidebar-api';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { turnProviderReturns } from '../returns/turn-returns';
import { done, invalid, refused } from './form-result';

/**
 * Sets the switch to what the person chose (never toggles), so a repeat after a lost reply
 * changes nothing more; forms are made or closed at once when this person sends the reminders.
 */
export function setProviderReturns(form: unknown): FormResult {
  const parsed = parseForm(providerReturnsForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const result = turnProviderReturns(parsed.value.on);
  if (!result.ok) return refused(result.message);
  return done(result.message, null, readSidebarWorkbook());
}
