// Why a Status a person just chose is not allowed yet: marked as errors at once, never undone (issue 3).
import type { PlacementStatus } from '../sheets/placements';
import { PLACEMENT, type PlacementContext } from './context';
import { error, type Problem } from './problem';
import { unmetRequirements } from './requirements';

/** Where each status sits on the way from Proposed to Ended; Paused sits with Active. */
const STAGE = new Map<PlacementStatus | undefined, number>([
  ['Proposed', 0],
  ['Agreed', 1],
  ['Active', 2],
  ['Paused', 2],
  ['Ended', 3],
  ['Terminated', 3],
]);

/**
 * The reasons a change of Status is not allowed yet: a move forward (Proposed → Agreed → Active →
 * Ended, or Paused → Active) needs what the new status needs (DOMAIN.md §5). Pausing and
 * terminating are never refused: they are how the school acts on a safeguarding concern (P15).
 * Moving back (Active → Agreed) is a correction and is not refused either.
 */
export function forbiddenStatusChange(
  from: PlacementStatus | undefined,
  to: PlacementStatus | undefined,
  context: PlacementContext,
): Problem[] {
  if (to === undefined || to === from || to === 'Paused' || to === 'Terminated') return [];
  const resuming = from === 'Paused' && to === 'Active';
  const [before, after] = [STAGE.get(from), STAGE.get(to)];
  if (after === undefined) return [];
  if (!resuming && before !== undefined && after <= before) return [];
  return unmetRequirements(context, to, { blockingOnly: true }).map(({ requirement, reason }) =>
    error(
      PLACEMENT.status,
      `cannot be ${to} yet: ${requirement.column} ${reason === 'blank' ? 'is blank' : `— ${reason}`} — ${requirement.fix}`,
      [PLACEMENT.status, requirement.column],
    ),
  );
}
