// The census AP return (issue 15, item 2): one row per placement attended in the collection window, or what to fix.
import { formatDate } from '../calendar/iso-date';
import type { IsoDate } from '../cells';
import type { PlacementOnDay, ReminderDay } from '../reminders/reminder-day';
import { upnKey, upnProblems } from '../rules/upn';
import { reasonNamed, type CensusReason } from '../sheets/census-reasons';
import type { Provider } from '../sheets/providers';
import type { CensusWindow } from './census-days';

/** One placement as the module asks for it (docs/census.md §Data items). */
export interface CensusRow {
  readonly placementId: string;
  /** The Placements row, for staff to find it. */
  readonly rowNumber: number;
  readonly upn: string;
  /** Exactly one of these three is filled (the one-of rule, MIS error 2364). */
  readonly urn: string;
  readonly ukprn: string;
  readonly settingType: string;
  readonly reason: string;
  /** The code beside the reason on Settings; blank until the school types it. */
  readonly reasonCode: string;
  readonly entryDate: IsoDate;
  /** Blank while the placement was still open on census day. */
  readonly leavingDate: IsoDate | '';
  /** FT when the placement takes all ten sessions of the week, PT otherwise. */
  readonly attendancePattern: 'FT' | 'PT';
  readonly sessionsPerWeek: number;
}

/** A placement in the window that cannot be returned as it stands, with each thing to fix. */
export interface Unreturnable {
  readonly placementId: string;
  readonly rowNumber: number;
  readonly fixes: readonly string[];
}

export interface CensusReturn {
  readonly window: CensusWindow;
  readonly rows: readonly CensusRow[];
  readonly unreturnable: readonly Unreturnable[];
  /** Things to check that do not stop a row being returned (a reason's code not typed yet). */
  readonly toCheck: readonly string[];
  /** When nothing was attended in the window: what to tell the DfE, as the MIS query asks. */
  readonly nilReturn?: string;
}

/** Statuses of a placement that has been attended; Proposed and Agreed have not started. */
const ATTENDED = new Set(['Active', 'Paused', 'Ended', 'Terminated']);
const FINISHED = new Set(['Ended', 'Terminated']);
/** A school week: five days of a morning and an afternoon session. */
const FULL_WEEK = 10;

/**
 * Whether the placement was attended at some point between the window's first day and census day:
 * started by census day (and by today, for a return made ahead of census day) and not ended before
 * the window.
 */
function inWindow(p: PlacementOnDay, window: CensusWindow, today: IsoDate): boolean {
  const { startDate, actualEndDate, status } = p.row.record;
  // A placement under way with no Start date cannot be placed in time: listed, to be fixed.
  if (startDate === undefined) return ATTENDED.has(status ?? '');
  if (startDate > window.censusDay || startDate > today) return false;
  return actualEndDate === undefined || actualEndDate >= window.from;
}

/** URN, UKPRN or setting type, by the provider's Registration (DOMAIN.md §5), or what is missing. */
function providerIdentity(
  provider: Provider | undefined,
  placementProvider: string | undefined,
): { urn: string; ukprn: string; settingType: string } | { fix: string } {
  if (!provider) {
    return {
      fix: `Provider: "${placementProvider ?? ''}" is not on Providers; add it there with its Registration and URN, UKPRN or Setting type (the census needs one of them, MIS error 2364).`,
    };
  }
  const name = provider.provider ?? '';
  const blank = { urn: '', ukprn: '', settingType: '' };
  switch (provider.registration) {
    case 'Registered school':
    case 'Registered independent school':
      return provider.urn
        ? { ...blank, urn: provider.urn }
        : {
            fix: `URN: ${name} is a ${provider.registration.toLowerCase()} with no URN on Providers; type its URN from Get Information about Schools (MIS error 2364).`,
          };
    case 'FE college':
      return provider.ukprn
        ? { ...blank, ukprn: provider.ukprn }
        : {
            fix: `UKPRN: ${name} is an FE college with no UKPRN on Providers; type its UK provider reference number (MIS error 2364).`,
          };
    case 'Unregistered':
      return provider.settingType
        ? { ...blank, settingType: provider.settingType }
        : {
            fix: `Setting type: ${name} is unregistered with no Setting type on Providers; choose NFE, OOT, OTH or WBP (MIS error 2364).`,
          };
    default:
      return {
        fix: `Registration: ${name} has no Registration on Providers; choose one, so the return carries its URN, UKPRN or setting type (MIS error 2364).`,
      };
  }
}

/** Whether a label is the codeset's "named on an EHC plan" reason (MIS error 2363). */
function isEhcPlanReason(label: string): boolean {
  return /\behc\b/i.test(label);
}

