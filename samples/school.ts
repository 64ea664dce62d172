// An invented school's workbook rows (no real pupils), for benchmarks, tests and the local preview.
import { upnCheckLetter } from '../src/domain/rules/upn';

/** A small deterministic generator so that every run builds the same invented school. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  'Amara',
  'Bilal',
  'Callum',
  'Daisy',
  'Eshan',
  'Freya',
  'Gethin',
  'Hollie',
  'Idris',
  'Jade',
  'Kacper',
  'Lacey',
  'Mason',
  'Nia',
  'Oskar',
  'Poppy',
  'Rhys',
  'Sienna',
  'Tyler',
  'Zara',
];
const lastNames = [
  'Ashworth',
  'Brindley',
  'Cotterill',
  'Dunmore',
  'Ellery',
  'Fairbrother',
  'Goodall',
  'Hallam',
  'Ibbotson',
  'Jowett',
  'Kershaw',
  'Lomas',
  'Mellor',
  'Naylor',
  'Oldknow',
  'Pilling',
];

/** A UPN with a correct check letter (DOMAIN.md §3.3), from an LA number and a serial. */
export function inventedUpn(laNumber: number, serial: number): string {
  const body = `${laNumber}${String(2000 + (serial % 9000)).padStart(4, '0')}${String(14 + (serial % 8)).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
  return `${upnCheckLetter(body) ?? '?'}${body}`;
}

export interface SampleSize {
  readonly placements: number;
  readonly providers: number;
  readonly attendanceRows: number;
  readonly reviews: number;
}

export type Row = Record<string, string | number | Date>;

export interface SampleSchool {
  readonly placements: Row[];
  readonly providers: Row[];
  readonly attendance: Row[];
  readonly reviews: Row[];
}

const DAY = 86_400_000;
/** A calendar date as samples make them: UTC midnight (the same day in London, BST or not). */
const on = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const before = (date: Date, days: number): Date => new Date(date.getTime() - days * DAY);

/**
 * Statuses in a school's usual mix, repeated every 25 placements: mostly Active, a few Ended at the
 * October half-term, a few Agreed to start in January, and two still being arranged (Proposed).
 */
const STATUS_CYCLE = [
  'Active',
  'Active',
  'Active',
  'Ended',
  'Active',
  'Active',
  'Agreed',
  'Active',
  'Active',
  'Proposed',
  'Active',
  'Active',
  'Ended',
  'Active',
  'Active',
  'Active',
  'Agreed',
  'Active',
  'Active',
  'Active',
  'Ended',
  'Active',
  'Proposed',
  'Active',
  'Active',
] as const;

/** Active placements start in September, or on the first days of Autumn 2 (2026/27, Mon–Fri). */
const ACTIVE_STARTS = [
  '2026-09-07',
  '2026-09-09',
  '2026-09-14',
  '2026-09-21',
  '2026-09-07',
  '2026-09-28',
  '2026-11-02',
  '2026-09-14',
  '2026-11-09',
];
const ACTIVE_ENDS = ['2027-07-16', '2027-03-25', '2027-02-12', '2026-12-18', '2027-07-16'];

const REGISTRATIONS = [
  'Registered school',
  'FE college',
  'Unregistered',
  'Registered independent school',
] as const;
const SETTING_TYPES = ['OTH', 'WBP', 'OOT', 'NFE'];

/** Weekly timetables: every provider may take a part-time pupil; only registered ones full time. */
const PART_TIME = ['Mon, Wed AM, Fri PM', 'Tue, Thu', 'Mon AM, Tue AM, Wed AM'];
const FULL_TIME = 'Mon, Tue, Wed, Thu, Fri';

/** AM and PM sessions in a timetable ('Mon' alone is both). */
function sessionCount(sessions: string): number {
  return sessions.split(',').reduce((n, part) => n + (/\b(AM|PM)\b/.test(part) ? 1 : 2), 0);
}

const ROUTES: readonly (readonly [route: string, reason: string])[] = [
  ['Vocational', 'Wants a practical route into construction; engages well with hands-on work'],
  ['Preventative', 'Two suspensions this year; a smaller setting to rebuild routines'],
  ['Medical', 'Anxiety-related non-attendance; a quieter setting on medical advice'],
  ['Suspension', 'Suspended for 5 days; continued education from day 6'],
  ['Vocational', 'Motor vehicle course leading to a Level 1 qualification'],
  ['Off-site direction', 'Directed off site to improve behaviour after repeated incidents'],
];
/** The census reason a school would choose for each route (Settings' seeded codeset). */
const CENSUS_REASONS: Readonly<Record<string, string>> = {
  Vocational: 'Other',
  Preventative: 'To improve behaviour',
  Medical: 'Medical condition (mental health need)',
  Suspension: 'Suspension',
  'Off-site direction': 'To improve behaviour',
};
const OBJECTIVES = [
  'Attend 90% of sessions; complete Level 1 units 1–3; English and maths to working at grade 3',
  'Attendance above 85%; no suspensions; a reintegration timetable agreed by the spring review',
  'Maths to grade 4; a Level 1 vocational qualification; a college application by March',
];
const BASELINES = [
  'Attendance 62% in the summer term; reading age 11; maths working at grade 2',
  'Three suspensions last year; attendance 71%; English working at grade 3',
  'Attendance 48%; no vocational qualification yet; maths working at grade 3',
];
const ASSESSMENTS = [
  'Provider reports attendance each session and progress half-termly; school tests maths and English each term',
  'Weekly attendance return; half-termly progress report against the plan; reviewed at each review meeting',
];
const REINTEGRATION = [
  'Phased return to mainstream lessons from the summer term, starting with two days a week',
  'Move on to the college’s full-time Level 2 course in September',
  'Return to school full time after the spring half-term with a key worker',
];
const TRANSPORT = ['Parent/carer', 'None', 'Provider', 'School'] as const;
const DESTINATIONS = ['Mainstream school', 'Further education', 'Training or apprenticeship'];

/** A Date of birth in the year group's range for 2026/27 (DOMAIN.md §3.4: Year 7 born Sep 2014–Aug 2015). */
function dateOfBirth(yearGroup: number, i: number): Date {
  const firstSeptember = Date.UTC(2026 - yearGroup - 5, 8, 1);
  return new Date(firstSeptember + ((i * 37) % 360) * DAY);
}

function provider(i: number, pick: <T>(list: readonly T[]) => T): Row {
  const registration = REGISTRATIONS[i % REGISTRATIONS.length] ?? 'Unregistered';
  const received = on('2026-06-15').getTime() + (i % 8) * 7 * DAY;
  return {
    Provider: `Provider ${String(i + 1).padStart(3, '0')} Learning Centre`,
    Registration: registration,
    URN: registration.startsWith('Registered') ? String(140000 + ((i * 7919) % 9000)) : '',
    UKPRN: registration === 'FE college' ? String(10000000 + ((i * 104729) % 90000)) : '',
    'Setting type':
      registration === 'Unregistered' ? (SETTING_TYPES[i % SETTING_TYPES.length] ?? 'OTH') : '',
    Address: `${i + 1} Mill Lane, Exampleton EX1 ${i % 9}AB`,
    'Contact name': `${pick(firstNames)} ${pick(lastNames)}`,
    'Contact email': `office${i + 1}@provider.example`,
    'Contact phone': `01632 960${String(100 + (i % 900)).padStart(3, '0')}`,
    'DSL name': `${pick(firstNames)} ${pick(lastNames)}`,
    'DSL email': `dsl${i + 1}@provider.example`,
    'Safeguarding confirmation requested': new Date(received - 14 * DAY),
    'Safeguarding confirmation received': new Date(received),
    'Insurance expiry': on(['2027-07-31', '2027-03-31', '2027-08-31'][i % 3] ?? '2027-07-31'),
    'Risk assessment date': new Date(received + 7 * DAY),
    'Last QA visit': new Date(on('2026-09-14').getTime() + ((i % 4) * 7 + (i % 5)) * DAY),
    Approved: 'Yes',
  };
}

/** The dates a placement of this status has by now (30 Nov 2026), all in the right order. */
function placementDates(status: string, i: number): Row {
  if (status === 'Proposed') {
    return { 'Start date': on(i % 2 === 1 ? '2026-12-07' : '2027-01-11') };
  }
  if (status === 'Agreed') {
    const start = on(i % 2 === 0 ? '2027-01-04' : '2027-01-11');
    return {
      'Start date': start,
      'Planned end date': on('2027-03-25'),
      'Initial meeting date': on('2026-11-16'),
      'Parent agreement signed': on('2026-11-20'),
    };
  }
  const ended = status === 'Ended';
  const start = on(ended ? (i % 2 ? '2026-09-07' : '2026-09-14') : (ACTIVE_STARTS[i % 9] ?? ''));
  const plannedEnd = ended ? on('2026-10-23') : on(ACTIVE_ENDS[i % ACTIVE_ENDS.length] ?? '');
  return {
    'Start date': start,
    'Planned end date': plannedEnd,
    'Initial meeting date': before(start, 14),
    'Parent agreement signed': before(start, 10),
    'Provider agreement signed': before(start, 10),
    'LA notified': before(start, 7),
    'Risk assessment date': i % 6 === 5 ? 'Not required' : before(start, 7),
    ...(ended
      ? {
          'Actual end date': plannedEnd,
          Destination: DESTINATIONS[i % DESTINATIONS.length] ?? 'Mainstream school',
          Achievements: 'Completed the first unit of a Level 1 award; attendance 91%',
          "Pupil's own assessment": 'Liked the practical work; ready to go back to lessons',
        }
      : {}),
  };
}

/**
 * A school of `size.placements` placements whose rows are complete for their status, as in a school
 * that keeps the sheet up to date: statuses in a usual mix, dates in order, provider checks in date,
 * looked-after pupils with their social worker, part-time timetables at unregistered providers.
 * Attendance and reviews are `size` rows spread over the placements by position (the benchmarks'
 * load); the local preview makes its own from the calendar (preview/sample-rows.ts).
 */
export function sampleSchool(size: SampleSize, seed = 7): SampleSchool {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.UTC(2026, 8, 7);
  const providers: Row[] = Array.from({ length: size.providers }, (_, i) => provider(i, pick));
  const placements: Row[] = Array.from({ length: size.placements }, (_, i) => {
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length] ?? 'Active';
    const at = providers.length ? providers[i % providers.length] : undefined;
    const registered = at !== undefined && at.Registration !== 'Unregistered';
    const sessions =
      registered && i % 3 === 0 ? FULL_TIME : (PART_TIME[i % PART_TIME.length] ?? FULL_TIME);
    const [route, reason] = ROUTES[i % ROUTES.length] ?? ['Other', ''];
    const yearGroup = 8 + ((i * 3) % 4);
    const lookedAfter = i % 17 === 0;
    const transport = TRANSPORT[i % TRANSPORT.length] ?? 'None';
    const first = pick(firstNames);
    const last = pick(lastNames);
    const dates = placementDates(status, i);
    const startDate = dates['Start date'] as Date;
    const proposed = status === 'Proposed';
    return {
      'Placement ID': `AP-${String(i + 1).padStart(4, '0')}`,
      Status: status,
      'Pupil name': `${first} ${last}`,
      UPN: inventedUpn(830, i + 1),
      'Date of birth': dateOfBirth(yearGroup, i),
      'Year group': yearGroup,
      'SEN status': i % 8 === 3 ? 'EHCP' : i % 5 === 1 ? 'SEN support' : 'None',
      'Looked after': lookedAfter ? 'Yes' : 'No',
      ...(lookedAfter
        ? {
            'Social worker': `${pick(firstNames)} ${pick(lastNames)}`,
            'Social worker email': `social.worker${i + 1}@exampleshire.example`,
            'Virtual school email': 'virtual.school@exampleshire.example',
          }
        : {}),
      'Parent/carer name': `${pick(firstNames)} ${last}`,
      'Parent/carer email': `parent${i + 1}@home.example`,
      'Parent/carer phone': `07700 900${String(100 + (i % 900)).padStart(3, '0')}`,
      Route: route,
      Reason: reason,
      'Census reason': CENSUS_REASONS[route] ?? 'Other',
      Provider: at ? String(at.Provider) : '',
      ...dates,
      ...(proposed
        ? {}
        : {
            Sessions: sessions,
            'Hours per week': sessionCount(sessions) * 2.5,
            'Weekly cost (£)': sessionCount(sessions) * 45,
            'Attendance code': 'B',
            Transport: transport,
            // P7: whoever arranges the transport, the school records its checks before Active.
            ...((transport === 'School' || transport === 'Provider') && status !== 'Agreed'
              ? { 'Transport checks date': before(startDate, 7) }
              : {}),
            Objectives: OBJECTIVES[i % OBJECTIVES.length] ?? '',
            Baseline: BASELINES[i % BASELINES.length] ?? '',
            'Assessment arrangements': ASSESSMENTS[i % ASSESSMENTS.length] ?? '',
            'Reintegration plan': REINTEGRATION[i % REINTEGRATION.length] ?? '',
            'Review every (weeks)': 6,
            ...(route === 'Off-site direction'
              ? { 'Parent notice date': before(startDate, 14) }
              : {}),
          }),
      'Pastoral lead email': 'pastoral@example.sch.uk',
    };
  });
  // Providers report on weekdays only: the n-th weekday from the start (7 Sep 2026 is a Monday).
  const weekday = (n: number) => start + (Math.floor(n / 5) * 7 + (n % 5)) * DAY;
  const attendance: Row[] = Array.from({ length: size.attendanceRows }, (_, i) => ({
    Date: new Date(weekday(Math.floor(i / Math.max(1, size.placements)))),
    'Placement ID': `AP-${String((i % Math.max(1, size.placements)) + 1).padStart(4, '0')}`,
    Session: i % 2 ? 'PM' : 'AM',
    Mark: random() < 0.9 ? 'Present' : 'Absent',
    Code: 'B',
  }));
  const reviews: Row[] = Array.from({ length: size.reviews }, (_, i) => ({
    'Review date': new Date(start + (30 + (i % 60)) * DAY),
    'Placement ID': `AP-${String((i % Math.max(1, size.placements)) + 1).padStart(4, '0')}`,
    Attendees: 'Pastoral lead, provider tutor, parent/carer',
    'Parent/carer attended': 'Yes',
    "Pupil's view": 'Settling in',
    Progress: pick(['On track', 'Some progress', 'Not on track']),
    'Safe and meeting needs': 'Yes',
    Decision: 'Continue',
  }));
  return { placements, providers, attendance, reviews };
}

/** Rows as a sheet's values under the given headers ('' where a row has no value). */
export function asValues(headers: readonly string[], rows: readonly Row[]): unknown[][] {
  return [headers.slice(), ...rows.map((r) => headers.map((h) => r[h] ?? ''))];
}
