// Whether reminders are on, in one sentence for the menu's status item and the sidebar.
import { formatDate } from '../calendar/iso-date';

export interface ReminderStatusLike {
  readonly on: boolean;
  readonly owner: string;
  /** The workbook's wall time, 'YYYY-MM-DD HH:mm:ss'. */
  readonly since: string;
  readonly changedBy?: string;
}

/** "2 Dec 2026 at 07:15" from the workbook's wall time ('YYYY-MM-DD HH:mm:ss'); else the text as is. */
function when(moment: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(moment);
  return match ? `${formatDate(match[1])} at ${match[2] ?? ''}` : moment;
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
): string {
  if (!status) return 'Reminders are off: they have never been turned on for this workbook.';
  if (!status.on) {
    const by = status.changedBy ? ` by ${owner(status.changedBy)}` : '';
    return `Reminders are off (turned off${by} on ${when(status.since)}).`;
  }
  const text = `Reminders are on since ${when(status.since)}, sent by ${owner(status.owner)}'s hourly trigger.`;
  if (viewer && viewer.user !== '' && viewer.user === status.owner && !viewer.mine) {
    return `${text} But that trigger is missing: choose Reminders > Turn reminders on again.`;
  }
  return text;
}