function rowFor(
  p: PlacementOnDay,
  window: CensusWindow,
  reasons: readonly CensusReason[],
): { row: CensusRow; fixes: string[] } | { fixes: string[] } {
  const { record, rowNumber } = p.row;
  const fixes: string[] = [];
  if (!ATTENDED.has(record.status ?? '') && record.startDate) {
    fixes.push(
      `Status: still ${record.status ?? 'blank'} though the placement started on ${formatDate(record.startDate)}; set it to Active (or Ended) if the pupil attended, or change the Start date.`,
    );
  }
  if (!record.startDate) {
    fixes.push(
      'Start date: blank or not a date; the census needs the entry date (type it as dd/mm/yyyy).',
    );
  }
  const upn = record.upn ?? '';
  for (const problem of upnProblems(record.upn)) fixes.push(`UPN: ${problem.message}`);
  if (upn.trim() === '') fixes.push('UPN: blank; type the pupil’s UPN from the MIS.');
  const identity = providerIdentity(p.context.provider, record.provider);
  if ('fix' in identity) fixes.push(identity.fix);
  const reason = reasonNamed(reasons, record.censusReason);
  if (!record.censusReason) {
    fixes.push(
      'Census reason: blank; choose the primary reason the placement was commissioned (not the pupil’s needs).',
    );
  } else if (!reason) {
    fixes.push(
      `Census reason: "${record.censusReason}" is not one of the census reasons on Settings; choose one from the list.`,
    );
  } else if (isEhcPlanReason(reason.label) && record.senStatus !== 'EHCP') {
    fixes.push(
      `Census reason: "${reason.label}" but SEN status is ${record.senStatus ?? 'blank'}; the census refuses this reason for a pupil without an EHC plan (MIS error 2363): correct one of them.`,
    );
  }
  const finished = FINISHED.has(record.status ?? '');
  const leaving =
    record.actualEndDate !== undefined && record.actualEndDate <= window.censusDay
      ? record.actualEndDate
      : '';
  if (finished && record.actualEndDate === undefined) {
    fixes.push(
      `Actual end date: blank on a placement that is ${record.status}; the census needs the leaving date (MIS error 2372 for a pupil who has left the school).`,
    );
  }
  const sessions = p.context.sessions;
  const count = sessions.sessions.length;
  if (count === 0 || sessions.problems.length > 0) {
    fixes.push(
      `Sessions: ${sessions.problems[0] ?? 'blank'}; the census needs the sessions per week (for example "Mon, Wed AM, Fri PM").`,
    );
  }
  if (fixes.length > 0 || 'fix' in identity || !record.startDate) return { fixes };
  return {
    fixes,
    row: {
      placementId: p.id,
      rowNumber,
      upn: upnKey(upn) ?? upn.trim(),
      ...identity,
      reason: reason?.label ?? '',
      reasonCode: reason?.code ?? '',
      entryDate: record.startDate,
      leavingDate: leaving,
      attendancePattern: count >= FULL_WEEK ? 'FT' : 'PT',
      sessionsPerWeek: count,
    },
  };
}

/** MIS error 2392: a pupil with several placements open on census day is part time at each. */
function fullTimeBesideAnother(rows: readonly CensusRow[], censusDay: IsoDate): Set<string> {
  const openByUpn = new Map<string, CensusRow[]>();
  for (const row of rows) {
    if (row.leavingDate !== '' && row.leavingDate < censusDay) continue;
    const open = openByUpn.get(row.upn);
    if (open) open.push(row);
    else openByUpn.set(row.upn, [row]);
  }
  const clashing = new Set<string>();
  for (const open of openByUpn.values()) {
    if (open.length > 1 && open.some((r) => r.attendancePattern === 'FT')) {
      for (const r of open) clashing.add(r.placementId);
    }
  }
  return clashing;
}

/** The nil return's note, as MIS queries 4015Q / 4016Q ask for when the module is empty. */
function nilNote(window: CensusWindow): string {
  return `No school-arranged alternative provision placements were attended between ${formatDate(window.from)} and ${formatDate(window.censusDay)} (census day).`;
}

/**
 * Every placement attended in the window (started by census day, not ended before the window):
 * returned when it has what the module needs, otherwise listed with each fix (the MIS's
 * validation errors as checks: 2363, 2364, 2372, 2392). A reason whose code is not yet on
 * Settings is returned with a blank code and listed to check.
 */
export function censusReturn(
  day: ReminderDay,
  reasons: readonly CensusReason[],
  window: CensusWindow,
): CensusReturn {
  const rows: CensusRow[] = [];
  const unreturnable: Unreturnable[] = [];
  for (const p of day.placements) {
    if (!inWindow(p, window, day.today)) continue;
    if (p.row.record.status === 'Proposed') continue;
    const made = rowFor(p, window, reasons);
    if ('row' in made) rows.push(made.row);
    else unreturnable.push({ placementId: p.id, rowNumber: p.row.rowNumber, fixes: made.fixes });
  }
  const clashing = fullTimeBesideAnother(rows, window.censusDay);
  const returned = rows.filter((r) => !clashing.has(r.placementId));
  for (const r of rows) {
    if (!clashing.has(r.placementId)) continue;
    unreturnable.push({
      placementId: r.placementId,
      rowNumber: r.rowNumber,
      fixes: [
        'Sessions: this pupil has more than one placement open on census day and one takes all ten sessions; the census expects part time at each open placement (MIS error 2392): correct the Sessions or end the other placement.',
      ],
    });
  }
  const uncoded = new Map<string, CensusReason>();
  for (const r of returned) {
    const reason = reasonNamed(reasons, r.reason);
    if (reason && !reason.code) uncoded.set(reason.label, reason);
  }
  const toCheck = [...uncoded.values()].map(
    (reason) =>
      `Settings row ${reason.rowNumber}: type the census code for "${reason.label}" from the DfE's 2026 to 2027 specification beside "Census reason: ${reason.label}"; until then the return leaves its code blank.`,
  );
  const nothing = returned.length === 0 && unreturnable.length === 0;
  return {
    window,
    rows: returned,
    unreturnable: unreturnable.sort((a, b) => a.rowNumber - b.rowNumber),
    toCheck,
    ...(nothing && { nilReturn: nilNote(window) }),
  };
}
