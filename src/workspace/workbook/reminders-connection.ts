// The workbook each of this person's hourly triggers runs for: one user property, read in the clock run.
// An add-on's clock run has no document [reported], but it has the trigger owner's user properties,
// "accessible only by the current user, within this script" (https://developers.google.com/apps-script/guides/properties).

const KEY = 'remindersWorkbooks';
/** A person may run reminders for a few workbooks at most; older entries drop off. */
const KEPT = 20;

export interface RemindersConnection {
  readonly spreadsheetId: string;
  /** The hourly trigger's unique id (the clock run's event says which trigger started it). */
  readonly triggerId: string;
  /** Told when the run cannot reach the workbook: the DSL (from Settings when turned on) and the owner. */
  readonly tell: readonly string[];
  /** When runs began failing to reach the workbook ('YYYY-MM-DD HH:mm:ss', the script's zone), until one succeeds. */
  readonly unreachableSince?: string;
  /** Whether those people were told of it (once per outage). */
  readonly told?: boolean;
}

function isConnection(value: unknown): value is RemindersConnection {
  if (typeof value !== 'object' || value === null) return false;
  const { spreadsheetId, triggerId, tell } = value as Record<string, unknown>;
  return (
    typeof spreadsheetId === 'string' &&
    typeof triggerId === 'string' &&
    Array.isArray(tell) &&
    tell.every((address) => typeof address === 'string')
  );
}

function readAll(): RemindersConnection[] {
  const text = PropertiesService.getUserProperties().getProperty(KEY);
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isConnection) : [];
  } catch {
    return [];
  }
}

function writeAll(connections: readonly RemindersConnection[]): void {
  PropertiesService.getUserProperties().setProperty(KEY, JSON.stringify(connections.slice(-KEPT)));
}

/**
 * The workbook the trigger that started this run belongs to; without a trigger id (a run started
 * by hand), the one workbook this person runs reminders for, if there is exactly one.
 */
export function connectionFor(triggerId: string | undefined): RemindersConnection | undefined {
  const all = readAll();
  if (triggerId) return all.find((c) => c.triggerId === triggerId);
  return all.length === 1 ? all[0] : undefined;
}

/** Recorded when this person turns reminders on for a workbook (replacing what was there for it). */
export function recordConnection(connection: RemindersConnection): void {
  const others = readAll().filter(
    (c) => c.spreadsheetId !== connection.spreadsheetId && c.triggerId !== connection.triggerId,
  );
  writeAll([...others, connection]);
}

/** A change to one workbook's entry (unreachable since, told); nothing when it is not recorded. */
export function updateConnection(
  spreadsheetId: string,
  change: (connection: RemindersConnection) => RemindersConnection,
): void {
  const all = readAll();
  const at = all.findIndex((c) => c.spreadsheetId === spreadsheetId);
  const found = all[at];
  if (!found) return;
  const next = change(found);
  if (JSON.stringify(next) === JSON.stringify(found)) return;
  all[at] = next;
  writeAll(all);
}

/** Forgotten when this person turns reminders off, or a colleague took them over. */
export function forgetConnection(spreadsheetId: string): void {
  const all = readAll();
  const kept = all.filter((c) => c.spreadsheetId !== spreadsheetId);
  if (kept.length !== all.length) writeAll(kept);
}
