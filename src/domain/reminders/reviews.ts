// Reviews falling due or overdue, and concerns recorded since the last review (policy P14, P15).
import type { IsoDate } from '../cells';
import { formatDate, isIsoDate } from '../calendar/iso-date';
import { isFinished, isRunning } from '../rules/context';
import { addressTo, joinReminders } from './addressing';
import {
  reminderDay,
  type PlacementOnDay,
  type ReminderDay,
  type ReminderSnapshot,
} from './reminder-day';
import type { RecipientRole, Reminders } from './reminder-item';

/** Overdue by this many school days, the Head Teacher is told too (DOMAIN.md §7). */
export const HEAD_TEACHER_OVERDUE_SCHOOL_DAYS = 5;

export type ReviewState =
  | { readonly state: 'due'; readonly due: IsoDate; readonly schoolDaysLeft: number }
  | { readonly state: 'overdue'; readonly due: IsoDate; readonly schoolDaysOverdue: number };

/**
 * Where a running placement's next review stands today: due within Review reminder days (counted
 * in school days, so a review due just after a holiday is flagged before it), overdue, or neither.
 */
export function reviewState(day: ReminderDay, p: PlacementOnDay): ReviewState | undefined {
  const due = p.context.review.due;
  if (!isRunning(p.row.record.status) || !isIsoDate(due)) return undefined;
  const { calendar } = day.index;
  if (due < day.today) {
    const overdue = calendar.schoolDaysBetween(due, day.today) ?? 0;
    return { state: 'overdue', due, schoolDaysOverdue: overdue };
  }
  const left = calendar.schoolDaysBetween(day.today, due) ?? 0;
  return left <= day.snapshot.settings.reviewReminderDays
    ? { state: 'due', due, schoolDaysLeft: left }
    : undefined;
}

/**
 * Policy P14 (reviewed at least half-termly): due within Review reminder days → pastoral lead
 * (SENDCO too for an EHCP pupil, P3); overdue → also DSL; overdue by 5 school days → also Head Teacher.
 */
export function reviewsDue(snapshot: ReminderSnapshot, today: IsoDate, hour: number): Reminders {
  const day = reminderDay(snapshot, today, hour);
  const results: Reminders[] = [];
  for (const p of day.placements) {
    const state = reviewState(day, p);
    if (!state) continue;
    const placement = p.row.record;
    const roles: RecipientRole[] = ['pastoral lead'];
    if (placement.senStatus === 'EHCP') roles.push('SENDCO');
    const record = `record it on Reviews (objectives met, attending, safe and meeting needs)`;
    if (state.state === 'due') {
      results.push(
        addressTo(
          snapshot.settings,
          today,
          {
            kind: 'review due',
            keyParts: ['review-due', p.id, state.due],
            subject: p.subject,
            urgency: state.schoolDaysLeft === 0 ? 'today' : 'soon',
            whatToDo: `Hold the review of ${p.id} by ${formatDate(state.due)} with the provider, pupil and parents/carers, and ${record}.`,
            pastoralLeadEmail: placement.pastoralLeadEmail,
          },
          roles,
        ),
      );
      continue;
    }
    const serious = state.schoolDaysOverdue >= HEAD_TEACHER_OVERDUE_SCHOOL_DAYS;
    const overdueRoles: RecipientRole[] = [
      ...roles,
      'DSL',
      ...(serious ? (['Head Teacher'] as const) : []),
    ];
    results.push(
      addressTo(
        snapshot.settings,
        today,
        {
          kind: serious ? 'review overdue 5 days' : 'review overdue',
          keyParts: [serious ? 'review-overdue-5' : 'review-overdue', p.id, state.due],
          subject: p.subject,
          urgency: 'urgent',
          whatToDo: `The review of ${p.id} was due on ${formatDate(state.due)} (${state.schoolDaysOverdue} school day${state.schoolDaysOverdue === 1 ? '' : 's'} ago): hold it now and ${record}.`,
          pastoralLeadEmail: placement.pastoralLeadEmail,
        },
        overdueRoles,
      ),
    );
  }
  return joinReminders(results);
}

/**
 * A Safeguarding concern date after the last review (or with none) → DSL and Head Teacher at once
 * (policy P15: reviewed immediately, terminated if necessary). A review on the day counts.
 */
export function safeguardingConcerns(
  snapshot: ReminderSnapshot,
  today: IsoDate,
  hour: number,
): Reminders {
  const day = reminderDay(snapshot, today, hour);
  const results: Reminders[] = [];
  for (const p of day.placements) {
    const placement = p.row.record;
    const concern = placement.safeguardingConcernDate;
    const { lastReview } = p.context;
    if (isFinished(placement.status) || !isIsoDate(concern) || concern > today) continue;
    if (lastReview !== undefined && lastReview >= concern) continue;
    results.push(
      addressTo(
        snapshot.settings,
        today,
        {
          kind: 'safeguarding concern',
          keyParts: ['concern', p.id, concern],
          subject: p.subject,
          urgency: 'urgent',
          whatToDo: `A safeguarding concern about ${p.id} was recorded on ${formatDate(concern)}: review the placement today (set Status to Paused until then) and record the decision on Reviews.`,
          pastoralLeadEmail: placement.pastoralLeadEmail,
        },
        ['DSL', 'Head Teacher'],
      ),
    );
  }
  return joinReminders(results);
}
