// Which placements "Archive the year" moves: those that ended by the end of the year being archived.
import type { IsoDate } from '../cells';
import { addMonths } from '../calendar/iso-date';
import type { Placement } from '../sheets/placements';
import type { TableRow } from '../table';
import { idOf } from './archive-plan';
import type { SchoolYear } from './school-year';

const FINISHED = new Set(['Ended', 'Terminated']);

export interface MovingPlacements {
  readonly ids: ReadonlySet<string>;
  /** Finished placements left live, with why (for the person and the Log, IDs only). */
  readonly keptBack: readonly string[];
}

/**
 * Placements whose Status is Ended or Terminated with an Actual end date on or before the last day
 * of the year archived (a placement that ended in an earlier year and was never archived goes too).
 * A row whose Placement ID appears twice stays live: which of the two is the record is for a
 * person to settle, and the add-on never guesses.
 */
export function movingPlacements(
  rows: readonly TableRow<Pick<Placement, 'placementId' | 'status' | 'actualEndDate'>>[],
  year: SchoolYear,
): MovingPlacements {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = idOf(row.record.placementId);
    if (id !== '') seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  const ids = new Set<string>();
  const keptBack: string[] = [];
  for (const { record, rowNumber } of rows) {
    if (!record.status || !FINISHED.has(record.status)) continue;
    const id = idOf(record.placementId);
    const end = record.actualEndDate;
    if (id === '') {
      keptBack.push(`row ${rowNumber} has no Placement ID`);
    } else if ((seen.get(id) ?? 0) > 1) {
      keptBack.push(`${id} is on more than one row of Placements`);
    } else if (!end) {
      keptBack.push(`${id} has no Actual end date`);
    } else if (end <= year.last) {
      ids.add(id);
    }
  }
  return { ids, keptBack };
}

/**
 * Attendance register entries are kept for six years from the date of the entry (the School
 * Attendance (Pupil Registration) (England) Regulations 2024, regulation 7; see docs/records.md):
 * an archive is kept until six years after the last attendance entry in it.
 */
export const RETENTION_YEARS = 6;

export function keepUntil(lastEntry: IsoDate): IsoDate | undefined {
  return addMonths(lastEntry, RETENTION_YEARS * 12);
}
