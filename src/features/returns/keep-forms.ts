// The hourly run's part in provider returns: answers taken in, each provider's form made, kept to today, opened or closed, its link sent.
import { errorText } from '../../shared/error-text';
import {
  expectedSessionsOn,
  providersWithActivePlacements,
  type ExpectedSession,
} from '../../domain/returns/expected';
import { formContent } from '../../domain/returns/form-content';
import { linkEmail } from '../../domain/returns/link-email';
import {
  formOfProvider,
  parseRegistry,
  REGISTRY_KEY,
  registryText,
  type ProviderForm,
} from '../../domain/returns/registry';
import { reminderDay } from '../../domain/reminders/reminder-day';
import { nameKey } from '../../domain/rules/context';
import { sendEmail } from '../../workspace/mail';
import {
  closeForm,
  makeProviderForm,
  openForm,
  openProviderForm,
  setQuestions,
} from '../../workspace/provider-forms';
import type { WorkbookForReminders } from '../../workspace/workbook-for-reminders';
import type { ReminderLogLine } from '../reminders/reminder-log';
import { takeArrivedReturns } from './arrive';
import { settleWithPeople } from './settle';

/** What FormApp.openById says of a form deleted or no longer shared with this person [reported]. */
const GONE = /no item with the given id|not found|permission|access denied|does not exist/i;

/** The provider's Contact email and DSL email, as typed there, each once. */
function recipientsOf(read: WorkbookForReminders, key: string): string[] {
  const row = read.snapshot.providers.find(
    ({ record }) => nameKey(record.provider) === key,
  )?.record;
  const found = [row?.contactEmail, row?.dslEmail]
    .map((email) => email?.trim().toLowerCase() ?? '')
    .filter((email) => email !== '');
  return [...new Set(found)];
}

/**
 * Sends the link to whoever has not had this one: everyone when the link changed, a new address
 * only when one was added. Dry run writes to the Log what would go. A send that fails is tried at
 * the next run.
 */
function sendLink(
  read: WorkbookForReminders,
  entry: ProviderForm,
  lines: ReminderLogLine[],
): ProviderForm {
  const to = recipientsOf(read, entry.key);
  const had = entry.sentUrl === entry.url ? new Set(entry.sentTo ?? []) : new Set<string>();
  const owed = to.filter((email) => !had.has(email));
  if (owed.length === 0) return entry;
  const content = formContent(entry.provider, read.settings.schoolName, read.today, []);
  const email = linkEmail(entry.provider, read.settings.schoolName, entry.url, content);
  const dryRun = read.settings.emailMode === 'Dry run';
  const reached: string[] = [];
  for (const address of owed) {
    try {
      if (!dryRun)
        sendEmail({ to: address, ...email, name: read.settings.schoolName || 'AP Placements' });
      reached.push(address);
    } catch (error) {
      lines.push({
        action: 'Provider returns',
        subject: entry.provider,
        detail: `The form's link could not be emailed (${errorText(error)}); it is tried again next hour.`,
      });
    }
  }
  if (reached.length === 0) return entry;
  lines.push({
    action: 'Provider returns',
    subject: entry.provider,
    detail: `${dryRun ? 'Dry run: would have emailed' : 'Emailed'} the form's link to the provider's ${reached.length === 2 ? 'contact and DSL' : reached.length === 1 ? 'contact' : 'addresses'}${dryRun ? ' (nothing sent)' : ''}.`,
  });
  if (dryRun) return entry;
  return { ...entry, sentUrl: entry.url, sentTo: [...had, ...reached] };
}

/** The provider's form, made or brought to today and open. */
function keepOne(
  read: WorkbookForReminders,
  entry: ProviderForm | undefined,
  key: string,
  provider: string,
  sessions: readonly ExpectedSession[],
  lines: ReminderLogLine[],
  retire: (formId: string, provider: string) => void,
): ProviderForm {
  const content = formContent(provider, read.settings.schoolName, read.today, sessions);
  if (entry) {
    try {
      const form = openProviderForm(entry.formId);
      if (entry.date !== read.today) setQuestions(form, content);
      if (!entry.open) openForm(form, content);
      return { ...entry, provider, date: read.today, open: true };
    } catch (error) {
      // Only a form that is gone or out of reach is replaced; any other failure waits an hour.
      if (!GONE.test(errorText(error))) throw error;
      lines.push({
        action: 'Provider returns',
        subject: provider,
        detail: `The provider's form could not be opened (${errorText(error)}): a new one is made, and its link sent.`,
      });
      retire(entry.formId, entry.provider);
    }
  }
  const made = makeProviderForm(content, read.access.id);
  lines.push({
    action: 'Provider returns',
    subject: provider,
    detail: `Form made${made.linked ? '' : ' (its answers could not be linked to this workbook, so they arrive with the hourly run, not at once)'}.`,
  });
  return {
    key,
    provider,
    formId: made.formId,
    url: made.url,
    date: read.today,
    open: true,
    linked: made.linked,
  };
}

/**
 * Brings every provider's form to today. Answers are taken first: a question that goes is gone
 * with its answers (getItemResponses leaves them out [open]), so nothing is read after it goes.
 */
export function keepProviderForms(read: WorkbookForReminders, now: Date): ReminderLogLine[] {
  const store = read.access.store;
  const stored = store.get(REGISTRY_KEY);
  const lines: ReminderLogLine[] = [];
  let registry = takeArrivedReturns(read, parseRegistry(stored), now, lines);
  if (registry.forms.length > 0) lines.push(...settleWithPeople(read));
  const on = read.settings.providerReturns === 'On';
  const day = reminderDay(read.snapshot, read.today, read.hour);
  const active = on ? providersWithActivePlacements(day) : new Map<string, string>();
  const expected = expectedSessionsOn(day, read.today);
  const retired = [...registry.retired];
  const retire = (formId: string, provider: string) =>
    retired.push({ formId, provider, retired: read.today });
  const forms: ProviderForm[] = [];
  for (const [key, provider] of active) {
    const entry = formOfProvider(registry, key);
    try {
      const kept = keepOne(
        read,
        entry,
        key,
        provider,
        expected.filter((s) => s.providerKey === key),
        lines,
        retire,
      );
      forms.push(sendLink(read, kept, lines));
    } catch (error) {
      lines.push({
        action: 'Provider returns',
        subject: provider,
        detail: `The provider's form could not be made ready (${errorText(error)}); tried again next hour.`,
      });
      if (entry) forms.push(entry);
    }
  }
  for (const entry of registry.forms) {
    if (active.has(entry.key)) continue;
    if (!entry.open) {
      forms.push(entry);
      continue;
    }
    try {
      closeForm(
        openProviderForm(entry.formId),
        formContent(entry.provider, read.settings.schoolName, read.today, []).closedMessage,
      );
      lines.push({
        action: 'Provider returns',
        subject: entry.provider,
        detail: on
          ? 'Form closed: no Active placement with this provider.'
          : 'Form closed: Provider returns is Off on Settings.',
      });
      forms.push({ ...entry, open: false });
    } catch (error) {
      lines.push({
        action: 'Provider returns',
        subject: entry.provider,
        detail: `The form could not be closed (${errorText(error)}); tried again next hour.`,
      });
      forms.push(entry);
    }
  }
  registry = { ...registry, forms, retired };
  const text = registryText(registry);
  if (
    text !== stored &&
    !(stored === undefined && registry.forms.length === 0 && registry.retired.length === 0)
  ) {
    store.set(REGISTRY_KEY, text);
  }
  return lines;
}
