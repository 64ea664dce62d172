// What one reminder is: who must act, on which row, how soon, and what to do (DOMAIN.md §7).
import type { IsoDate } from '../cells';

/** The people DOMAIN.md §7 sends reminders to, in the school's words. */
export type RecipientRole = 'pastoral lead' | 'attendance lead' | 'DSL' | 'Head Teacher' | 'SENDCO';

/** Most pressing first: the order a digest lists them in. */
export const URGENCIES = ['urgent', 'today', 'soon', 'info'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** One kind per reminder of DOMAIN.md §7. */
export type ReminderKind =
  | 'missing attendance'
  | 'absence not followed up'
  | 'review due'
  | 'review overdue'
  | 'review overdue 5 days'
  | 'safeguarding concern'
  | 'safeguarding confirmation expiry'
  | 'insurance expiry'
  | 'QA visit overdue'
  | 'starting with checklist incomplete'
  | 'ending soon'
  | 'Monday summary'
  | 'reminders stopped'
  | 'Log altered'
  | 'provider message';

/** The row a reminder links to. */
export interface ReminderSubject {
  readonly sheet: 'Placements' | 'Providers' | 'Attendance' | 'Provider returns';
  readonly rowNumber: number;
  readonly placementId?: string;
  readonly provider?: string;
}

/** The Monday figures for the Head Teacher (policy P9: monitoring by senior leaders). */
export interface MondayFigures {
  readonly placementsByStatus: Readonly<Record<string, number>>;
  /** Attending sessions (Present, Late) over sessions marked this half-term; undefined with none. */
  readonly attendanceThisHalfTerm: {
    readonly attended: number;
    readonly marked: number;
    readonly percent: number | undefined;
  };
  readonly reviewsDue: number;
  readonly reviewsOverdue: number;
  /** Placements ended or terminated this school year (from 1 September), by Destination. */
  readonly outcomesThisYear: {
    readonly ended: number;
    readonly terminated: number;
    readonly destinations: Readonly<Record<string, number>>;
  };
  /** This school year's reviews held on time and late, and cost to date in pounds (the evaluation's). */
  readonly thisYear: {
    readonly reviewsOnTime: number;
    readonly reviewsLate: number;
    readonly costToDate: number;
  };
}

export interface ReminderItem {
  /**
   * Stable for the same reminder to the same role on the same day, e.g.
   * `absence:AP-0007:2026-11-30:AM:pastoral@2026-11-30`; an escalation has its own role, so its own key.
   */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly recipientRole: RecipientRole;
  /** When the intended person's email is missing, the DSL gets the item on their behalf. */
  readonly onBehalfOf?: RecipientRole;
  readonly recipient: string;
  readonly subject: ReminderSubject;
  readonly urgency: Urgency;
  /** One plain sentence. */
  readonly whatToDo: string;
  readonly figures?: MondayFigures;
}

/** What a reminder produced, and what stopped an item reaching anybody (no DSL email). */
export interface Reminders {
  readonly items: readonly ReminderItem[];
  readonly problems: readonly string[];
}

/** The short word a role has in keys. */
export const ROLE_KEYS: Readonly<Record<RecipientRole, string>> = {
  'pastoral lead': 'pastoral',
  'attendance lead': 'attendance',
  DSL: 'dsl',
  'Head Teacher': 'head',
  SENDCO: 'sendco',
};

/** The key of a reminder to a role on a day: its parts, the role, then the day it is sent. */
export function reminderKey(parts: readonly string[], role: RecipientRole, today: IsoDate): string {
  return `${[...parts, ROLE_KEYS[role]].join(':')}@${today}`;
}
