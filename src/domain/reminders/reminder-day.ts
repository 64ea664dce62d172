// What every reminder reads: the workbook snapshot, today and the hour, indexed once per run.
import type { IsoDate } from '../cells';
import {
  indexWorkbook,
  placementContext,
  type WorkbookIndex,
  type WorkbookSnapshot,
} from '../rules/check-placements';
import { nameKey, type PlacementContext } from '../rules/context';
import type { AttendanceRecord } from '../sheets/attendance';
import type { Placement } from '../sheets/placements';
import type { TableRow } from '../table';
import type { ReminderSettings } from './addressing';
import type { ReminderSubject } from './reminder-item';

/** The sheets the reminders read, as the table adapter read them, with Settings. */
export interface ReminderSnapshot extends Omit<WorkbookSnapshot, 'settings'> {
  readonly attendance: readonly TableRow<AttendanceRecord>[];
  readonly settings: ReminderSettings;
}

export interface PlacementOnDay {
  readonly row: TableRow<Placement>;
  readonly context: PlacementContext;
  /** The Placement ID, or `row-N` for a row still without one, so keys stay distinct. */
  readonly id: string;
  readonly subject: ReminderSubject;
}

export interface ReminderDay {
  readonly snapshot: ReminderSnapshot;
  readonly today: IsoDate;
  /** 0–23 in the school's time zone. */
  readonly hour: number;
  readonly index: WorkbookIndex;
  readonly placements: readonly PlacementOnDay[];
  readonly placementById: ReadonlyMap<string, PlacementOnDay>;
  /** Placements by their Provider as compared (nameKey), so a provider's are found at once. */
  readonly placementsByProvider: ReadonlyMap<string, readonly PlacementOnDay[]>;
}

// Every reminder of a run reads the same day: build it once per snapshot, today and hour.
const built = new WeakMap<ReminderSnapshot, Map<string, ReminderDay>>();

export function reminderDay(snapshot: ReminderSnapshot, today: IsoDate, hour: number): ReminderDay {
  const known = built.get(snapshot) ?? new Map<string, ReminderDay>();
  built.set(snapshot, known);
  const cached = known.get(`${today} ${hour}`);
  if (cached) return cached;
  const index = indexWorkbook(snapshot, today);
  const placements = snapshot.placements.map((row) => {
    const id = row.record.placementId ?? `row-${row.rowNumber}`;
    const provider = row.record.provider;
    return {
      row,
      context: placementContext(index, row.record),
      id,
      subject: {
        sheet: 'Placements' as const,
        rowNumber: row.rowNumber,
        ...(row.record.placementId ? { placementId: row.record.placementId } : {}),
        ...(provider ? { provider } : {}),
      },
    };
  });
  const placementById = new Map<string, PlacementOnDay>();
  const placementsByProvider = new Map<string, PlacementOnDay[]>();
  for (const p of placements) {
    if (!placementById.has(p.id)) placementById.set(p.id, p);
    const key = nameKey(p.row.record.provider);
    if (key === undefined) continue;
    const atProvider = placementsByProvider.get(key);
    if (atProvider) atProvider.push(p);
    else placementsByProvider.set(key, [p]);
  }
  const day = { snapshot, today, hour, index, placements, placementById, placementsByProvider };
  known.set(`${today} ${hour}`, day);
  return day;
}

/** The placements at a provider, matched the way the rules match them (case and spacing ignored). */
export function placementsAt(day: ReminderDay, provider: string | undefined): PlacementOnDay[] {
  const key = nameKey(provider);
  return key === undefined ? [] : [...(day.placementsByProvider.get(key) ?? [])];
}
