// What every placement rule is given: the row, its provider, the calendar, today and its reviews.
import { comparable, type IsoDate } from '../cells';
import type { ReviewDue } from '../calendar/next-review';
import type { SchoolCalendar } from '../calendar/school-calendar';
import type { WeeklySessions } from '../calendar/sessions';
import { Placements, type Placement, type PlacementStatus } from '../sheets/placements';
import { Providers, type Provider } from '../sheets/providers';
import { headersOf, type Problem } from './problem';
import type { IncompleteReview } from './review-rows';

/** Placements headers by key: PLACEMENT.upn is 'UPN' (DOMAIN.md §4). */
export const PLACEMENT = headersOf(Placements);
/** Providers headers by key. */
export const PROVIDER = headersOf(Providers);

export interface PlacementContext {
  readonly placement: Placement;
  /** The Providers row whose name matches the placement's Provider, if there is one. */
  readonly provider: Provider | undefined;
  /** The Sessions cell read once for every rule that needs it. */
  readonly sessions: WeeklySessions;
  readonly calendar: SchoolCalendar;
  readonly today: IsoDate;
  /** The latest date up to today of a Reviews row for this Placement ID that counts as a review. */
  readonly lastReview: IsoDate | undefined;
  /** Reviews rows held since then that do not count (a blank Decision...), newest first. */
  readonly incompleteReviews: readonly IncompleteReview[];
  /** Next review due as computed (DOMAIN.md §3.2), and why term dates could not be used. */
  readonly review: ReviewDue;
  /** True when a Reviews row for this placement decided "Terminate placement". */
  readonly terminationDecided: boolean;
}

export type PlacementRule = (context: PlacementContext) => Problem[];

/** The placement is running: the school must be watching it every day (policy P13, P14). */
export function isRunning(status: PlacementStatus | undefined): boolean {
  return status === 'Active' || status === 'Paused';
}

export function isFinished(status: PlacementStatus | undefined): boolean {
  return status === 'Ended' || status === 'Terminated';
}

/** A blank cell as read (a number 0 or No is an answer, not a blank). */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** How two names are compared (a provider typed in any case or spacing); undefined for a blank. */
export function nameKey(name: unknown): string | undefined {
  const key = typeof name === 'string' ? comparable(name) : '';
  return key === '' ? undefined : key;
}
