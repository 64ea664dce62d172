// Reads a placement's weekly Sessions ("Mon, Wed AM, Fri PM") into the AP sessions it expects.
import type { IsoDate } from '../cells';
import { weekday } from './iso-date';

export const SCHOOL_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;
export type SchoolWeekday = (typeof SCHOOL_WEEKDAYS)[number];
export type HalfDay = 'AM' | 'PM';

export interface WeeklySession {
  readonly day: SchoolWeekday;
  readonly half: HalfDay;
}

export interface WeeklySessions {
  /** Each session once, Monday AM first. */
  readonly sessions: readonly WeeklySession[];
  /** What could not be read, each in words staff can act on. */
  readonly problems: readonly string[];
}

// Maps, not object literals: a typed word like 'constructor' must not find Object's own members.
const DAY_WORDS = new Map<string, SchoolWeekday | 'weekend'>(
  Object.entries({
    mon: 'Mon',
    monday: 'Mon',
    mondays: 'Mon',
    tue: 'Tue',
    tues: 'Tue',
    tuesday: 'Tue',
    tuesdays: 'Tue',
    wed: 'Wed',
    weds: 'Wed',
    wednesday: 'Wed',
    wednesdays: 'Wed',
    thu: 'Thu',
    thur: 'Thu',
    thurs: 'Thu',
    thursday: 'Thu',
    thursdays: 'Thu',
    fri: 'Fri',
    friday: 'Fri',
    fridays: 'Fri',
    sat: 'weekend',
    saturday: 'weekend',
    sun: 'weekend',
    sunday: 'weekend',
  } as const),
);

const HALF_WORDS = new Map<string, readonly HalfDay[]>(
  Object.entries({
    am: ['AM'],
    morning: ['AM'],
    mornings: ['AM'],
    pm: ['PM'],
    afternoon: ['PM'],
    afternoons: ['PM'],
  } as const),
);

// Words that may sit beside a day without changing it: "all day", "full day".
const FILLER = new Set(['all', 'full', 'day', 'days', 'and', '&', '+']);

const EXAMPLE = 'write them like Mon, Wed AM, Fri PM';
const MOST_PROBLEMS_SHOWN = 3;

/** 'Mon' → 0 … 'Fri' → 4, the order sessions are listed in. */
function dayIndex(day: SchoolWeekday): number {
  return SCHOOL_WEEKDAYS.indexOf(day);
}

/** One comma-separated part: days (or a range like Mon-Wed), then AM, PM or neither (both). */
function readPart(part: string, shown: string): { sessions: WeeklySession[]; problem?: string } {
  const words = part
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s*(?:-|–|—|\bto\b)\s*/g, '-')
    .split(/[\s/]+/)
    .filter((word) => word !== '');
  const days = new Set<SchoolWeekday>();
  const halves = new Set<HalfDay>();
  for (const word of words) {
    if (FILLER.has(word)) continue;
    const half = HALF_WORDS.get(word);
    if (half) {
      half.forEach((h) => halves.add(h));
      continue;
    }
    const [from, to, ...rest] = word.split('-');
    const first = DAY_WORDS.get(from ?? '');
    const last = to === undefined ? first : DAY_WORDS.get(to);
    if (first === 'weekend' || last === 'weekend') {
      return {
        sessions: [],
        problem: `'${shown}' includes a weekend day, which has no school sessions`,
      };
    }
    if (!first || !last || rest.length > 0 || dayIndex(first) > dayIndex(last)) {
      return { sessions: [], problem: `'${shown}' is not a day and session; ${EXAMPLE}` };
    }
    for (let d = dayIndex(first); d <= dayIndex(last); d += 1) {
      days.add(SCHOOL_WEEKDAYS[d] as SchoolWeekday);
    }
  }
  if (days.size === 0) {
    return { sessions: [], problem: `'${shown}' does not say which day; ${EXAMPLE}` };
  }
  // A day alone means the whole day: AM and PM.
  const both: HalfDay[] = halves.size === 0 ? ['AM', 'PM'] : [...halves];
  return { sessions: [...days].flatMap((day) => both.map((half) => ({ day, half }))) };
}

function moreUnreadable(count: number): string {
  return `${count} more part${count === 1 ? '' : 's'} could not be read either`;
}

/** Reads the Sessions cell. A blank cell has no sessions and no problems. Never throws. */
export function parseSessions(text: string | undefined): WeeklySessions {
  if (typeof text !== 'string' || text.trim() === '') return { sessions: [], problems: [] };
  const found = new Map<string, WeeklySession>();
  const unreadable: string[] = [];
  for (const raw of text.split(/[,;\n]+/)) {
    const part = raw.trim();
    if (part === '') continue;
    const shown = part.length > 40 ? `${part.slice(0, 40)}…` : part;
    const { sessions, problem } = readPart(part, shown);
    if (problem) unreadable.push(problem);
    for (const session of sessions) found.set(sessionKey(session), session);
  }
  const sessions = [...found.values()].sort(
    (a, b) => dayIndex(a.day) - dayIndex(b.day) || a.half.localeCompare(b.half),
  );
  // A pasted essay should not fill the Checks cell: the first few parts show what to fix.
  const problems =
    unreadable.length > MOST_PROBLEMS_SHOWN
      ? [
          ...unreadable.slice(0, MOST_PROBLEMS_SHOWN),
          moreUnreadable(unreadable.length - MOST_PROBLEMS_SHOWN),
        ]
      : unreadable;
  return { sessions, problems };
}

/** 'Mon AM': a session as staff write it, and a key two placements' sessions can be compared by. */
export function sessionKey(session: WeeklySession): string {
  return `${session.day} ${session.half}`;
}

/** The sessions expected on a given day of the week (none at weekends). */
export function sessionsOn(weekly: WeeklySessions, date: IsoDate): HalfDay[] {
  const day = SCHOOL_WEEKDAYS[(weekday(date) ?? 0) - 1];
  return weekly.sessions.filter((s) => s.day === day).map((s) => s.half);
}
