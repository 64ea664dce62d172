// Runs every placement rule over a workbook snapshot: per row, its problems and its review dates.
import { censusReasonChosen } from './census-data';
import type { IsoDate } from '../cells';
import { lastReviewDates, nextReviewDue } from '../calendar/next-review';
import { schoolCalendar, type SchoolCalendar } from '../calendar/school-calendar';
import { parseSessions, type WeeklySessions } from '../calendar/sessions';
import { Placements, type Placement } from '../sheets/placements';
import type { Provider } from '../sheets/providers';
import type { Review } from '../sheets/reviews';
import type { Settings } from '../sheets/settings';
import type { TermDate } from '../sheets/term-dates';
import type { TableRow } from '../table';
import { attendanceCodeFits } from './attendance-code';
import {
  isFinished,
  nameKey,
  PLACEMENT,
  type PlacementContext,
  type PlacementRule,
} from './context';
import { crossRowProblems } from './cross-row';
import { activePastPlannedEnd, agreedBeforeStart, datesInOrder } from './dates';
import { emailColumnsOf, emailProblems } from './emails';
import { sortProblems, type Problem } from './problem';
import { proposedProviderListed, unregisteredProviderLimits } from './provider-registration';
import { ageAtStart, yearGroupAgrees } from './pupil';
import { requiredByStatus } from './requirements';
import { incompleteReviewsByPlacement, type IncompleteReview } from './review-rows';
import {
  concernReviewed,
  reviewOverdue,
  reviewsIncomplete,
  reviewTermDates,
  terminationRecorded,
} from './reviews';
import { sessionsReadable } from './timetable';
import { upnProblems } from './upn';

/** Every sheet the checks read, as the table adapter read it, with the settings they use. */
export interface WorkbookSnapshot {
  readonly placements: readonly TableRow<Placement>[];
  readonly providers: readonly TableRow<Provider>[];
  readonly reviews: readonly TableRow<Review>[];
  readonly termDates: readonly TableRow<TermDate>[];
  readonly settings: Pick<Settings, 'expiryWarningDays'>;
}

/** What the rules look things up in, built once per run (not once per row). */
export interface WorkbookIndex {
  readonly today: IsoDate;
  readonly calendar: SchoolCalendar;
  /** Providers by name as compared (case and spacing ignored); the first row of a name wins. */
  readonly providerByName: ReadonlyMap<string, Provider>;
  readonly lastReviews: ReadonlyMap<string, IsoDate>;
  /** Held reviews that do not count (DOMAIN.md §4 Reviews), by Placement ID, newest first. */
  readonly incompleteReviews: ReadonlyMap<string, readonly IncompleteReview[]>;
  /** Placement IDs a review decided to terminate. */
  readonly terminationDecided: ReadonlySet<string>;
  /** Sessions read once per distinct text: most placements share a handful of timetables. */
  readonly sessionsOf: (text: string | undefined) => WeeklySessions;
}

export function indexWorkbook(
  snapshot: Omit<WorkbookSnapshot, 'placements'>,
  today: IsoDate,
): WorkbookIndex {
  const providerByName = new Map<string, Provider>();
  for (const { record } of snapshot.providers) {
    const key = nameKey(record.provider);
    if (key !== undefined && !providerByName.has(key)) providerByName.set(key, record);
  }
  const reviews = snapshot.reviews.map((row) => row.record);
  const terminationDecided = new Set<string>();
  for (const review of reviews) {
    if (review.decision === 'Terminate placement' && review.placementId) {
      terminationDecided.add(review.placementId);
    }
  }
  const sessionsByText = new Map<string | undefined, WeeklySessions>();
  return {
    today,
    calendar: schoolCalendar(snapshot.termDates.map((row) => row.record)),
    providerByName,
    lastReviews: lastReviewDates(reviews, today),
    incompleteReviews: incompleteReviewsByPlacement(snapshot.reviews, today),
    terminationDecided,
    sessionsOf: (text) => {
      let sessions = sessionsByText.get(text);
      if (!sessions) {
        sessions = parseSessions(text);
        sessionsByText.set(text, sessions);
      }
      return sessions;
    },
  };
}

