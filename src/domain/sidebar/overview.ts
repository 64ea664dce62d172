// The school at a glance (issue 6, item 2; concerns first, issue 11, item 4): each list found by the
// same rules as the reminders and the Checks.
import { yearReviewsAndCost } from '../reports/evaluation';
import { daysBetween, formatDate } from '../calendar/iso-date';
import { missingSessions, needsFollowUp } from '../reminders/attendance';
import { placementsEndingSoon, placementsStartingSoon } from '../reminders/placement-dates';
import { expiringProviderChecks } from '../reminders/providers';
import type { PlacementOnDay } from '../reminders/reminder-day';
import { reviewState } from '../reminders/reviews';
import { concernAwaitingReview } from '../rules/reviews';
import type { Overview, OverviewItem, OverviewList } from '../../shared/sidebar-api';
import { counted, placementLabel } from './labels';
import type { SidebarDay } from './sidebar-day';

/** A list shows this many lines; its count says how many there are in all. */
export const MOST_ITEMS = 50;

/** `rank` orders the list, lowest (most pressing) first; ties keep sheet order. */
interface Ranked {
  readonly item: OverviewItem;
  readonly rank: string | number;
}

function list(title: string, ranked: readonly Ranked[]): OverviewList {
  const sorted = ranked
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.i - b.i));
  return { title, count: sorted.length, items: sorted.slice(0, MOST_ITEMS).map((r) => r.item) };
}

function aboutPlacement(p: PlacementOnDay, detail: string): OverviewItem {
  const { record, rowNumber } = p.row;
  return {
    label: placementLabel(record, rowNumber),
    detail,
    link: { sheet: 'Placements', row: rowNumber },
    ...(record.placementId ? { placementId: record.placementId } : {}),
  };
}

function schoolDays(n: number): string {
  return counted(n, 'school day');
}

/**
 * Safeguarding concerns no review has followed yet (P15: reviewed immediately), by the Checks'
 * own test (concernAwaitingReview), the longest waiting first.
 */
function concernsAwaitingReview(sd: SidebarDay): OverviewList {
  const ranked: Ranked[] = [];
  for (const p of sd.day.placements) {
    const concern = concernAwaitingReview(p.context);
    if (concern === undefined) continue;
    const days = Math.max(0, daysBetween(concern, sd.day.today) ?? 0);
    const waiting = days === 0 ? 'recorded today' : `${counted(days, 'day')} waiting`;
    ranked.push({
      item: aboutPlacement(p, `Concern ${formatDate(concern)}: ${waiting}; review it today`),
      rank: concern,
    });
  }
  return list('Concerns awaiting review', ranked);
}

function reviewLists(sd: SidebarDay): Pick<Overview, 'reviewsDue' | 'reviewsOverdue'> {
  const due: Ranked[] = [];
  const overdue: Ranked[] = [];
  for (const p of sd.day.placements) {
    const state = reviewState(sd.day, p);
    if (state?.state === 'due') {
      const when = state.schoolDaysLeft === 0 ? 'today' : `in ${schoolDays(state.schoolDaysLeft)}`;
      due.push({
        item: aboutPlacement(p, `Review due ${formatDate(state.due)} (${when})`),
        rank: state.due,
      });
    } else if (state?.state === 'overdue') {
      overdue.push({
        item: aboutPlacement(
          p,
          `Review was due ${formatDate(state.due)} (${schoolDays(state.schoolDaysOverdue)} ago)`,
        ),
        rank: state.due,
      });
    }
  }
  return {
    reviewsDue: list('Reviews due soon', due),
    reviewsOverdue: list('Reviews overdue', overdue),
  };
}

/** Returns the provider never sent (the reminders' ten school days), the oldest first. */
function attendanceMissing(sd: SidebarDay): OverviewList {
  const ranked = missingSessions(sd.day).map(({ placement: p, date, half }) => ({
    item: aboutPlacement(
      p,
      `${formatDate(date)} ${half}: not reported by ${p.row.record.provider ?? 'the provider'}`,
    ),
    rank: `${date} ${half}`,
  }));
  return list('Attendance not recorded', ranked);
}

function absencesNotFollowedUp(sd: SidebarDay): OverviewList {
  const { today, placementById } = sd.day;
  const ranked: Ranked[] = [];
  for (const { rowNumber, record } of sd.snapshot.attendance) {
    if (!needsFollowUp(record, today) || record.placementId === undefined) continue;
    const p = placementById.get(record.placementId);
    const reason = record.absenceReason ? `: ${record.absenceReason}` : '';
    ranked.push({
      item: {
        label: p ? placementLabel(p.row.record, p.row.rowNumber) : record.placementId,
        detail: `Absent ${formatDate(record.date)}${record.session ? ` ${record.session}` : ''}${reason}`,
        link: { sheet: 'Attendance', row: rowNumber },
        placementId: record.placementId,
      },
      rank: `${record.date ?? ''} ${record.session ?? ''}`,
    });
  }
  return list('Absences not followed up', ranked);
}

function providerChecksExpiring(sd: SidebarDay): OverviewList {
  const ranked = expiringProviderChecks(sd.day).map((found) => ({
    item: {
      label: found.row.record.provider ?? `Providers row ${found.row.rowNumber}`,
      detail: `${found.said}: ${found.todo}.`,
      link: { sheet: 'Providers' as const, row: found.row.rowNumber },
    },
    rank: `${found.expired ? 0 : 1} ${found.expiry}`,
  }));
  return list('Provider checks expiring', ranked);
}

function startingSoon(sd: SidebarDay): OverviewList {
  const ranked = placementsStartingSoon(sd.day).map(({ placement: p, start, checklist }) => {
    const next = checklist.nextStatus ?? 'Active';
    const todo = checklist.items.filter((i) => i.required && !i.done).length;
    const readiness = checklist.ready
      ? `ready to be ${next}`
      : `not ready to be ${next}: ${counted(todo, 'thing')} to do`;
    return { item: aboutPlacement(p, `Starts ${formatDate(start)}; ${readiness}`), rank: start };
  });
  return list('Starting soon', ranked);
}

function endingSoon(sd: SidebarDay): OverviewList {
  const ranked = placementsEndingSoon(sd.day).map(({ placement: p, end }) => ({
    item: aboutPlacement(p, `Ends ${formatDate(end)}: plan reintegration, record the destination`),
    rank: end,
  }));
  return list('Ending soon', ranked);
}

function activePlacements(sd: SidebarDay): OverviewList {
  const ranked = sd.day.placements
    .filter((p) => p.row.record.status === 'Active')
    .map((p) => ({ item: aboutPlacement(p, p.row.record.provider ?? 'No provider'), rank: 0 }));
  return list('Active placements', ranked);
}

export function buildOverview(sd: SidebarDay): Overview {
  return {
    today: sd.day.today,
    concernsAwaitingReview: concernsAwaitingReview(sd),
    activePlacements: activePlacements(sd),
    ...reviewLists(sd),
    attendanceMissingToday: attendanceMissing(sd),
    absencesNotFollowedUp: absencesNotFollowedUp(sd),
    providerChecksExpiring: providerChecksExpiring(sd),
    startingSoon: startingSoon(sd),
    endingSoon: endingSoon(sd),
    thisYear: yearReviewsAndCost(sd.day),
  };
}
