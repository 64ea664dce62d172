// The AP register (issue 15, item 1): every provider in use and every placement there, as inspectors and the named person ask for them.
import type { IsoDate } from '../cells';
import { addDays, formatDate, isIsoDate, weekday } from '../calendar/iso-date';
import { SCHOOL_WEEKDAYS } from '../calendar/sessions';
import { initials } from '../reminders/initials';
import { upnKey } from '../rules/upn';
import type { PlacementOnDay, ReminderDay } from '../reminders/reminder-day';
import { nameKey } from '../rules/context';
import type { AttendanceRecord } from '../sheets/attendance';
import type { Provider } from '../sheets/providers';
import type { TableRow } from '../table';
import { rectangular, type ReportCell } from './report-rows';
import type { TemplateBlock } from '../documents/model';

/** Placements the register lists: agreed (starting soon) or running. Proposed ones are not placed yet. */
const IN_USE = new Set(['Agreed', 'Active', 'Paused']);

/** One register cell: text or a number (dates written out: the register is read, not sorted by date). */
type RegisterCell = ReportCell;

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
  readonly title: string;
  /** One row per provider in use, in PROVIDER_HEADERS order. */
  readonly providerRows: readonly (readonly RegisterCell[])[];
  /** One row per placement in use, in PLACEMENT_HEADERS order. */
  readonly placementRows: readonly (readonly RegisterCell[])[];
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

/**
 * The provider's identity as the census takes it (DOMAIN.md §5, docs/census.md): the URN of a
 * registered school, the UKPRN of an FE college, the setting type of an unregistered provider; what
 * is missing, said.
 */
function identityText(provider: Provider | undefined): string {
  if (!provider) return 'Not on Providers';
  switch (provider.registration) {
    case 'Registered school':
    case 'Registered independent school':
      return provider.urn ? `URN ${provider.urn}` : 'URN missing';
    case 'FE college':
      return provider.ukprn ? `UKPRN ${provider.ukprn}` : 'UKPRN missing';
    case 'Unregistered':
      return provider.settingType ? `Setting type ${provider.settingType}` : 'Setting type missing';
    default:
      return 'Registration missing';
  }
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

/** Monday to Friday of the week containing `today` (a weekend day: the week just gone). */
function weekOf(today: IsoDate): { readonly monday: IsoDate; readonly friday: IsoDate } {
  const day = weekday(today) ?? 1;
  const monday = addDays(today, -(day === 0 ? 6 : day - 1)) ?? today;
  return { monday, friday: addDays(monday, 4) ?? today };
}

/**
 * Whether the pupil is at the provider this week: Active (a Paused placement has stopped, an Agreed
 * one has not begun), started by Friday and not ended before Monday.
 */
function attendsThisWeek(p: PlacementOnDay, today: IsoDate): boolean {
  const { status, startDate, actualEndDate } = p.row.record;
  const { monday, friday } = weekOf(today);
  if (status !== 'Active' || !isIsoDate(startDate) || startDate > friday) return false;
  return !isIsoDate(actualEndDate) || actualEndDate >= monday;
}

function placementLine(p: PlacementOnDay, fullDetail: boolean, today: IsoDate): RegisterCell[] {
  const { record } = p.row;
  const sessions = new Set(
    attendsThisWeek(p, today) ? p.context.sessions.sessions.map((s) => `${s.day} ${s.half}`) : [],
  );
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
    // Pupils, not placements: one pupil placed twice here is one pupil (by UPN, else by row).
    new Set(placed.map((p) => upnKey(p.row.record.upn) ?? p.id)).size,
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
  const placementRows = placed.map((p) => placementLine(p, options.fullDetail, day.today));
  return { title: options.title, providerRows, placementRows };
}

/** The register as the rows of its sheet, all one width: the title, then each section under its headers. */
export function registerSheetRows(register: ApRegister): RegisterCell[][] {
  const rows: RegisterCell[][] = [
    [register.title],
    [],
    [`Providers in use (${register.providerRows.length})`],
    [...PROVIDER_HEADERS],
    ...register.providerRows.map((row) => [...row]),
    [],
    [`Placements in use and where each pupil is this week (${register.placementRows.length})`],
    [...PLACEMENT_HEADERS],
    ...register.placementRows.map((row) => [...row]),
  ];
  return rectangular(rows);
}

/** Where the week's timetable starts among a placement row's cells. */
const TIMETABLE_FROM = PLACEMENT_HEADERS.length - TIMETABLE.length;

/**
 * The register as a printable Doc: each provider under its own heading with its details as a
 * two-column table, then the placements' dates, then the week's timetable (a table each, to fit a
 * page across).
 */
export function registerDocBlocks(register: ApRegister): TemplateBlock[] {
  const text = (cell: RegisterCell | undefined) => String(cell ?? '');
  const blocks: TemplateBlock[] = [
    { kind: 'title', text: 'AP register' },
    { kind: 'paragraph', text: register.title },
    { kind: 'heading1', text: `Providers in use (${register.providerRows.length})` },
  ];
  for (const row of register.providerRows) {
    blocks.push({
      kind: 'table',
      rows: [
        ['Provider', text(row[0])],
        ...PROVIDER_HEADERS.slice(1).map((header, i) => [header, text(row[i + 1]) || '—']),
      ],
    });
  }
  blocks.push({
    kind: 'heading1',
    text: `Placements in use (${register.placementRows.length})`,
  });
  if (register.placementRows.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No placement is agreed or running.' });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    rows: [
      PLACEMENT_HEADERS.slice(0, TIMETABLE_FROM).map(String),
      ...register.placementRows.map((row) => row.slice(0, TIMETABLE_FROM).map(text)),
    ],
  });
  blocks.push({ kind: 'heading1', text: 'Where each pupil is this week' });
  blocks.push({
    kind: 'table',
    rows: [
      ['Placement ID', ...TIMETABLE],
      ...register.placementRows.map((row) => [
        text(row[0]),
        ...row.slice(TIMETABLE_FROM).map(text),
      ]),
    ],
  });
  return blocks;
}