/** Everything the rules need to know about one placement. */
export function placementContext(index: WorkbookIndex, placement: Placement): PlacementContext {
  const id = placement.placementId;
  const lastReview = id === undefined ? undefined : index.lastReviews.get(id);
  return {
    placement,
    provider: index.providerByName.get(nameKey(placement.provider) ?? ''),
    sessions: index.sessionsOf(placement.sessions),
    calendar: index.calendar,
    today: index.today,
    lastReview,
    // Only rows since the last review that counts: older gaps no longer hold anything up.
    incompleteReviews: (id === undefined ? [] : (index.incompleteReviews.get(id) ?? [])).filter(
      (review) => lastReview === undefined || review.reviewDate > lastReview,
    ),
    // A finished placement has no next review (DOMAIN.md §3.2 applies while it runs).
    review: isFinished(placement.status)
      ? { base: undefined, due: undefined }
      : nextReviewDue(index.calendar, {
          startDate: placement.startDate,
          lastReview,
          reviewEveryWeeks: placement.reviewEveryWeeks,
        }),
    terminationDecided: id !== undefined && index.terminationDecided.has(id),
  };
}

const PLACEMENT_EMAILS = emailColumnsOf(Placements);

/** Every rule about one row, in the order staff read the columns. */
export const PLACEMENT_RULES: readonly PlacementRule[] = [
  requiredByStatus,
  ({ placement }) => upnProblems(placement.upn, PLACEMENT.upn),
  ageAtStart,
  yearGroupAgrees,
  ({ placement }) => emailProblems(PLACEMENT_EMAILS, placement),
  datesInOrder,
  agreedBeforeStart,
  activePastPlannedEnd,
  attendanceCodeFits,
  proposedProviderListed,
  unregisteredProviderLimits,
  sessionsReadable,
  censusReasonChosen,
  reviewOverdue,
  reviewTermDates,
  concernReviewed,
  reviewsIncomplete,
  terminationRecorded,
];

export function checkPlacement(context: PlacementContext): Problem[] {
  return PLACEMENT_RULES.flatMap((rule) => rule(context));
}

export interface PlacementCheck {
  readonly rowNumber: number;
  readonly placementId: string | undefined;
  /** Errors first; "OK" in Checks when empty (see formatChecks). */
  readonly problems: readonly Problem[];
  /** For the add-on's Last review and Next review due columns. */
  readonly lastReview: IsoDate | undefined;
  readonly nextReviewDue: IsoDate | undefined;
}

/** A placement row with its context, as checkPlacements and the reminders build them. */
export interface PlacementInContext {
  readonly row: TableRow<Placement>;
  readonly context: PlacementContext;
}

/**
 * Checks placements against DOMAIN.md §5. Cross-row checks always see every row; `rows` limits the
 * rows reported (onEdit re-checks only the rows edited). A cell that could not be read reports its
 * own problem, and rules about that column stay silent rather than call it blank.
 */
export function checkPlacements(
  snapshot: WorkbookSnapshot,
  today: IsoDate,
  options: { rows?: ReadonlySet<number> } = {},
): PlacementCheck[] {
  const index = indexWorkbook(snapshot, today);
  // Cross-row rules see every row; each reported row's full context is built for it alone.
  const between = crossRowProblems(
    snapshot.placements.map(({ rowNumber, record }) => ({
      rowNumber,
      placement: record,
      sessions: index.sessionsOf(record.sessions),
      provider: index.providerByName.get(nameKey(record.provider) ?? ''),
    })),
  );
  const wanted = options.rows;
  return snapshot.placements
    .filter((row) => !wanted || wanted.has(row.rowNumber))
    .map((row) => checkRow(row, placementContext(index, row.record), between));
}

/** The same checks on rows already in context (the sidebar reuses the reminders' contexts). */
export function checkPlacementRows(
  contexts: readonly PlacementInContext[],
  wanted?: ReadonlySet<number>,
): PlacementCheck[] {
  const between = crossRowProblems(
    contexts.map(({ row, context }) => ({
      rowNumber: row.rowNumber,
      placement: row.record,
      sessions: context.sessions,
      provider: context.provider,
    })),
  );
  return contexts
    .filter(({ row }) => !wanted || wanted.has(row.rowNumber))
    .map(({ row, context }) => checkRow(row, context, between));
}

function checkRow(
  row: TableRow<Placement>,
  context: PlacementContext,
  between: ReadonlyMap<number, readonly Problem[]>,
): PlacementCheck {
  const unreadable = new Set(row.problems.map((p) => p.column));
  const cellProblems: Problem[] = row.problems.map((p) => ({
    severity: 'error',
    column: p.column,
    message: p.message,
  }));
  const ruleProblems = [...checkPlacement(context), ...(between.get(row.rowNumber) ?? [])];
  return {
    rowNumber: row.rowNumber,
    placementId: row.record.placementId,
    problems: sortProblems([
      ...cellProblems,
      ...ruleProblems.filter((p) => !unreadable.has(p.column)),
    ]),
    lastReview: context.lastReview,
    nextReviewDue: context.review.due,
  };
}
