// What a provider's form says on a day: its title, its questions (Placement ID and initials only), and how they read back.
import type { IsoDate } from '../cells';
import { formatDate } from '../calendar/iso-date';
import type { HalfDay } from '../calendar/sessions';
import type { ExpectedSession } from './expected';

/** The choices of each session's question, in the words providers use. */
export const MARK_CHOICES = ['Present', 'Late', 'Absent', 'No session today'] as const;
export type MarkChoice = (typeof MARK_CHOICES)[number];

/** The free-text question every form ends with: routed to the DSL as a possible concern. */
export const MESSAGE_TITLE = 'Anything the school must know today';

/**
 * The first question: the day the answers are for, its one choice today's date. The answer is
 * kept in the response as sent, so an answer read or edited after the questions moved on to the
 * next day still says its own day (a question's title is always its current one).
 */
export const DAY_TITLE = 'Day of this return';

const REASON_SUFFIX = ': reason if absent or late';
const HALVES: Readonly<Record<HalfDay, string>> = { AM: 'morning', PM: 'afternoon' };

export interface SessionQuestion {
  readonly placementId: string;
  readonly session: HalfDay;
  /**
   * The multiple-choice question: "AP-0003 (J.S.), morning". The same question serves the same
   * session every day (the responses sheet gets a column per question ever asked, so questions
   * are kept, not made afresh daily).
   */
  readonly markTitle: string;
  /** The short-answer question beside it. */
  readonly reasonTitle: string;
}

export interface FormContent {
  readonly title: string;
  readonly description: string;
  readonly confirmation: string;
  /** Shown when the form is closed (no pupil placed with the provider just now). */
  readonly closedMessage: string;
  /** The Day question's one choice: "Mon 7 Dec 2026". */
  readonly day: string;
  readonly questions: readonly SessionQuestion[];
}

/** "AP-0003 (J.S.), morning": the session named without the pupil's name. */
export function markTitle(
  s: Pick<ExpectedSession, 'placementId' | 'initials' | 'session'>,
): string {
  const who = s.initials ? `${s.placementId} (${s.initials})` : s.placementId;
  return `${who}, ${HALVES[s.session]}`;
}

/** The form's title: the provider and the school, never a pupil. */
export function formTitle(provider: string, schoolName: string | undefined): string {
  return `${provider}: attendance for ${schoolName?.trim() || 'the school'}`;
}

/**
 * The day's form for one provider. On a day with no sessions expected it still takes a message
 * for the school; the questions change each school day, the title and link never do.
 */
export function formContent(
  provider: string,
  schoolName: string | undefined,
  date: IsoDate,
  sessions: readonly ExpectedSession[],
): FormContent {
  const school = schoolName?.trim() || 'the school';
  const questions = sessions.map((s) => {
    const title = markTitle(s);
    return {
      placementId: s.placementId,
      session: s.session,
      markTitle: title,
      reasonTitle: `${title}${REASON_SUFFIX}`,
    };
  });
  const today = formatDate(date);
  const what =
    questions.length === 0
      ? `No sessions are expected from ${school}'s pupils on ${today}.`
      : `For each session on ${today}, choose Present, Late, Absent or No session today. Pupils are shown by placement ID and initials only. If a pupil is absent or late, give the reason if you know it.`;
  return {
    title: formTitle(provider, schoolName),
    description: [
      what,
      `Use "${MESSAGE_TITLE}" for any worry about a pupil's safety or wellbeing: ${school}'s Designated Safeguarding Lead is told at once. In an emergency, phone ${school} as well.`,
      'You can change your answers after sending them with the link Google gives you; the school sees the change.',
    ].join('\n\n'),
    confirmation: `Thank you. ${school} has your return.`,
    closedMessage: `No pupils from ${school} are placed with you at the moment, so there is nothing to report.`,
    day: today,
    questions,
  };
}

export interface ParsedQuestion {
  readonly kind: 'mark' | 'reason';
  readonly placementId: string;
  readonly session: HalfDay;
}

const TITLE = /^(AP-\d{4,})(?: \([^()]*\))?, (morning|afternoon)(: reason if absent or late)?$/;

/** Which session a question of ours is about, read back from its title; undefined for any other. */
export function parseQuestion(title: string): ParsedQuestion | undefined {
  const match = TITLE.exec(title.trim());
  if (!match) return undefined;
  const [, id, half, reason] = match;
  return {
    kind: reason ? 'reason' : 'mark',
    placementId: id ?? '',
    session: half === 'morning' ? 'AM' : 'PM',
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})$/;

/** The day a Day answer names ("Mon 7 Dec 2026" → 2026-12-07); undefined for anything else. */
export function parseDay(answer: string): IsoDate | undefined {
  const match = DAY.exec(answer.trim());
  if (!match) return undefined;
  const [, day, month, year] = match;
  const m = MONTHS.indexOf(month ?? '') + 1;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
