// How the sidebar names a placement in a line: "AP-0007 Jordan Blake", or its row when it has no ID.
import type { Placement } from '../sheets/placements';

/** The Placement ID and pupil's name; "Placements row 12" stands in for a missing ID. */
export function placementLabel(placement: Placement, rowNumber: number): string {
  const id = placement.placementId ?? `Placements row ${rowNumber}`;
  return placement.pupilName ? `${id} ${placement.pupilName}` : id;
}

/** "1 session", "3 sessions". */
export function counted(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
