// Placements about to start with their checklist incomplete, and about to end (DOMAIN.md §7).
import type { IsoDate } from '../cells';
import { formatDate, isIsoDate } from '../calendar/iso-date';
import { statusChecklist, type StatusChecklist } from '../checklist';
import { isRunning } from '../rules/context';
import { addressTo, joinReminders } from './addressing';
import {
  reminderDay,
  type PlacementOnDay,
  type ReminderDay,
  type ReminderSnapshot,
} from './reminder-day';
import type { Reminders } from './reminder-item';

/** How far ahead a start or an end is announced (DOMAIN.md §7). */
export const START_END_NOTICE_SCHOOL_DAYS = 10;

/** How many things still to do a reminder names; the sidebar's checklist has the rest. */
const TODO_SHOWN = 3;

export interface StartingSoon {
  readonly placement: PlacementOnDay;
  readonly start: IsoDate;
  /** School days from today to the start. */
  readonly left: number;
  readonly checklist: StatusChecklist;
}

/** School days from today to `date` when it is today or within the notice; undefined otherwise. */
export function schoolDaysWithinNotice(day: ReminderDay, date: IsoDate): number | undefined {
  if (date < day.today) return undefined;
  const left = day.index.calendar.schoolDaysBetween(day.today, date);
  return left === undefined || left > START_END_NOTICE_SCHOOL_DAYS ? undefined : left;
}

/** Proposed or Agreed placements starting within 10 school days, with their checklist. */
export function placementsStartingSoon(day: ReminderDay): StartingSoon[] {
  const found: StartingSoon[] = [];
  for (const p of day.placements) {
    const placement = p.row.record;
    const start = placement.startDate;
    if (placement.status !== 'Proposed' && placement.status !== 'Agreed') continue;
    if (!isIsoDate(start)) continue;
    const left = schoolDaysWithinNotice(day, start);
    if (left === undefined) continue;
    found.push({ placement: p, start, left, checklist: statusChecklist(p.context) });
  }
  return found;
}

/**
 * A Proposed or Agreed placement starting within 10 school days whose checklist for its next status
 * is incomplete → pastoral lead (policy P7, P10–P12: everything in place before the first day).
 */
export function startingWithChecklistIncomplete(
  snapshot: ReminderSnapshot,
  today: IsoDate,
  hour: number,
): Reminders {
  const day = reminderDay(snapshot, today, hour);
  const results: Reminders[] = [];
  for (const { placement: p, start, left, checklist } of placementsStartingSoon(day)) {
    if (checklist.ready) continue;
    const placement = p.row.record;
    const todo = checklist.items.filter((i) => i.required && !i.done).flatMap((i) => i.todo);
    const shown = todo.slice(0, TODO_SHOWN).join('; ');
    const more = todo.length > TODO_SHOWN ? `; and ${todo.length - TODO_SHOWN} more` : '';
    results.push(
      addressTo(
        snapshot.settings,
        today,
        {
          kind: 'starting with checklist incomplete',
          keyParts: ['starting', p.id, start],
          subject: p.subject,
          urgency: left <= 2 ? 'today' : 'soon',
          whatToDo: `${p.id} starts on ${formatDate(start)} but is not ready to be ${checklist.nextStatus ?? 'Active'}: ${shown}${more}.`,
          pastoralLeadEmail: placement.pastoralLeadEmail,
        },
        ['pastoral lead'],
      ),
    );
  }
  return joinReminders(results);
}

export interface EndingSoon {
  readonly placement: PlacementOnDay;
  /** Actual end date, else Planned end date. */
  readonly end: IsoDate;
  readonly left: number;
}

/** Active or Paused placements ending within 10 school days. */
export function placementsEndingSoon(day: ReminderDay): EndingSoon[] {
  const found: EndingSoon[] = [];
  for (const p of day.placements) {
    const placement = p.row.record;
    const end = placement.actualEndDate ?? placement.plannedEndDate;
    if (!isRunning(placement.status) || !isIsoDate(end)) continue;
    const left = schoolDaysWithinNotice(day, end);
    if (left === undefined) continue;
    found.push({ placement: p, end, left });
  }
  return found;
}

/**
 * An Active or Paused placement ending (Actual end date, else Planned end date) within 10 school
 * days → pastoral lead, to plan reintegration and record the destination (policy P2, P5).
 */
export function endingSoon(snapshot: ReminderSnapshot, today: IsoDate, hour: number): Reminders {
  const day = reminderDay(snapshot, today, hour);
  const results = placementsEndingSoon(day).map(({ placement: p, end }) =>
    addressTo(
      snapshot.settings,
      today,
      {
        kind: 'ending soon',
        keyParts: ['ending', p.id, end],
        subject: p.subject,
        urgency: 'soon',
        whatToDo: `${p.id} ends on ${formatDate(end)}: plan the pupil's reintegration with the provider and parents/carers, and record the Destination and Actual end date.`,
        pastoralLeadEmail: p.row.record.pastoralLeadEmail,
      },
      ['pastoral lead'],
    ),
  );
  return joinReminders(results);
}
