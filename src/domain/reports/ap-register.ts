// The AP register (issue 15, item 1): every provider in use and every placement there, as inspectors and the named person ask for them.
import type { IsoDate } from '../cells';
import { formatDate, isIsoDate } from '../calendar/iso-date';
import { SCHOOL_WEEKDAYS } from '../calendar/sessions';
import { initials } from '../reminders/initials';
import type { PlacementOnDay, ReminderDay } from '../reminders/reminder-day';
import { nameKey } from '../rules/context';
import type { AttendanceRecord } from '../sheets/attendance';
import type { Provider } from '../sheets/providers';
import type { TableRow } from '../table';

/** Placements the register lists: agreed (starting soon) or running. Proposed ones are not placed yet. */
const IN_USE = new Set(['Agreed', 'Active', 'Paused']);

/** One register cell: text or a number (dates as dd/mm/yyyy text: the register is read, not sorted by date). */
export type RegisterCell = string | number;

export const PROVIDER_HEADERS = [
  'Provider',
  'Delivery addresses',
  'Registration',
  'URN / UKPRN / setting type',
  'Pupils placed',
  'Placement IDs',
  'Routes and reasons',
  'Start dates',
  'Hours per week',
  'Attendance this half-term',
  'Last QA visit',
  'Safeguarding confirmation received',
  'Safeguarding confirmation expires',
  'Insurance expiry',
] as const;

const TIMETABLE = SCHOOL_WEEKDAYS.flatMap((day) =>
  (['AM', 'PM'] as const).map((half) => `${day} ${half}`),
);

export const PLACEMENT_HEADERS = [
  'Placement ID',
  'Pupil',
  'Status',
  'Provider',
  'Where',
  'Start date',
  'Planned end date',
  'Last review',
  'Next review due',
  'LA notified',
  'Risk assessment date',
  'Transport checks date',
  ...TIMETABLE,
] as const;

export interface ApRegister {
  /** Rows of the register sheet, all the same width. */
  readonly rows: readonly (readonly RegisterCell[])[];
  readonly providers: number;
  readonly placements: number;
}

/** Present and Late attend, Absent does not, No session is not counted (as the sidebar and Monday summary). */
function attendanceText(rows: readonly AttendanceRecord[]): string {
  let marked = 0;
  let attended = 0;
  for (const { mark } of rows) {
    if (mark === 'Present' || mark === 'Late') attended += 1;
    if (mark === 'Present' || mark === 'Late' || mark === 'Absent') marked += 1;
  }
  if (marked === 0) return 'No sessions marked yet';
  const percent = Math.round((attended / marked) * 1000) / 10;
  return `${percent}% (${attended} of ${marked} sessions)`;
}

