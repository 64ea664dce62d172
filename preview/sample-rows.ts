// The preview's invented school: samples/school.ts rows, made to fit the 2026/27 calendar and a school-day morning.
import { sampleSchool, seededRandom, type Row, type SampleSchool } from '../samples/school';

/** Monday 30 November 2026, 06:00 in London: the school sets the workbook up and turns reminders on. */
export const SAMPLE_SET_UP_AT = '2026-11-30T06:00:00Z';
/** Half an hour later, when the preview opens: the morning digest is due at 07:00 (Reminder hour). */
export const SAMPLE_NOW = '2026-11-30T06:30:00Z';
export const SAMPLE_USER = 'dsl@example.sch.uk';

/** Names the e2e tests look for: they must show as text and run nothing. */
export const HOSTILE_NAMES = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];

/** The sample school's own 2026/27 dates (invented, plausible); setup wrote Derbyshire 2025/26. */
export const TERM_DATES_2026_27: readonly Row[] = [
  { Term: 'Autumn 1', Start: '03/09/2026', End: '23/10/2026' },
  { Term: 'Autumn 2', Start: '02/11/2026', End: '18/12/2026' },
  { Term: 'Spring 1', Start: '04/01/2027', End: '12/02/2027' },
  { Term: 'Spring 2', Start: '22/02/2027', End: '25/03/2027' },
  { Term: 'Summer 1', Start: '12/04/2027', End: '28/05/2027' },
  { Term: 'Summer 2', Start: '07/06/2027', End: '21/07/2027' },
];

/**
 * Staff on Settings, so that every reminder has someone to go to. Email detail is Full so that the
 * digests name pupils (invented ones, hostile names included: the outbox must show them inert).
 */
export const SAMPLE_SETTINGS: Readonly<Record<string, string>> = {
  'School name': 'Exampleton Academy',
  'School URN': '999123',
  'Local authority': 'Exampleshire',
  'Head teacher name': 'Dr R. Example',
  'Head teacher email': 'head@example.sch.uk',
  'DSL name': 'S. Example',
  'DSL email': 'dsl@example.sch.uk',
  'SENDCO name': 'P. Example',
  'SENDCO email': 'sendco@example.sch.uk',
  'Head of Pastoral Care name': 'J. Example',
  'Head of Pastoral Care email': 'pastoral@example.sch.uk',
  'Attendance lead email': 'attendance@example.sch.uk',
  'LA notification email': 'ap-notifications@example.sch.uk',
  'Email detail': 'Full',
};

const PROVIDER_NAMES = [
  'Riverside Skills Centre',
  'Peak Vocational Hub',
  'Hillside Tuition Service',
  'Greenway Farm Education',
  'Northgate Motor Academy',
  'Oakfield Hospital Education',
  'Millbrook Construction Skills',
  'Brightpath Learning Centre',
];

/**
 * What goes wrong in a real school, once each, so that Validate all and the morning digest have
 * something to say (all else is in order: most rows show OK):
 */
export const SAMPLE_FAULTS = {
  /** The provider sent no return for the last two session days (a missing-attendance chase). */
  missingReturn: 'AP-0003',
  /** An absence on the last session day that nobody followed up (urgent: pastoral lead and DSL). */
  absenceNotFollowedUp: 'AP-0008',
  /** Last reviewed on 5 Oct: the review due 16 Nov is overdue (error; the Head Teacher is told). */
  reviewOverdue: 'AP-0005',
  /** Last reviewed on 23 Oct: the next review is due on Fri 4 Dec (coming up, still OK). */
  reviewDueSoon: 'AP-0006',
  /** Proposed, starting Mon 7 Dec, with no initial meeting or agreement yet (its checklist). */
  proposedIncomplete: 'AP-0010',
  /** The parents signed two days after the start (warning). */
  agreementAfterStart: 'AP-0012',
  /** Still Active after its Planned end date, Fri 27 Nov (warning). */
  pastPlannedEnd: 'AP-0014',
  /** Looked after, and the virtual school head's email is not on the row yet (error). */
  noVirtualSchoolEmail: 'AP-0018',
  /** A safeguarding concern on Thu 26 Nov, after the last review (error; DSL and Head at once). */
  concernNotReviewed: 'AP-0020',
  /** Its safeguarding confirmation runs out on 15 Dec 2026, within Expiry warning days (warning). */
  confirmationExpiring: 'Oakfield Hospital Education',
} as const;

/** The placements that carry the hostile names: both Active and otherwise in order. */
const HOSTILE_IDS = [SAMPLE_FAULTS.missingReturn, SAMPLE_FAULTS.absenceNotFollowedUp];

