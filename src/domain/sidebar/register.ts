// Today's register (issue 6, item 3): every Active placement with a session today, and what is marked.
import { comparable } from '../cells';
import { isIsoDate } from '../calendar/iso-date';
import { sessionsOn } from '../calendar/sessions';
import type { Placement } from '../sheets/placements';
import type { RegisterDay, RegisterEntry, Session } from '../../shared/sidebar-api';
import { placementLabel } from './labels';
import type { SidebarDay } from './sidebar-day';
import { attendingCode } from './suggest-code';

/** B unless the placement says D: B is school-arranged AP, K never is (DOMAIN.md §3.1). */
export function presentCode(placement: Placement): string {
  return attendingCode(placement.attendanceCode ?? '');
}

/**
 * Between its Start date and its Actual end date. The register lists only Active placements, and
 * an Active placement past its Planned end date is still running (it is exactly the one people
 * forget to end or extend), so the Planned end date never takes it off the register.
 */
function runsOn(placement: Placement, date: string): boolean {
  const end = placement.actualEndDate;
  return (
    isIsoDate(placement.startDate) &&
    placement.startDate <= date &&
    (!isIsoDate(end) || date <= end)
  );
}

/**
 * The Active placements with a session today by their Sessions, grouped by provider. On a day
 * that is not a school day the weekday's sessions are still listed (a provider may open), and
 * `isSchoolDay` says so; at a weekend there are none.
 */
export function registerDay(sd: SidebarDay): RegisterDay {
  const { today, index } = sd.day;
  const entries: RegisterEntry[] = [];
  for (const p of sd.day.placements) {
    const placement = p.row.record;
    const id = placement.placementId;
    if (placement.status !== 'Active' || id === undefined || !runsOn(placement, today)) continue;
    const sessions: Session[] = sessionsOn(p.context.sessions, today);
    if (sessions.length === 0) continue;
    const recorded = (sd.attendanceByPlacement.get(id) ?? [])
      .filter(({ record }) => record.date === today && record.session !== undefined)
      .map(({ rowNumber, record }) => ({
        session: record.session as Session,
        mark: record.mark ?? '',
        row: rowNumber,
      }));
    entries.push({
      placementId: id,
      label: placementLabel(placement, p.row.rowNumber),
      provider: placement.provider ?? '',
      sessions,
      recorded,
      presentCode: presentCode(placement),
    });
  }
  entries.sort(
    (a, b) =>
      comparable(a.provider).localeCompare(comparable(b.provider)) ||
      (a.placementId < b.placementId ? -1 : a.placementId > b.placementId ? 1 : 0),
  );
  return { date: today, isSchoolDay: index.calendar.isSchoolDay(today), entries };
}
