// The preview's invented school: samples/school.ts rows, made to fit the 2026/27 calendar and a school-day morning.
import { sampleSchool, seededRandom, type Row, type SampleSchool } from '../samples/school';

/** Monday 30 November 2026, 8am in London: a school-day morning in Autumn 2. */
export const SAMPLE_NOW = '2026-11-30T08:00:00Z';
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

/**
 * Each active placement's sessions this half-term, with what a real register has: mostly present,
 * some late, some absences (explained or not, followed up or not), and sessions nobody recorded.
 */
function attendanceRows(placements: readonly Row[], random: () => number): Row[] {
  const rows: Row[] = [];
  for (let day = ATTENDANCE_FROM; day <= ATTENDANCE_TO; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    for (const placement of placements) {
      if (placement.Status !== 'Active') continue;
      const sessions = sessionsByWeekday(String(placement.Sessions ?? ''));
      for (const session of sessions.get(weekday) ?? []) {
        const roll = random();
        if (roll < 0.05) continue; // not recorded: the gap the add-on chases
        const base = {
          Date: typed(day),
          'Placement ID': placement['Placement ID'] ?? '',
          Session: session,
        };
        if (roll < 0.84) rows.push({ ...base, Mark: 'Present', Code: 'B' });
        else if (roll < 0.9) rows.push({ ...base, Mark: 'Late', Code: 'L' });
        else {
          const reason = ['Illness', 'Medical appointment', ''][Math.floor(random() * 3)] ?? '';
          const followed = random() < 0.6;
          rows.push({
            ...base,
            Mark: 'Absent',
            'Absence reason': reason,
            Code: reason === 'Illness' ? 'I' : reason === '' ? 'N' : 'M',
            'Reported by': `office${1 + Math.floor(random() * 8)}@provider.example`,
            ...(followed
              ? {
                  'Followed up by': 'attendance@example.sch.uk',
                  'Follow-up note': 'Spoke to parent',
                }
              : {}),
          });
        }
      }
    }
  }
  return rows;
}

/** About 25 placements at 8 providers, a half-term of attendance and the reviews held so far. */
export function previewSchool(now: number = Date.parse(SAMPLE_NOW)): SampleSchool {
  const school = sampleSchool({ placements: 25, providers: 8, attendanceRows: 0, reviews: 40 });
  const random = seededRandom(2026);
  const rename = new Map(
    school.providers.map((p, i) => [p.Provider, PROVIDER_NAMES[i] ?? p.Provider]),
  );
  const providers = school.providers.map((p) =>
    asTyped({ ...p, Provider: rename.get(p.Provider) ?? '' }),
  );
  const placements = school.placements.map((p, i) =>
    asTyped({
      ...p,
      Provider: rename.get(p.Provider) ?? '',
      ...(i === 2 || i === 7
        ? { Status: 'Active', 'Pupil name': HOSTILE_NAMES[i === 2 ? 0 : 1] ?? '' }
        : {}),
    }),
  );
  // Reviews already held, with Recorded by; placements never reviewed stay so (a realistic gap).
  const started = new Set(
    placements
      .filter((p) => ['Active', 'Ended'].includes(String(p.Status)))
      .map((p) => p['Placement ID']),
  );
  const reviews = school.reviews
    .filter((r) => r['Review date'] instanceof Date && r['Review date'].getTime() < now - DAY)
    .filter((r) => started.has(r['Placement ID']))
    .filter((r) => !['AP-0005', 'AP-0011'].includes(String(r['Placement ID'])))
    .map((r) => asTyped({ ...r, 'Recorded by': 'pastoral@example.sch.uk' }));
  return { placements, providers, attendance: attendanceRows(placements, random), reviews };
}
