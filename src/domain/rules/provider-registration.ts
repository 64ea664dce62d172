// Placements at unregistered settings: the DfE registration rules and voluntary standards (Aug 2025).
import { addDays, isIsoDate } from '../calendar/iso-date';
import { isFinished, PLACEMENT, type PlacementContext, type PlacementRule } from './context';
import { warning, type Problem } from './problem';

/** About 18 hours a week is treated as full time (DOMAIN.md §3, provider registration). */
export const FULL_TIME_HOURS = 18;
/** Voluntary standards: at most 12 weeks full time; counted as 60 school days. */
export const LONGEST_FULL_TIME_SCHOOL_DAYS = 60;
/** Longer placements part time only: up to 2 days or 4 sessions a week. */
export const MOST_PART_TIME_SESSIONS = 4;

export function isFullTime(hoursPerWeek: number | undefined): boolean {
  return hoursPerWeek !== undefined && hoursPerWeek >= FULL_TIME_HOURS;
}

/** School days from the Start date to the Planned end date, both included. */
function plannedSchoolDays({ placement, calendar }: PlacementContext): number | undefined {
  const { startDate: start, plannedEndDate: end } = placement;
  const dayAfterEnd = isIsoDate(end) ? addDays(end, 1) : undefined;
  return isIsoDate(start) && dayAfterEnd
    ? calendar.schoolDaysBetween(start, dayAfterEnd)
    : undefined;
}

/**
 * Warnings, never blocks (DOMAIN.md §5): a setting educating a looked-after or EHCP pupil full time
 * must be registered as an independent school; the voluntary standards plan at most 12 weeks full
 * time, or longer part-time placements of up to 2 days or 4 sessions a week.
 */
export const unregisteredProviderLimits: PlacementRule = (context) => {
  const { placement, provider, sessions } = context;
  if (provider?.registration !== 'Unregistered' || isFinished(placement.status)) return [];
  const name = provider.provider ?? placement.provider ?? 'the provider';
  const problems: Problem[] = [];
  const fullTime = isFullTime(placement.hoursPerWeek);
  const needsRegistered = placement.lookedAfter === true || placement.senStatus === 'EHCP';
  if (fullTime && needsRegistered) {
    const who =
      placement.lookedAfter === true ? 'a looked-after pupil' : 'a pupil with an EHC plan';
    problems.push(
      warning(
        PLACEMENT.provider,
        `${name} is unregistered, and a setting that educates ${who} full time (${FULL_TIME_HOURS} hours a week or more) must be registered as an independent school — reduce the Hours per week or choose a registered provider (DfE registration rules)`,
        [PLACEMENT.provider, PLACEMENT.hoursPerWeek],
      ),
    );
  }
  const days = plannedSchoolDays(context);
  if (days === undefined || days <= LONGEST_FULL_TIME_SCHOOL_DAYS) return problems;
  if (fullTime) {
    problems.push(
      warning(
        PLACEMENT.provider,
        `${name} is unregistered and this placement is full time for more than 12 weeks (${days} school days) — the DfE's voluntary standards (August 2025) plan at most 12 weeks full time; shorten it or make it part time`,
        [PLACEMENT.provider, PLACEMENT.hoursPerWeek, PLACEMENT.plannedEndDate],
      ),
    );
  } else if (sessions.sessions.length > MOST_PART_TIME_SESSIONS) {
    problems.push(
      warning(
        PLACEMENT.provider,
        `${name} is unregistered and this placement runs for more than 12 weeks with ${sessions.sessions.length} sessions a week — the DfE's voluntary standards (August 2025) allow longer placements of up to 2 days or 4 sessions a week`,
        [PLACEMENT.provider, PLACEMENT.sessions, PLACEMENT.plannedEndDate],
      ),
    );
  }
  return problems;
};

/** A Proposed placement naming a provider Providers does not have (a warning until it is Agreed). */
export const proposedProviderListed: PlacementRule = ({ placement, provider }) => {
  if (placement.status !== 'Proposed' || provider || placement.provider === undefined) return [];
  return [
    warning(
      PLACEMENT.provider,
      `'${placement.provider}' is not on the Providers sheet — add it there (or correct the name) before the placement is Agreed`,
    ),
  ];
};