/** The provider's identity for the census (DOMAIN.md §5): URN, UKPRN or setting type, as recorded. */
function identityText(provider: Provider | undefined): string {
  if (!provider) return 'Not on Providers';
  const parts = [
    provider.urn && `URN ${provider.urn}`,
    provider.ukprn && `UKPRN ${provider.ukprn}`,
    provider.settingType && `Setting type ${provider.settingType}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'None recorded';
}

function dateText(date: IsoDate | string | undefined): string {
  if (date === undefined) return '';
  return isIsoDate(date) ? formatDate(date) : date;
}

/** Distinct texts in first-seen order, joined; case and spacing differences count as the same. */
function distinct(texts: readonly (string | undefined)[], separator = '; '): string {
  const seen = new Map<string, string>();
  for (const text of texts) {
    const key = nameKey(text);
    if (key !== undefined && text !== undefined && !seen.has(key)) seen.set(key, text.trim());
  }
  return [...seen.values()].join(separator);
}

function pupilText(p: PlacementOnDay, fullDetail: boolean): string {
  const name = p.row.record.pupilName;
  return fullDetail ? (name ?? '') : initials(name);
}

/** Where the pupil is taught: the placement's Delivery site, else the provider's address. */
function whereText(p: PlacementOnDay): string {
  return p.row.record.deliverySite ?? p.context.provider?.address ?? '';
}

function placementLine(p: PlacementOnDay, fullDetail: boolean): RegisterCell[] {
  const { record } = p.row;
  const sessions = new Set(p.context.sessions.sessions.map((s) => `${s.day} ${s.half}`));
  const at = record.provider ?? '';
  return [
    p.id,
    pupilText(p, fullDetail),
    record.status ?? '',
    at,
    whereText(p),
    dateText(record.startDate),
    dateText(record.plannedEndDate),
    dateText(p.context.lastReview),
    dateText(p.context.review.due),
    dateText(record.laNotified),
    dateText(record.riskAssessmentDate),
    dateText(record.transportChecksDate),
    ...TIMETABLE.map((session) => (sessions.has(session) ? at || 'Yes' : '')),
  ];
}

function providerLine(
  name: string,
  provider: Provider | undefined,
  placed: readonly PlacementOnDay[],
  attendance: readonly AttendanceRecord[],
): RegisterCell[] {
  const hours = placed.reduce((sum, p) => sum + (p.row.record.hoursPerWeek ?? 0), 0);
  return [
    provider?.provider ?? name,
    distinct([
      provider?.address,
      provider?.otherSites,
      ...placed.map((p) => p.row.record.deliverySite),
    ]),
    provider?.registration ?? '',
    identityText(provider),
    placed.length,
    placed.map((p) => p.id).join(', '),
    distinct(
      placed.map((p) => [p.row.record.route, p.row.record.reason].filter(Boolean).join(': ')),
    ),
    distinct(
      placed.map((p) => dateText(p.row.record.startDate)),
      ', ',
    ),
    hours,
    attendanceText(attendance),
    dateText(provider?.lastQaVisit),
    dateText(provider?.safeguardingConfirmationReceived),
    dateText(provider?.safeguardingConfirmationExpires),
    dateText(provider?.insuranceExpiry),
  ];
}

/**
 * The register as rows: a title line, the providers in use (one row each, in the order of
 * Providers, then any placement's provider missing from it), then each placement in use (in sheet
 * order) with its review dates, checks and the week's sessions ("where is each pupil this week":
 * the provider in each session it attends). Pupils appear by initials unless `fullDetail` (Email
 * detail Full), never by UPN or date of birth.
 */
export function apRegister(
  day: ReminderDay,
  attendance: readonly TableRow<AttendanceRecord>[],
  options: { readonly title: string; readonly fullDetail: boolean },
): ApRegister {
  const placed = day.placements.filter((p) => IN_USE.has(p.row.record.status ?? ''));
  const halfTerm = day.index.calendar.halfTermContaining(day.today);
  const inUse = new Set(placed.map((p) => p.id));
  const attendanceByPlacement = new Map<string, AttendanceRecord[]>();
  for (const { record } of attendance) {
    const id = record.placementId;
    if (id === undefined || !inUse.has(id) || !isIsoDate(record.date)) continue;
    if (!halfTerm || record.date < halfTerm.start || record.date > day.today) continue;
    const rows = attendanceByPlacement.get(id);
    if (rows) rows.push(record);
    else attendanceByPlacement.set(id, [record]);
  }
  const byProvider = new Map<string, { name: string; placed: PlacementOnDay[] }>();
  for (const { record } of day.snapshot.providers) {
    const key = nameKey(record.provider);
    if (key !== undefined && !byProvider.has(key)) {
      byProvider.set(key, { name: record.provider ?? '', placed: [] });
    }
  }
  for (const p of placed) {
    const name = p.row.record.provider ?? '';
    const key = nameKey(name) ?? '';
    const group = byProvider.get(key);
    if (group) group.placed.push(p);
    else byProvider.set(key, { name: name || 'No provider named', placed: [p] });
  }
  const providerRows: RegisterCell[][] = [];
  for (const [key, { name, placed: there }] of byProvider) {
    if (there.length === 0) continue;
    const provider = day.index.providerByName.get(key);
    const marks = there.flatMap((p) => attendanceByPlacement.get(p.id) ?? []);
    providerRows.push(providerLine(name, provider, there, marks));
  }
  const placementRows = placed.map((p) => placementLine(p, options.fullDetail));
  const rows: RegisterCell[][] = [
    [options.title],
    [],
    [`Providers in use (${providerRows.length})`],
    [...PROVIDER_HEADERS],
    ...providerRows,
    [],
    [`Placements in use and where each pupil is this week (${placementRows.length})`],
    [...PLACEMENT_HEADERS],
    ...placementRows,
  ];
  const width = Math.max(...rows.map((r) => r.length));
  return {
    rows: rows.map((r) => [...r, ...Array<RegisterCell>(width - r.length).fill('')]),
    providers: providerRows.length,
    placements: placementRows.length,
  };
}
