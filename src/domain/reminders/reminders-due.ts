// The school-day routine: every reminder of DOMAIN.md §7, once per person per day, grouped into digests.
import type { IsoDate } from '../cells';
import { schoolCalendar } from '../calendar/school-calendar';
import { joinReminders } from './addressing';
import { absenceNotFollowedUp, missingAttendance } from './attendance';
import { mondaySummary } from './monday-summary';
import { endingSoon, startingWithChecklistIncomplete } from './placement-dates';
import { providerExpiries, qaVisitsOverdue } from './providers';
import type { ReminderSnapshot } from './reminder-day';
import {
  URGENCIES,
  type RecipientRole,
  type ReminderItem,
  type ReminderKind,
  type Reminders,
} from './reminder-item';
import { reviewsDue, safeguardingConcerns } from './reviews';

export type Reminder = (snapshot: ReminderSnapshot, today: IsoDate, hour: number) => Reminders;

/** Every reminder of DOMAIN.md §7, in the order the section lists them. */
export const REMINDERS: readonly Reminder[] = [
  missingAttendance,
  absenceNotFollowedUp,
  reviewsDue,
  safeguardingConcerns,
  providerExpiries,
  qaVisitsOverdue,
  startingWithChecklistIncomplete,
  endingSoon,
  mondaySummary,
];

/** What still goes out on a day that is not a school day: insurance and confirmations lapse anyway. */
const NON_SCHOOL_DAY_KINDS: ReadonlySet<ReminderKind> = new Set<ReminderKind>([
  'safeguarding confirmation expiry',
  'insurance expiry',
]);

/** On a weekend, holiday or closure day, only expiry alerts (DOMAIN.md §7: "once a school day"). */
export function nonSchoolDayFilter(
  items: readonly ReminderItem[],
  snapshot: Pick<ReminderSnapshot, 'termDates'>,
  today: IsoDate,
): ReminderItem[] {
  const calendar = schoolCalendar(snapshot.termDates.map((row) => row.record));
  return calendar.isSchoolDay(today)
    ? [...items]
    : items.filter((item) => NON_SCHOOL_DAY_KINDS.has(item.kind));
}

/**
 * Everything due now, after the non-school-day filter, each key once. `reminders` narrows the work
 * when a run only needs some (an hourly run between digests looks for new concerns only).
 */
export function remindersDue(
  snapshot: ReminderSnapshot,
  today: IsoDate,
  hour: number,
  reminders: readonly Reminder[] = REMINDERS,
): Reminders {
  const all = joinReminders(reminders.map((reminder) => reminder(snapshot, today, hour)));
  const seen = new Set<string>();
  const items = nonSchoolDayFilter(all.items, snapshot, today).filter((item) => {
    const fresh = !seen.has(item.key);
    seen.add(item.key);
    return fresh;
  });
  return { items, problems: all.problems };
}

/**
 * Leaves out what was already sent. Keys name the role and the day, so each item reaches each
 * person at most once a day, and an escalation (a new role) is new (DOMAIN.md §7).
 */
export function notAlreadySent(
  items: readonly ReminderItem[],
  sentKeys: ReadonlySet<string>,
): ReminderItem[] {
  return items.filter((item) => !sentKeys.has(item.key));
}

export interface Digest {
  readonly recipient: string;
  /** Every role the items reach this person as (one person may be DSL and pastoral lead). */
  readonly roles: readonly RecipientRole[];
  /** Most urgent first; within an urgency, in key order so a digest reads the same every run. */
  readonly items: readonly ReminderItem[];
}

const URGENCY_ORDER = new Map(URGENCIES.map((urgency, i) => [urgency, i]));

function byKey(a: ReminderItem, b: ReminderItem): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Most urgent first, then by key: each urgency's items sorted on their own (a comparator asking
 * the urgency of both items was the morning run's costliest line at 10,000 placements).
 */
function inDigestOrder(items: readonly ReminderItem[]): ReminderItem[] {
  const byUrgency: ReminderItem[][] = URGENCIES.map(() => []);
  for (const item of items) byUrgency[URGENCY_ORDER.get(item.urgency) ?? 0]?.push(item);
  return byUrgency.flatMap((bucket) => bucket.sort(byKey));
}

/** One digest per recipient (DOMAIN.md §7: never one email per row), recipients in address order. */
export function byRecipient(items: readonly ReminderItem[]): Digest[] {
  const grouped = new Map<string, ReminderItem[]>();
  for (const item of items) {
    const address = item.recipient.toLowerCase();
    const group = grouped.get(address);
    if (group) group.push(item);
    else grouped.set(address, [item]);
  }
  return [...grouped.values()]
    .map((group) => ({
      recipient: group[0]?.recipient ?? '',
      roles: [...new Set(group.map((item) => item.recipientRole))],
      items: inDigestOrder(group),
    }))
    .sort((a, b) => (a.recipient.toLowerCase() < b.recipient.toLowerCase() ? -1 : 1));
}
