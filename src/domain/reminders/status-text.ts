// Whether reminders are on, in one sentence for the menu's status item and the sidebar.
import { formatMoment } from '../calendar/iso-date';

export interface ReminderStatusLike {
  readonly on: boolean;
  readonly owner: string;
  /** The workbook's wall time, 'YYYY-MM-DD HH:mm:ss'. */
  readonly since: string;
  readonly changedBy?: string;
}

/** Hours from one wall time 'YYYY-MM-DD HH:mm:ss' to another (a clock change can put it an hour out). */
function hoursBetween(from: string, to: string): number | undefined {
  const ms = (text: string) => Date.parse(`${text.replace(' ', 'T')}Z`);
  const hours = (ms(to) - ms(from)) / 3_600_000;
  return Number.isFinite(hours) ? hours : undefined;
}

/**
 * The trigger runs every hour, so more than this without a run means it stopped (issue 12: the
 * owner left, lost access or revoked the add-on; PLATFORM.md: their trigger stops silently).
 */
export const STOPPED_AFTER_HOURS = 2;

/** The hourly trigger's last run, as the workbook's wall time, and whose it was. */
export interface LastRunLike {
  readonly at: string;
  readonly by: string;
}

/**
 * Since when reminders have not run, when they are on and no run has happened for more than
 * STOPPED_AFTER_HOURS on a school day (from the last run, or from turning on when none has run);
 * undefined while they run. `now` is the workbook's wall time.
 */
export function remindersStoppedSince(
  status: ReminderStatusLike | undefined,
  lastRun: LastRunLike | undefined,
  now: string,
  schoolDay: boolean,
): string | undefined {
  if (!status?.on || !schoolDay) return undefined;
  // A run from before reminders were last turned on says nothing about the trigger made then.
  const base = lastRun && lastRun.at >= status.since ? lastRun.at : status.since;
  const hours = hoursBetween(base, now);
  return hours !== undefined && hours > STOPPED_AFTER_HOURS ? base : undefined;
}

function owner(email: string): string {
  return email === '' ? 'an account Google does not name' : email;
}

/**
 * One sentence: on or off, since when, whose trigger. `mine` says whether this user's own trigger
 * exists, so a status that says on while the owner's trigger is gone is caught.
 */
export function describeStatus(
  status: ReminderStatusLike | undefined,
  viewer: { readonly mine: boolean; readonly user: string } | undefined = undefined,
  run: { readonly lastRun?: LastRunLike; readonly stoppedSince?: string } = {},
): string {
  if (!status) return 'Reminders are off: they have never been turned on for this workbook.';
  if (!status.on) {
    const by = status.changedBy ? ` by ${owner(status.changedBy)}` : '';
    return `Reminders are off (turned off${by} on ${formatMoment(status.since)}).`;
  }
  const lastRun =
    run.lastRun && run.lastRun.at >= status.since
      ? `; last run ${formatMoment(run.lastRun.at)}`
      : '';
  const text = `Reminders are on since ${formatMoment(status.since)}, sent by ${owner(status.owner)}'s hourly trigger${lastRun}.`;
  if (viewer && viewer.user !== '' && viewer.user === status.owner && !viewer.mine) {
    return `${text} But that trigger is missing: choose Reminders > Turn reminders on again.`;
  }
  if (run.stoppedSince !== undefined) {
    const none =
      lastRun === ''
        ? 'No run has happened since then'
        : `No run since ${formatMoment(run.stoppedSince)}`;
    return `${text} ${none}: reminders have stopped (the trigger's owner may have left, lost access or removed the add-on). Take them over with Reminders > Turn reminders on, so they are sent from your account.`;
  }
  return text;
}
