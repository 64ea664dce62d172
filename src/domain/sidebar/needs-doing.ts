// What a placement needs doing, most pressing first (issue 11, item 3): what the reminders chase as
// urgent, then the other errors; and its warnings, each naming its column once.
import { formatDate } from '../calendar/iso-date';
import { spellOutPolicy } from '../policy';
import { lookbackDays, missingSessionsOf } from '../reminders/attendance';
import type { PlacementOnDay } from '../reminders/reminder-day';
import type { Problem } from '../rules/problem';
import { concernReviewed, reviewOverdue } from '../rules/reviews';
import type {
  AbsenceEntry,
  CheckEntry,
  NeedsDoing,
  NeedsDoingKind,
} from '../../shared/sidebar-api';
import { counted } from './labels';
import type { SidebarDay } from './sidebar-day';

/** How many sessions a line names; the Attendance section below has every absence. */
export const SESSIONS_NAMED = 3;

/** The problem's words without the column it opens with (the sidebar shows the column in front). */
function withoutColumn(problem: Problem): string {
  const prefix = `${problem.column}: `;
  return problem.message.startsWith(prefix)
    ? problem.message.slice(prefix.length)
    : problem.message;
}

/** A check as the sidebar shows it: its column once, and the policy point spelt out. */
export function checkEntry(problem: Problem): CheckEntry {
  return {
    severity: problem.severity,
    column: problem.column,
    message: spellOutPolicy(withoutColumn(problem)),
  };
}

function entry(kind: NeedsDoingKind, problem: Problem): NeedsDoing {
  const { column, message } = checkEntry(problem);
  return { kind, column, message };
}

/** "Mon 19 Jan 2026 PM, Tue 20 Jan 2026 AM and 2 more". */
function sessionsNamed(sessions: readonly { date: string; session: string }[]): string {
  const named = sessions
    .slice(0, SESSIONS_NAMED)
    .map(({ date, session }) => `${formatDate(date)}${session ? ` ${session}` : ''}`);
  const more = sessions.length - named.length;
  const last = more > 0 ? `${more} more` : (named.pop() ?? '');
  return named.length === 0 ? last : `${named.join(', ')} and ${last}`;
}

/** Absences nobody followed up (P13), the oldest first, as one line. */
function absencesLine(absences: readonly AbsenceEntry[]): NeedsDoing[] {
  if (absences.length === 0) return [];
  const [what, each] =
    absences.length === 1
      ? [`absent ${sessionsNamed(absences)} and not followed up`, 'it']
      : [
          `${counted(absences.length, 'absence')} not followed up: ${sessionsNamed(absences)}`,
          'each',
        ];
  return [
    {
      kind: 'absences',
      column: 'Attendance',
      message: spellOutPolicy(
        `${what} — find out why, then record ${each} with Follow up under Attendance below (P13)`,
      ),
    },
  ];
}

/** Sessions the provider never reported, over the days the reminders chase them (the last ten). */
function returnsMissingLine(sd: SidebarDay, p: PlacementOnDay): NeedsDoing[] {
  const { today, hour, index } = sd.day;
  const days = lookbackDays(index.calendar, today);
  const missing = missingSessionsOf(p, days, today, hour, sd.recorded);
  if (missing.length === 0) return [];
  const provider = p.row.record.provider ?? 'the provider';
  const sessions = missing.map(({ date, half }) => ({ date, session: half }));
  return [
    {
      kind: 'returns missing',
      column: 'Attendance',
      message: spellOutPolicy(
        `no return from ${provider} for ${sessionsNamed(sessions)} — ask whether the pupil attended and record each session on Attendance, so any absence is followed up (P13)`,
      ),
    },
  ];
}

/**
 * Urgent first, in the order the reminders rank them: a safeguarding concern awaiting review
 * (P15), the review overdue (P14), absences not followed up, returns missing; then every other
 * error of the checks (`problems`, Validate all's for this row). The concern and the review are
 * the rules' own errors, so each shows once.
 */
export function needsDoing(
  sd: SidebarDay,
  p: PlacementOnDay,
  problems: readonly Problem[],
  absences: readonly AbsenceEntry[],
): NeedsDoing[] {
  const concern = concernReviewed(p.context);
  const overdue = reviewOverdue(p.context);
  const urgent = new Set([...concern, ...overdue].map((problem) => problem.message));
  const otherErrors = problems.filter(
    (problem) => problem.severity === 'error' && !urgent.has(problem.message),
  );
  return [
    ...concern.map((problem) => entry('concern', problem)),
    ...overdue.map((problem) => entry('review overdue', problem)),
    ...absencesLine(absences),
    ...returnsMissingLine(sd, p),
    ...otherErrors.map((problem) => entry('error', problem)),
  ];
}

/** The checks that inform, in the order found. */
export function warnings(problems: readonly Problem[]): CheckEntry[] {
  return problems.filter((problem) => problem.severity === 'warning').map(checkEntry);
}
