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

const day = 86_400_000;

export function sampleSchool(size: SampleSize, seed = 7): SampleSchool {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.UTC(2026, 8, 7);
  const providers: Row[] = Array.from({ length: size.providers }, (_, i) => ({
    Provider: `Provider ${String(i + 1).padStart(3, '0')} Learning Centre`,
    Registration: pick(['Registered school', 'FE college', 'Unregistered']),
    'Setting type': 'OTH',
    Address: `${i + 1} Mill Lane, Exampleton EX1 ${i % 9}AB`,
    'Contact name': `${pick(firstNames)} ${pick(lastNames)}`,
    'Contact email': `office${i + 1}@provider.example`,
    'DSL email': `dsl${i + 1}@provider.example`,
    'Safeguarding confirmation received': new Date(start - 60 * day),
    'Insurance expiry': new Date(start + 300 * day),
    'Risk assessment date': new Date(start - 30 * day),
    Approved: 'Yes',
  }));
  const placements: Row[] = Array.from({ length: size.placements }, (_, i) => ({
    'Placement ID': `AP-${String(i + 1).padStart(4, '0')}`,
    Status: pick(['Proposed', 'Agreed', 'Active', 'Active', 'Active', 'Ended']),
    'Pupil name': `${pick(firstNames)} ${pick(lastNames)}`,
    UPN: inventedUpn(830, i + 1),
    'Date of birth': new Date(Date.UTC(2011 + (i % 4), i % 12, 1 + (i % 27))),
    'Looked after': i % 17 === 0 ? 'Yes' : 'No',
    Route: pick(['Preventative', 'Vocational', 'Medical', 'Suspension']),
    Provider: providers.length ? (providers[i % providers.length]?.Provider as string) : '',
    'Start date': new Date(start + (i % 20) * day),
    'Planned end date': new Date(start + 180 * day),
    Sessions: pick(['Mon, Wed AM, Fri PM', 'Tue, Thu', 'Mon AM, Tue AM, Wed AM']),
    'Attendance code': 'B',
    'Review every (weeks)': 6,
    'Pastoral lead email': 'pastoral@example.sch.uk',
  }));
  // Providers report on weekdays only: the n-th weekday from the start (7 Sep 2026 is a Monday).
  const weekday = (n: number) => start + (Math.floor(n / 5) * 7 + (n % 5)) * day;
  const attendance: Row[] = Array.from({ length: size.attendanceRows }, (_, i) => ({
    Date: new Date(weekday(Math.floor(i / Math.max(1, size.placements)))),
    'Placement ID': `AP-${String((i % Math.max(1, size.placements)) + 1).padStart(4, '0')}`,
    Session: i % 2 ? 'PM' : 'AM',
    Mark: random() < 0.9 ? 'Present' : 'Absent',
    Code: 'B',
  }));
  const reviews: Row[] = Array.from({ length: size.reviews }, (_, i) => ({
    'Review date': new Date(start + (30 + (i % 60)) * day),
    'Placement ID': `AP-${String((i % Math.max(1, size.placements)) + 1).padStart(4, '0')}`,
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
