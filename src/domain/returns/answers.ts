// A provider's response as the school reads it: each session's mark with its reason, the message, and anything else.
import type { IsoDate, IsoTimestamp } from '../cells';
import type { HalfDay } from '../calendar/sessions';
import type { Mark } from '../../shared/sidebar-api';
import { DAY_TITLE, MARK_CHOICES, MESSAGE_TITLE, parseDay, parseQuestion } from './form-content';

/** The longest answer kept (a Sheets cell holds 50,000 characters; a return needs far less). */
export const LONGEST_ANSWER = 2000;

/** One response as the forms adapter read it: plain data, whatever the form was. */
export interface ReadResponse {
  readonly responseId: string;
  readonly formId: string;
  /** When it was sent, or last edited, in the spreadsheet's zone. */
  readonly received: IsoTimestamp;
  /** The same moment in ms, to read on from. */
  readonly receivedAt: number;
  readonly items: readonly { readonly title: string; readonly answer: string }[];
}

export type ReturnAnswer =
  | {
      readonly kind: 'mark';
      readonly question: string;
      readonly date: IsoDate;
      readonly placementId: string;
      readonly session: HalfDay;
      readonly mark: Mark;
      readonly reason: string;
    }
  | { readonly kind: 'message'; readonly question: string; readonly text: string }
  /** A question the add-on did not ask (or an answer it did not offer): kept and flagged. */
  | { readonly kind: 'other'; readonly question: string; readonly text: string };

/** Text as kept: control characters out, spaces tidied, at most LONGEST_ANSWER characters. */
export function cleanText(text: unknown): string {
  const plain = String(text ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  return plain.length > LONGEST_ANSWER ? `${plain.slice(0, LONGEST_ANSWER)}…` : plain;
}

const MARKS: Readonly<Record<string, Mark>> = {
  Present: 'Present',
  Late: 'Late',
  Absent: 'Absent',
  'No session today': 'No session',
};

/**
 * The answers of one response: a mark question with its reason beside it; the message when it
 * says something; an unanswered question is no answer. A reason with no mark, a mark that is not
 * one of the choices, and any question of another shape are 'other'.
 */
export function answersOf(response: ReadResponse): ReturnAnswer[] {
  const day = response.items.find((item) => cleanText(item.title) === DAY_TITLE);
  // A response with no Day answer (or one the add-on did not offer) is for the day it was sent.
  const date = parseDay(cleanText(day?.answer)) ?? response.received.slice(0, 10);
  const marks: ReturnAnswer[] = [];
  const reasons = new Map<string, string>();
  const rest: ReturnAnswer[] = [];
  for (const item of response.items) {
    const question = cleanText(item.title);
    const text = cleanText(item.answer);
    if (text === '' || question === DAY_TITLE) continue;
    if (question === MESSAGE_TITLE) {
      rest.push({ kind: 'message', question, text });
      continue;
    }
    const parsed = parseQuestion(question);
    if (parsed?.kind === 'reason') {
      reasons.set(`${date}|${parsed.placementId}|${parsed.session}`, text);
    } else if (parsed && (MARK_CHOICES as readonly string[]).includes(text)) {
      const { placementId, session } = parsed;
      marks.push({
        kind: 'mark',
        question,
        date,
        placementId,
        session,
        mark: MARKS[text] ?? 'Present',
        reason: '',
      });
    } else {
      rest.push({ kind: 'other', question, text });
    }
  }
  const withReasons = marks.map((answer) => {
    if (answer.kind !== 'mark') return answer;
    const key = `${answer.date}|${answer.placementId}|${answer.session}`;
    const reason = reasons.get(key) ?? '';
    reasons.delete(key);
    return { ...answer, reason };
  });
  for (const [key, text] of reasons) {
    const [date = '', id = '', session = ''] = key.split('|');
    rest.push({
      kind: 'other',
      question: `Reason for ${id} ${session} on ${date}, with no mark`,
      text,
    });
  }
  return [...withReasons, ...rest];
}
