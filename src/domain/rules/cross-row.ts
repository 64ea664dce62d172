// Checks between placement rows: a Placement ID twice, a pupil in two places at once (DOMAIN.md §5).
import { sessionKey, type WeeklySessions } from '../calendar/sessions';
import type { Placement } from '../sheets/placements';
import type { Provider } from '../sheets/providers';
import { nameKey, PLACEMENT } from './context';
import { error, warning, type Problem } from './problem';
import { isFullTime } from './provider-registration';
import { upnKey } from './upn';

/** A setting educating this many pupils full time must be registered (DOMAIN.md §3). */
export const MOST_UNREGISTERED_FULL_TIME = 4;

/** The Placements columns the rules between rows read (on edit, all other rows need only these). */
export const CROSS_ROW_COLUMNS = [
  'placementId',
  'status',
  'upn',
  'sessions',
  'provider',
  'hoursPerWeek',
] as const;

export interface PlacementRowFacts {
  readonly rowNumber: number;
  readonly placement: Placement;
  readonly sessions: WeeklySessions;
  readonly provider: Provider | undefined;
}

function rowList(rowNumbers: readonly number[]): string {
  if (rowNumbers.length === 1) return `row ${rowNumbers[0]}`;
  return `rows ${rowNumbers.slice(0, -1).join(', ')} and ${rowNumbers[rowNumbers.length - 1]}`;
}

function groupBy<K>(
  rows: readonly PlacementRowFacts[],
  keyOf: (row: PlacementRowFacts) => K | undefined,
): Map<K, PlacementRowFacts[]> {
  const groups = new Map<K, PlacementRowFacts[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Every problem found between rows, by row number. */
export function crossRowProblems(rows: readonly PlacementRowFacts[]): Map<number, Problem[]> {
  const found = new Map<number, Problem[]>();
  const add = (rowNumber: number, problem: Problem) => {
    const list = found.get(rowNumber);
    if (list) list.push(problem);
    else found.set(rowNumber, [problem]);
  };

  // The same Placement ID twice (an error): IDs are the add-on's and never reused.
  for (const [id, group] of groupBy(rows, (row) => row.placement.placementId)) {
    if (group.length < 2) continue;
    for (const row of group) {
      const others = group.filter((other) => other !== row).map((other) => other.rowNumber);
      add(
        row.rowNumber,
        error(
          PLACEMENT.placementId,
          `${id} is also on ${rowList(others)} — each placement needs its own ID: delete the duplicate row, or clear this Placement ID so the add-on gives the row a new one`,
        ),
      );
    }
  }

  // The same UPN on two Active placements sharing a session (a warning).
  const active = rows.filter((row) => row.placement.status === 'Active');
  const byUpn = groupBy(active, (row) => upnKey(row.placement.upn));
  for (const group of byUpn.values()) {
    if (group.length < 2) continue;
    for (const row of group) {
      const mine = new Set(row.sessions.sessions.map(sessionKey));
      for (const other of group) {
        if (other === row) continue;
        const shared = other.sessions.sessions.map(sessionKey).filter((key) => mine.has(key));
        if (shared.length === 0) continue;
        add(
          row.rowNumber,
          warning(
            PLACEMENT.upn,
            `this pupil is also Active on row ${other.rowNumber}${other.placement.placementId ? ` (${other.placement.placementId})` : ''} in the same sessions (${shared.join(', ')}) — correct the Sessions, or end one of the placements`,
            [PLACEMENT.upn, PLACEMENT.sessions],
          ),
        );
      }
    }
  }

  // Five or more pupils full time at one unregistered setting (a warning: it must register).
  const fullTimeUnregistered = active.filter(
    (row) =>
      row.provider?.registration === 'Unregistered' && isFullTime(row.placement.hoursPerWeek),
  );
  const byProvider = groupBy(fullTimeUnregistered, (row) => nameKey(row.provider?.provider));
  for (const group of byProvider.values()) {
    const pupils = new Set(group.map((row) => upnKey(row.placement.upn) ?? `row ${row.rowNumber}`));
    if (pupils.size <= MOST_UNREGISTERED_FULL_TIME) continue;
    for (const row of group) {
      add(
        row.rowNumber,
        warning(
          PLACEMENT.provider,
          `${row.provider?.provider ?? 'this provider'} is unregistered and has ${pupils.size} pupils Active full time — a setting educating 5 or more pupils full time must be registered as an independent school (DfE registration rules); reduce hours or use a registered provider`,
          [PLACEMENT.provider, PLACEMENT.hoursPerWeek],
        ),
      );
    }
  }
  return found;
}
