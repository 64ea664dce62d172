// The sessions a provider is expected to report on a day: the same rule the missing-attendance chase uses.
import type { IsoDate } from '../cells';
import { isIsoDate } from '../calendar/iso-date';
import { sessionsOn, type HalfDay } from '../calendar/sessions';
import type { PlacementOnDay, ReminderDay } from '../reminders/reminder-day';
import { initials } from '../reminders/initials';
import { nameKey } from '../rules/context';

export interface ExpectedSession {
  readonly placementId: string;
  /** Initials only (never the name, UPN or date of birth): what the provider's form shows. */
  readonly initials: string;
  /** The Provider cell as typed on Placements, and as compared. */
  readonly provider: string;
  readonly providerKey: string;
  readonly date: IsoDate;
  readonly session: HalfDay;
  /** The placement's row on Placements when read. */
  readonly rowNumber: number;
}

/** `date|AP-0001|AM`: how a session is known wherever it is compared. */
export function sessionKey(date: string, placementId: string, session: string): string {
  return `${date}|${placementId.toUpperCase()}|${session}`;
}

/** An Active placement between its start and its actual (or planned) end, on a school day. */
function expectedOf(p: PlacementOnDay, day: ReminderDay, date: IsoDate): ExpectedSession[] {
  const { placement, sessions } = p.context;
  const id = placement.placementId;
  const providerKey = nameKey(placement.provider);
  if (placement.status !== 'Active' || !id || !providerKey) return [];
  if (!isIsoDate(placement.startDate) || date < placement.startDate) return [];
  const end = placement.actualEndDate ?? placement.plannedEndDate;
  if (isIsoDate(end) && date > end) return [];
  if (!day.index.calendar.isSchoolDay(date)) return [];
  return sessionsOn(sessions, date).map((session) => ({
    placementId: id,
    initials: initials(placement.pupilName),
    provider: placement.provider ?? '',
    providerKey,
    date,
    session,
    rowNumber: p.row.rowNumber,
  }));
}

/** Every expected session on `date`, in Placement ID then session order. */
export function expectedSessionsOn(day: ReminderDay, date: IsoDate): ExpectedSession[] {
  return day.placements
    .flatMap((p) => expectedOf(p, day, date))
    .sort((a, b) =>
      a.placementId === b.placementId
        ? a.session.localeCompare(b.session)
        : a.placementId < b.placementId
          ? -1
          : 1,
    );
}

/** The providers (by nameKey) with at least one Active placement today, with the name as typed. */
export function providersWithActivePlacements(day: ReminderDay): Map<string, string> {
  const providers = new Map<string, string>();
  for (const p of day.placements) {
    const { placement } = p.context;
    const key = nameKey(placement.provider);
    if (placement.status !== 'Active' || !key || providers.has(key)) continue;
    providers.set(key, p.context.provider?.provider ?? placement.provider ?? '');
  }
  return providers;
}
