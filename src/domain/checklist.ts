// What a placement still needs before its next status: the policy's checklist for the sidebar and documents.
import type { PlacementContext } from './rules/context';
import { REQUIREMENTS, unmetRequirements } from './rules/requirements';
import type { PlacementStatus } from './sheets/placements';

/** The status a placement normally moves to next (a blank one starts as Proposed; Paused resumes). */
export const NEXT_STATUS: ReadonlyMap<PlacementStatus | undefined, PlacementStatus> = new Map<
  PlacementStatus | undefined,
  PlacementStatus
>([
  [undefined, 'Proposed'],
  ['Proposed', 'Agreed'],
  ['Agreed', 'Active'],
  ['Active', 'Ended'],
  ['Paused', 'Active'],
]);

export interface ChecklistItem {
  /** In the policy's words: "Initial meeting", "LA notified", "Safeguarding confirmation". */
  readonly item: string;
  readonly done: boolean;
  /** False for what the policy recommends but does not require before the status. */
  readonly required: boolean;
  /** The columns that record it. */
  readonly columns: readonly string[];
  /** What is still to do, one line per missing thing ("blank — enter the date …"). */
  readonly todo: readonly string[];
}

export interface StatusChecklist {
  readonly status: PlacementStatus | undefined;
  readonly nextStatus: PlacementStatus | undefined;
  readonly items: readonly ChecklistItem[];
  /** True when every required item is done: the placement may move to nextStatus. */
  readonly ready: boolean;
}

/**
 * The checklist for the next status (policy P3, P7, P8, P10–P12): every item that status needs and
 * the current one did not, done or not, plus anything the current status needs and still lacks.
 * Items that do not concern this placement (transport checks when the family takes the pupil) are left out.
 */
export function statusChecklist(context: PlacementContext): StatusChecklist {
  const status = context.placement.status;
  const nextStatus = NEXT_STATUS.get(status);
  if (nextStatus === undefined) return { status, nextStatus, items: [], ready: true };

  const unmet = new Map(
    unmetRequirements(context, nextStatus, { blockingOnly: false }).map((u) => [
      u.requirement,
      u.reason,
    ]),
  );
  const byItem = new Map<string, { required: boolean; columns: string[]; todo: string[] }>();
  for (const requirement of REQUIREMENTS) {
    if (!requirement.neededFor.includes(nextStatus) || !requirement.appliesTo(context)) continue;
    const reason = unmet.get(requirement);
    const alreadyNeeded = status !== undefined && requirement.neededFor.includes(status);
    if (alreadyNeeded && reason === undefined) continue;
    const entry = byItem.get(requirement.item) ?? { required: false, columns: [], todo: [] };
    entry.required ||= requirement.blocking;
    if (!entry.columns.includes(requirement.column)) entry.columns.push(requirement.column);
    if (reason !== undefined) {
      entry.todo.push(
        reason === 'blank'
          ? `${requirement.column}: blank — ${requirement.fix}`
          : `${requirement.column}: ${reason} — ${requirement.fix}`,
      );
    }
    byItem.set(requirement.item, entry);
  }
  const items = [...byItem].map(([item, entry]) => ({
    item,
    done: entry.todo.length === 0,
    required: entry.required,
    columns: entry.columns,
    todo: entry.todo,
  }));
  return { status, nextStatus, items, ready: items.every((i) => i.done || !i.required) };
}
