// The Monday summary for the Head Teacher: the figures senior leaders monitor by (policy P9).
import type { IsoDate } from '../cells';
import { isIsoDate, weekday } from '../calendar/iso-date';
import { schoolYearStart, yearReviewsAndCost } from '../reports/evaluation';
import { addressTo } from './addressing';
import { reminderDay, type ReminderDay, type ReminderSnapshot } from './reminder-day';
import type { MondayFigures, Reminders } from './reminder-item';
import { reviewState } from './reviews';

const MONDAY = 1;

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

export function mondayFigures(day: ReminderDay): MondayFigures {
  const { today } = day;
  const placementsByStatus: Record<string, number> = {};
  let reviewsDue = 0;
  let reviewsOverdue = 0;
  let ended = 0;
  let terminated = 0;
  const destinations: Record<string, number> = {};
  const yearStart = schoolYearStart(today);
  for (const p of day.placements) {
    const placement = p.row.record;
    count(placementsByStatus, placement.status ?? 'No status');
    const state = reviewState(day, p);
    if (state?.state === 'due') reviewsDue += 1;
    if (state?.state === 'overdue') reviewsOverdue += 1;
    const end = placement.actualEndDate;
    const finishedThisYear = isIsoDate(end) && end >= yearStart && end <= today;
    if (finishedThisYear && placement.status === 'Ended') ended += 1;
    if (finishedThisYear && placement.status === 'Terminated') terminated += 1;
    if (finishedThisYear && (placement.status === 'Ended' || placement.status === 'Terminated')) {
      count(destinations, placement.destination ?? 'Not recorded');
    }
  }
  // Attendance this half-term: Present and Late attend, Absent does not, No session is not counted.
  const halfTerm = day.index.calendar.halfTermContaining(today);
  let attended = 0;
  let marked = 0;
  for (const { record } of day.snapshot.attendance) {
    const date = record.date;
    if (!halfTerm || !isIsoDate(date) || date < halfTerm.start || date > today) continue;
    if (record.mark === 'Present' || record.mark === 'Late') attended += 1;
    if (record.mark === 'Present' || record.mark === 'Late' || record.mark === 'Absent')
      marked += 1;
  }
  return {
    placementsByStatus,
    attendanceThisHalfTerm: {
      attended,
      marked,
      percent: marked === 0 ? undefined : Math.round((attended / marked) * 1000) / 10,
    },
    reviewsDue,
    reviewsOverdue,
    outcomesThisYear: { ended, terminated, destinations },
    thisYear: yearReviewsAndCost(day),
  };
}

/** On Mondays only, one info item for the Head Teacher carrying the figures (DOMAIN.md §7, P9). */
export function mondaySummary(snapshot: ReminderSnapshot, today: IsoDate, hour: number): Reminders {
  if (weekday(today) !== MONDAY) return { items: [], problems: [] };
  const day = reminderDay(snapshot, today, hour);
  const figures = mondayFigures(day);
  const active = figures.placementsByStatus.Active ?? 0;
  const percent = figures.attendanceThisHalfTerm.percent;
  const attendance = percent === undefined ? 'no sessions marked yet' : `${percent}% attendance`;
  return addressTo(
    snapshot.settings,
    today,
    {
      kind: 'Monday summary',
      keyParts: ['monday-summary'],
      // About the whole sheet, not one placement: the link goes to its header row.
      subject: { sheet: 'Placements', rowNumber: 1 },
      urgency: 'info',
      whatToDo: `This week's AP summary: ${active} Active placement${active === 1 ? '' : 's'}, ${attendance} this half-term, ${figures.reviewsDue} review${figures.reviewsDue === 1 ? '' : 's'} due and ${figures.reviewsOverdue} overdue; read it and follow up anything overdue with the pastoral team.`,
      figures,
    },
    ['Head Teacher'],
  );
}