/** Autumn 2 up to the Friday before the sample morning: the half-term of attendance. */
const ATTENDANCE_FROM = Date.UTC(2026, 10, 2);
const ATTENDANCE_TO = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A calendar date as staff type it (en_GB): midnight in the sheet's zone, whatever the season. */
function typed(utcMidnight: number): string {
  const d = new Date(utcMidnight);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const utc = (date: string | number | Date | undefined): number =>
  date instanceof Date ? date.getTime() : Number.NaN;

/**
 * samples/school.ts makes dates at UTC midnight, which is 1am in London during summer time; typed
 * as dd/mm/yyyy they become the calendar dates they mean.
 */
function asTyped(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v instanceof Date ? typed(v.getTime()) : v]),
  );
}

/** 'Mon, Wed AM, Fri PM' → the sessions each weekday (0 = Sunday) the pupil attends. */
export function sessionsByWeekday(sessions: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const part of sessions.split(',')) {
    const [dayName, half] = part.trim().split(/\s+/);
    const weekday = WEEKDAYS.indexOf(dayName ?? '');
    if (weekday < 0) continue;
    out.set(weekday, half === 'AM' || half === 'PM' ? [half] : ['AM', 'PM']);
  }
  return out;
}

/** The school days of Autumn 2 (up to the sample morning) on which a placement has sessions. */
function sessionDays(placement: Row): { day: number; sessions: string[] }[] {
  const byWeekday = sessionsByWeekday(String(placement.Sessions ?? ''));
  const from = Math.max(ATTENDANCE_FROM, utc(placement['Start date']));
  const planned = utc(placement['Planned end date']);
  const to = Number.isNaN(planned) ? ATTENDANCE_TO : Math.min(ATTENDANCE_TO, planned);
  const days: { day: number; sessions: string[] }[] = [];
  for (let day = from; day <= to; day += DAY) {
    const sessions = byWeekday.get(new Date(day).getUTCDay());
    if (sessions) days.push({ day, sessions });
  }
  return days;
}

const REASONS = [
  ['Illness', 'I', 'Parent/carer rang: unwell; back tomorrow'],
  ['Medical appointment', 'M', 'Hospital appointment; letter seen'],
] as const;

/**
 * Each Active placement's sessions this half-term as the providers reported them: mostly present,
 * some late, a few absences, each followed up the same day; and the two faults of SAMPLE_FAULTS.
 */
function attendanceRows(
  placements: readonly Row[],
  providers: ReadonlyMap<string, Row>,
  random: () => number,
): Row[] {
  const rows: Row[] = [];
  for (const placement of placements) {
    if (placement.Status !== 'Active') continue;
    const id = String(placement['Placement ID']);
    const reportedBy = String(providers.get(String(placement.Provider))?.['Contact email'] ?? '');
    const days = sessionDays(placement);
    const lastTwo = new Set(days.slice(-2).map((d) => d.day));
    const lastDay = days[days.length - 1]?.day;
    for (const { day, sessions } of days) {
      if (id === SAMPLE_FAULTS.missingReturn && lastTwo.has(day)) continue;
      for (const session of sessions) {
        const base = { Date: typed(day), 'Placement ID': id, Session: session };
        const roll = random();
        if (id === SAMPLE_FAULTS.absenceNotFollowedUp && day === lastDay && session === 'AM') {
          rows.push({ ...base, Mark: 'Absent', Code: 'N', 'Reported by': reportedBy });
        } else if (roll < 0.05) {
          const [reason, code, note] = REASONS[Math.floor(random() * REASONS.length)] ?? REASONS[0];
          rows.push({
            ...base,
            Mark: 'Absent',
            'Absence reason': reason,
            Code: code,
            'Reported by': reportedBy,
            'Followed up by': 'attendance@example.sch.uk',
            'Followed up at': `${typed(day)} ${session === 'AM' ? '10:15' : '14:40'}`,
            'Follow-up note': note,
          });
        } else {
          rows.push({
            ...base,
            Mark: roll < 0.11 ? 'Late' : 'Present',
            Code: 'B',
            'Reported by': reportedBy,
          });
        }
      }
    }
  }
  return rows.sort((a, b) => {
    const key = (r: Row) => String(r.Date).split('/').reverse().join('');
    return key(a).localeCompare(key(b));
  });
}

/** A weekday in term near `day`: a date in the October half-term moves back to Fri 23 Oct. */
function inTerm(day: number): number {
  if (day >= Date.UTC(2026, 9, 24) && day <= Date.UTC(2026, 10, 1)) return Date.UTC(2026, 9, 23);
  return day;
}

