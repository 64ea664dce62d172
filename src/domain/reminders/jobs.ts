// Which of the day's reminder jobs an hourly run does, and which items each job sends (DOMAIN.md §7).
import { absenceNotFollowedUp, missingAttendance } from './attendance';
import type { RecipientRole, ReminderItem, ReminderKind } from './reminder-item';
import { REMINDERS, type Reminder } from './reminders-due';
import { safeguardingConcerns } from './reviews';

/**
 * The jobs of a school day. The morning digest (at Reminder hour) carries everything due; after
 * lunch, only today's absences and missing returns are chased; a safeguarding concern goes out
 * at the first hourly run that sees it, whatever the hour.
 */
export const REMINDER_JOBS = ['morning', 'after lunch', 'concerns'] as const;
export type ReminderJob = (typeof REMINDER_JOBS)[number];

/** The jobs done once a day, recorded when every digest of the job went out. */
export type DailyJob = Exclude<ReminderJob, 'concerns'>;

/** "After lunch" (DOMAIN.md §7): the morning's sessions are over and the afternoon's under way. */
export const AFTER_LUNCH_HOUR = 13;

const AFTER_LUNCH_KINDS: ReadonlySet<ReminderKind> = new Set<ReminderKind>([
  'absence not followed up',
  'missing attendance',
]);

/**
 * The jobs due at `hour` (0–23, the school's zone), given the daily jobs already done today. A run
 * that starts late (Google's hourly triggers drift, a run failed) does a missed job at its next
 * run. A morning digest at or after lunch already holds the lunchtime chase, so both count as done.
 */
export function jobsDue(
  hour: number,
  reminderHour: number,
  doneToday: ReadonlySet<DailyJob>,
): ReminderJob[] {
  const jobs: ReminderJob[] = [];
  const morning = hour >= reminderHour && !doneToday.has('morning');
  if (morning) jobs.push('morning');
  if (hour >= AFTER_LUNCH_HOUR && !doneToday.has('after lunch')) jobs.push('after lunch');
  jobs.push('concerns');
  return jobs;
}

/** The reminders worth computing for these jobs (every one for the morning digest). */
export function remindersForJobs(jobs: readonly ReminderJob[]): readonly Reminder[] {
  if (jobs.includes('morning')) return REMINDERS;
  if (jobs.includes('after lunch')) {
    return [missingAttendance, absenceNotFollowedUp, safeguardingConcerns];
  }
  return [safeguardingConcerns];
}

/** The key without the day it is sent (`…:dsl@2026-11-30` → `…:dsl`): the same item on any day. */
export function keyWithoutDay(key: string): string {
  const at = key.lastIndexOf('@');
  return at < 0 ? key : key.slice(0, at);
}

export interface SentSoFar {
  /** Keys sent today (each names its day, so only today's can match). */
  readonly today: ReadonlySet<string>;
  /** Keys without their day, over every day the record keeps: "was this ever sent?". */
  readonly everSent: ReadonlySet<string>;
}

/**
 * The items the due jobs send, each at most once per person per day. A concern is sent at once
 * only if it never went before; one already sent on an earlier day waits for the morning digest
 * (the DSL hears again each day until the placement is reviewed, but not at 3 a.m.).
 */
export function itemsForJobs(
  items: readonly ReminderItem[],
  jobs: readonly ReminderJob[],
  sent: SentSoFar,
): ReminderItem[] {
  const all = jobs.includes('morning');
  const afterLunch = jobs.includes('after lunch');
  return items.filter((item) => {
    if (sent.today.has(item.key)) return false;
    // Said once, at the first run after the gap (or the Log's alteration): the next morning must
    // not say it again.
    if (item.kind === 'reminders stopped' || item.kind === 'Log altered') {
      return !sent.everSent.has(keyWithoutDay(item.key));
    }
    if (all) return true;
    if (afterLunch && AFTER_LUNCH_KINDS.has(item.kind)) return true;
    return item.kind === 'safeguarding concern' && !sent.everSent.has(keyWithoutDay(item.key));
  });
}

/** The daily jobs a run finishes: those due, when no digest of theirs was held back or failed. */
export function dailyJobsDone(jobs: readonly ReminderJob[]): DailyJob[] {
  return jobs.filter((job): job is DailyJob => job !== 'concerns');
}

/** The role names of a digest, in the school's words, for the Log (never an address or a name). */
export function rolesText(roles: readonly RecipientRole[]): string {
  return roles.join(', ');
}
