// Provider checks running out and providers nobody has visited (DOMAIN.md §7, policy P7, P9, P12).
import type { IsoDate } from '../cells';
import { formatDate, isIsoDate } from '../calendar/iso-date';
import {
  expiresWithin,
  hasExpired,
  safeguardingConfirmationExpiry,
} from '../rules/provider-status';
import type { Provider } from '../sheets/providers';
import type { TableRow } from '../table';
import { addressTo, joinReminders } from './addressing';
import { placementsAt, reminderDay, type ReminderDay, type ReminderSnapshot } from './reminder-day';
import type { ReminderKind, Reminders, ReminderSubject } from './reminder-item';

/** "The last 12 school weeks": 60 school days without a QA visit (DOMAIN.md §7). */
export const QA_VISIT_SCHOOL_DAYS = 60;

/**
 * Providers a pupil is at or is about to start at: a placement Agreed, Active or Paused. These are
 * the ones where an expired check is a child at an unchecked setting (P7 "at all times", P12);
 * an approved provider nobody is placed with is left to the Checks column, so the DSL's digest
 * does not fill with settings no pupil attends, and Agreed → Active is blocked there anyway.
 */
function providersInUse(day: ReminderDay): TableRow<Provider>[] {
  return day.snapshot.providers.filter((row) =>
    placementsAt(day, row.record.provider).some((p) =>
      ['Agreed', 'Active', 'Paused'].includes(p.row.record.status ?? ''),
    ),
  );
}

function subjectOf(row: TableRow<Provider>): ReminderSubject {
  return {
    sheet: 'Providers',
    rowNumber: row.rowNumber,
    ...(row.record.provider ? { provider: row.record.provider } : {}),
  };
}

/** A key part for a provider: its name as typed, or its row when blank. */
function providerKey(row: TableRow<Provider>): string {
  return row.record.provider?.trim() || `row-${row.rowNumber}`;
}

/** A provider check (safeguarding confirmation or insurance) expired or running out. */
export interface ProviderExpiry {
  readonly row: TableRow<Provider>;
  readonly kind: Extract<ReminderKind, 'safeguarding confirmation expiry' | 'insurance expiry'>;
  readonly what: 'confirmation' | 'insurance';
  readonly expiry: IsoDate;
  readonly expired: boolean;
  /** "The insurance of Riverside Skills Centre expired on Fri 2 Jan 2026". */
  readonly said: string;
  /** What to do about it. */
  readonly todo: string;
}

/**
 * Safeguarding confirmation (P12) or insurance (P7) expired, or expiring within Expiry warning days,
 * at a provider in use; expired first in each provider's pair.
 */
export function expiringProviderChecks(day: ReminderDay): ProviderExpiry[] {
  const { today } = day;
  const warningDays = day.snapshot.settings.expiryWarningDays;
  const found: ProviderExpiry[] = [];
  for (const row of providersInUse(day)) {
    const name = row.record.provider ?? `the provider on Providers row ${row.rowNumber}`;
    const checks: [ProviderExpiry['kind'], ProviderExpiry['what'], IsoDate | undefined, string][] =
      [
        [
          'safeguarding confirmation expiry',
          'confirmation',
          safeguardingConfirmationExpiry(row.record),
          `ask ${name} for a new written confirmation of its staff checks (the safeguarding confirmation request document) and record it on Providers`,
        ],
        [
          'insurance expiry',
          'insurance',
          row.record.insuranceExpiry,
          `ask ${name} for its renewed insurance and record the new Insurance expiry on Providers`,
        ],
      ];
    for (const [kind, what, expiry, todo] of checks) {
      if (!isIsoDate(expiry)) continue;
      const expired = hasExpired(expiry, today);
      if (!expired && !expiresWithin(expiry, today, warningDays)) continue;
      const label = what === 'insurance' ? 'insurance' : 'safeguarding confirmation';
      const when = expired
        ? `expired on ${formatDate(expiry)}`
        : `expires on ${formatDate(expiry)}`;
      found.push({
        row,
        kind,
        what,
        expiry,
        expired,
        said: `The ${label} of ${name} ${when}`,
        todo,
      });
    }
  }
  return found;
}

/**
 * Safeguarding confirmation (P12) or insurance (P7) expired, or expiring within Expiry warning days
 * → DSL. Sent on non-school days too: insurance lapses in the holidays as well.
 */
export function providerExpiries(
  snapshot: ReminderSnapshot,
  today: IsoDate,
  hour: number,
): Reminders {
  const day = reminderDay(snapshot, today, hour);
  const results = expiringProviderChecks(day).map((found) =>
    addressTo(
      snapshot.settings,
      today,
      {
        kind: found.kind,
        keyParts: [`${found.what}-expiry`, providerKey(found.row), found.expiry],
        subject: subjectOf(found.row),
        urgency: found.expired ? 'urgent' : 'soon',
        whatToDo: `${found.said}: ${found.todo}.`,
      },
      ['DSL'],
    ),
  );
  return joinReminders(results);
}

/**
 * A provider with an Active placement and no Last QA visit in the last 60 school days → DSL
 * (policy P9: quality monitored with the DfE's QA frameworks; inspectors find schools never visit).
 */
export function qaVisitsOverdue(
  snapshot: ReminderSnapshot,
  today: IsoDate,
  hour: number,
): Reminders {
  const day = reminderDay(snapshot, today, hour);
  const { calendar } = day.index;
  const results: Reminders[] = [];
  for (const row of snapshot.providers) {
    const active = placementsAt(day, row.record.provider).some(
      (p) => p.row.record.status === 'Active',
    );
    if (!active) continue;
    const visit = row.record.lastQaVisit;
    const since = isIsoDate(visit) ? calendar.schoolDaysBetween(visit, today) : undefined;
    if (since !== undefined && since < QA_VISIT_SCHOOL_DAYS) continue;
    const name = row.record.provider ?? `the provider on Providers row ${row.rowNumber}`;
    const last = isIsoDate(visit) ? `the last was on ${formatDate(visit)}` : 'none is recorded';
    results.push(
      addressTo(
        snapshot.settings,
        today,
        {
          kind: 'QA visit overdue',
          keyParts: ['qa-visit', providerKey(row)],
          subject: subjectOf(row),
          urgency: 'soon',
          whatToDo: `No QA visit to ${name} in the last 12 school weeks (${last}): arrange one and record it in Last QA visit on Providers.`,
        },
        ['DSL'],
      ),
    );
  }
  return joinReminders(results);
}