/** Second reviews, in the week before last and last week: reviewed at least half-termly. */
const NOVEMBER_REVIEWS = [
  '16/11/2026',
  '17/11/2026',
  '18/11/2026',
  '19/11/2026',
  '20/11/2026',
  '23/11/2026',
  '24/11/2026',
  '25/11/2026',
  '26/11/2026',
];

function review(date: string, id: string, i: number, decision = 'Continue'): Row {
  return {
    'Review date': date,
    'Placement ID': id,
    Attendees: 'Pastoral lead, parent/carer, provider, pupil',
    'Parent/carer attended': i % 5 === 4 ? 'No' : 'Yes',
    "Pupil's view": ['Enjoying the practical work', 'Finds mornings hard', 'Wants more maths'][
      i % 3
    ] as string,
    Progress: ['On track', 'On track', 'Some progress', 'Not on track'][i % 4] as string,
    'Safe and meeting needs': 'Yes',
    Decision: decision,
    Actions:
      decision === 'End placement'
        ? 'End as planned at half-term; reintegration timetable from 2 Nov'
        : 'Keep the plan; provider to send progress report before the next review',
    'Recorded by': 'pastoral@example.sch.uk',
  };
}

/**
 * Reviews held so far: four weeks after the start, then again in November, so that each placement
 * is reviewed at least half-termly; except the overdue one and the one due soon (SAMPLE_FAULTS).
 */
function reviewRows(placements: readonly Row[]): Row[] {
  const rows: Row[] = [];
  placements.forEach((placement, i) => {
    const id = String(placement['Placement ID']);
    const start = utc(placement['Start date']);
    if (!['Active', 'Ended'].includes(String(placement.Status)) || start >= ATTENDANCE_FROM) return;
    const first = typed(inTerm(start + 28 * DAY));
    if (placement.Status === 'Ended') {
      rows.push(review(first, id, i, 'End placement'));
      return;
    }
    rows.push(review(first, id, i));
    if (id === SAMPLE_FAULTS.reviewOverdue || id === SAMPLE_FAULTS.reviewDueSoon) return;
    rows.push(review(NOVEMBER_REVIEWS[i % NOVEMBER_REVIEWS.length] ?? '16/11/2026', id, i + 1));
  });
  return rows.sort((a, b) => {
    const key = (r: Row) => String(r['Review date']).split('/').reverse().join('');
    return key(a).localeCompare(key(b));
  });
}

/** The row changes that make each placement fault of SAMPLE_FAULTS. */
const PLACEMENT_FAULTS: Readonly<Record<string, Row>> = {
  [SAMPLE_FAULTS.agreementAfterStart]: { 'Parent agreement signed': '16/09/2026' },
  [SAMPLE_FAULTS.pastPlannedEnd]: { 'Planned end date': '27/11/2026' },
  [SAMPLE_FAULTS.noVirtualSchoolEmail]: { 'Virtual school email': '' },
  [SAMPLE_FAULTS.concernNotReviewed]: { 'Safeguarding concern date': '26/11/2026' },
};

/** About 25 placements at 8 providers, a half-term of attendance and the reviews held so far. */
export function previewSchool(): SampleSchool {
  const school = sampleSchool({ placements: 25, providers: 8, attendanceRows: 0, reviews: 0 });
  const random = seededRandom(2026);
  const rename = new Map(
    school.providers.map((p, i) => [p.Provider, PROVIDER_NAMES[i] ?? String(p.Provider)]),
  );
  const providers: Row[] = school.providers.map((p) => {
    const name = rename.get(p.Provider) ?? '';
    const expiring: Row =
      name === SAMPLE_FAULTS.confirmationExpiring
        ? {
            'Safeguarding confirmation requested': new Date(Date.UTC(2025, 11, 1)),
            'Safeguarding confirmation received': new Date(Date.UTC(2025, 11, 15)),
          }
        : {};
    return { ...p, Provider: name, ...expiring };
  });
  const placements: Row[] = school.placements.map((p) => {
    const id = String(p['Placement ID']);
    const hostile = HOSTILE_IDS.indexOf(id as (typeof HOSTILE_IDS)[number]);
    return {
      ...p,
      Provider: rename.get(p.Provider) ?? '',
      ...(hostile >= 0 ? { 'Pupil name': HOSTILE_NAMES[hostile] ?? '' } : {}),
    };
  });
  const byName = new Map(providers.map((p) => [String(p.Provider), p]));
  const attendance = attendanceRows(placements, byName, random);
  const reviews = reviewRows(placements);
  return {
    placements: placements.map((p) => ({
      ...asTyped(p),
      ...PLACEMENT_FAULTS[String(p['Placement ID'])],
    })),
    providers: providers.map(asTyped),
    attendance,
    reviews,
  };
}
