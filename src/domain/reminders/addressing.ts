// Who gets a reminder: emails from the row and Settings, and the DSL when one is missing (DOMAIN.md §7).
import type { IsoDate } from '../cells';
import type { Settings } from '../sheets/settings';
import {
  reminderKey,
  type ReminderItem,
  type ReminderKind,
  type Reminders,
  type ReminderSubject,
  type RecipientRole,
  type Urgency,
} from './reminder-item';

export type ReminderSettings = Pick<
  Settings,
  | 'dslEmail'
  | 'headTeacherEmail'
  | 'sendcoEmail'
  | 'headOfPastoralCareEmail'
  | 'attendanceLeadEmail'
  | 'reviewReminderDays'
  | 'expiryWarningDays'
>;

/** A reminder before it is addressed: everything but the recipient. */
export interface Draft {
  readonly kind: ReminderKind;
  /** What identifies the reminder in its key, e.g. ['absence', 'AP-0007', '2026-11-30', 'AM']. */
  readonly keyParts: readonly string[];
  readonly subject: ReminderSubject;
  readonly urgency: Urgency;
  readonly whatToDo: string;
  /** The Pastoral lead email on the placement's row, if the reminder is about a placement. */
  readonly pastoralLeadEmail?: string;
  readonly figures?: ReminderItem['figures'];
}

const SETTING_OF: Readonly<
  Record<Exclude<RecipientRole, 'pastoral lead'>, keyof ReminderSettings>
> = {
  'attendance lead': 'attendanceLeadEmail',
  DSL: 'dslEmail',
  'Head Teacher': 'headTeacherEmail',
  SENDCO: 'sendcoEmail',
};

const SETTING_NAME: Readonly<Record<Exclude<RecipientRole, 'pastoral lead'>, string>> = {
  'attendance lead': 'Attendance lead email',
  DSL: 'DSL email',
  'Head Teacher': 'Head teacher email',
  SENDCO: 'SENDCO email',
};

function filled(email: unknown): string | undefined {
  return typeof email === 'string' && email.trim() !== '' ? email.trim() : undefined;
}

/**
 * The email for a role, or what is missing in words staff can fix. The pastoral lead is the row's
 * Pastoral lead email, else the Head of Pastoral Care (policy P4: contact goes through them).
 */
function emailFor(
  settings: ReminderSettings,
  role: RecipientRole,
  draft: Draft,
): { email: string } | { missing: string } {
  if (role === 'pastoral lead') {
    const email = filled(draft.pastoralLeadEmail) ?? filled(settings.headOfPastoralCareEmail);
    if (email) return { email };
    const row =
      draft.subject.sheet === 'Placements'
        ? `Pastoral lead email on Placements row ${draft.subject.rowNumber}`
        : 'Pastoral lead email on the placement';
    return { missing: `${row} and Head of Pastoral Care email on Settings are blank` };
  }
  const email = filled(settings[SETTING_OF[role]]);
  return email ? { email } : { missing: `${SETTING_NAME[role]} on Settings is blank` };
}

/**
 * One item per role. A role without an email is never dropped: the DSL gets the item, saying whose
 * email is missing; with no DSL email either, the result says so as a problem.
 */
export function addressTo(
  settings: ReminderSettings,
  today: IsoDate,
  draft: Draft,
  roles: readonly RecipientRole[],
): Reminders {
  const items: ReminderItem[] = [];
  const problems: string[] = [];
  const dsl = filled(settings.dslEmail);
  for (const role of roles) {
    const base = {
      key: reminderKey(draft.keyParts, role, today),
      kind: draft.kind,
      subject: draft.subject,
      urgency: draft.urgency,
      ...(draft.figures ? { figures: draft.figures } : {}),
    };
    const found = emailFor(settings, role, draft);
    if ('email' in found) {
      items.push({
        ...base,
        recipientRole: role,
        recipient: found.email,
        whatToDo: draft.whatToDo,
      });
    } else if (dsl && role !== 'DSL') {
      items.push({
        ...base,
        recipientRole: 'DSL',
        onBehalfOf: role,
        recipient: dsl,
        whatToDo: `For the ${role} (${found.missing}; fill it in and pass this on): ${draft.whatToDo}`,
      });
    } else {
      problems.push(
        `DSL email on Settings is blank, so reminders for the ${role} reach nobody; fill in DSL email`,
      );
    }
  }
  return { items, problems };
}

/** Joins results, each problem once. */
export function joinReminders(results: readonly Reminders[]): Reminders {
  return {
    items: results.flatMap((r) => r.items),
    problems: [...new Set(results.flatMap((r) => r.problems))],
  };
}
