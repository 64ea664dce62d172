// The evaluation senior leaders need (policy P9, issue 15 item 3): each placement and provider this school year.
import type { IsoDate } from '../cells';
import { addDays, earlier, isIsoDate } from '../calendar/iso-date';
import { nextReviewDue } from '../calendar/next-review';
import type { HalfTerm } from '../calendar/school-calendar';
import type { PlacementOnDay, ReminderDay } from '../reminders/reminder-day';
import { nameKey } from '../rules/context';
import type { AttendanceRecord } from '../sheets/attendance';
import { countsAsReview, type Review } from '../sheets/reviews';
import { columnLetter, type TableRow } from '../table';
import { rectangular, type ReportCell } from './report-rows';

type Cell = ReportCell;

/** The school year containing `today`: 1 September to 31 August. */
export function schoolYearStart(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 9 ? year : year - 1}-09-01` as IsoDate;
}

/** Attended and marked sessions: Present and Late attend, Absent does not, No session is not counted. */
interface Tally {
  attended: number;
  marked: number;
}

function tally(rows: readonly AttendanceRecord[], from: IsoDate, to: IsoDate): Tally {
  const counted = { attended: 0, marked: 0 };
  for (const { date, mark } of rows) {
    if (!isIsoDate(date) || date < from || date > to) continue;
    if (mark === 'Present' || mark === 'Late') counted.attended += 1;
    if (mark === 'Present' || mark === 'Late' || mark === 'Absent') counted.marked += 1;
  }
  return counted;
}

function percent({ attended, marked }: Tally): string {
  return marked === 0 ? '' : `${Math.round((attended / marked) * 1000) / 10}%`;
}

function money(pounds: number): number {
  return Math.round(pounds * 100) / 100;
}

/** One placement's year, in figures. */
interface PlacementYear {
  readonly p: PlacementOnDay;
  readonly byHalfTerm: readonly Tally[];
  readonly year: Tally;
  readonly onTime: number;
  readonly late: number;
  readonly progress: string;
  readonly outcome: string;
  readonly terminationReason: string;
  readonly cost: number;
}

/**
 * Each counting review this school year, in date order, against the date it was due (the rule
 * Next review due follows, from the review before it or the start): on time when held by then.
 */
function reviewsOf(
  p: PlacementOnDay,
  reviews: readonly Review[],
  day: ReminderDay,
  yearStart: IsoDate,
): { onTime: number; late: number; progress: string } {
  const { startDate, reviewEveryWeeks } = p.row.record;
  const held = reviews
    .filter((r) => countsAsReview(r) && isIsoDate(r.reviewDate) && r.reviewDate <= day.today)
    .sort((a, b) => ((a.reviewDate ?? '') < (b.reviewDate ?? '') ? -1 : 1));
  let onTime = 0;
  let late = 0;
  let previous: IsoDate | undefined;
  const progress: string[] = [];
  for (const review of held) {
    const date = review.reviewDate as IsoDate;
    const due = nextReviewDue(day.index.calendar, {
      startDate,
      lastReview: previous,
      reviewEveryWeeks,
    }).due;
    previous = date;
    if (date < yearStart) continue;
    if (due === undefined || date <= due) onTime += 1;
    else late += 1;
    if (review.progress) progress.push(review.progress);
  }
  return { onTime, late, progress: progress.join(' → ') };
}

/** What the placement came to: its destination once ended, otherwise its status. */
function outcomeOf(p: PlacementOnDay): string {
  const { status, destination } = p.row.record;
  if (status === 'Ended') return destination ? `Ended: ${destination}` : 'Ended';
  if (status === 'Terminated') return destination ? `Terminated: ${destination}` : 'Terminated';
  return status ?? '';
}

/** Why it was terminated: the Actions of the review that decided so (the latest), if any. */
function terminationReasonOf(p: PlacementOnDay, reviews: readonly Review[]): string {
  if (p.row.record.status !== 'Terminated') return '';
  const deciding = reviews
    .filter((r) => r.decision === 'Terminate placement')
    .sort((a, b) => ((a.reviewDate ?? '') < (b.reviewDate ?? '') ? 1 : -1))[0];
  return deciding?.actions ?? 'No review recorded the decision';
}

/**
 * Cost to date: Weekly cost for each school week of the placement this year (school days from its
 * start, or the year's, to its end or today, over five).
 */
function costOf(p: PlacementOnDay, day: ReminderDay, yearStart: IsoDate): number {
  const { weeklyCost, startDate, actualEndDate } = p.row.record;
  if (weeklyCost === undefined || !isIsoDate(startDate)) return 0;
  const from = startDate > yearStart ? startDate : yearStart;
  const last = earlier(actualEndDate, day.today) ?? day.today;
  const dayAfter = addDays(last, 1);
  if (!dayAfter || from >= dayAfter) return 0;
  const schoolDays = day.index.calendar.schoolDaysBetween(from, dayAfter) ?? 0;
  return money((weeklyCost * schoolDays) / 5);
}

function placementYear(
  p: PlacementOnDay,
  attendance: readonly AttendanceRecord[],
  reviews: readonly Review[],
  halfTerms: readonly HalfTerm[],
  day: ReminderDay,
  yearStart: IsoDate,
): PlacementYear {
  const reviewed = reviewsOf(p, reviews, day, yearStart);
  return {
    p,
    byHalfTerm: halfTerms.map((h) =>
      tally(attendance, h.start, earlier(h.end, day.today) ?? h.end),
    ),
    year: tally(attendance, yearStart, day.today),
    ...reviewed,
    outcome: outcomeOf(p),
    terminationReason: terminationReasonOf(p, reviews),
    cost: costOf(p, day, yearStart),
  };
}

/** Placed this school year: started by today and not ended before the year began; not Proposed. */
function inYear(p: PlacementOnDay, today: IsoDate, yearStart: IsoDate): boolean {
  const { status, startDate, actualEndDate } = p.row.record;
  if (status === 'Proposed' || !isIsoDate(startDate) || startDate > today) return false;
  return !isIsoDate(actualEndDate) || actualEndDate >= yearStart;
}

/** Every Reviews row by its Placement ID, in sheet order. */
function reviewsByPlacement(day: ReminderDay): Map<string, Review[]> {
  const byId = new Map<string, Review[]>();
  for (const { record } of day.snapshot.reviews) {
    if (!record.placementId) continue;
    const rows = byId.get(record.placementId);
    if (rows) rows.push(record);
    else byId.set(record.placementId, [record]);
  }
  return byId;
}

/**
 * The year's figures that need no attendance (the Monday summary and the sidebar have only recent
 * Attendance): reviews held on time and late this school year, and cost to date.
 */
export function yearReviewsAndCost(day: ReminderDay): {
  readonly reviewsOnTime: number;
  readonly reviewsLate: number;
  readonly costToDate: number;
} {
  const yearStart = schoolYearStart(day.today);
  const reviewsById = reviewsByPlacement(day);
  let reviewsOnTime = 0;
  let reviewsLate = 0;
  let costToDate = 0;
  for (const p of day.placements) {
    if (!inYear(p, day.today, yearStart)) continue;
    const reviewed = reviewsOf(p, reviewsById.get(p.id) ?? [], day, yearStart);
    reviewsOnTime += reviewed.onTime;
    reviewsLate += reviewed.late;
    costToDate += costOf(p, day, yearStart);
  }
  return { reviewsOnTime, reviewsLate, costToDate: money(costToDate) };
}

function costPerSession(cost: number, attended: number): Cell {
  return attended === 0 ? '' : money(cost / attended);
}

function sum(years: readonly PlacementYear[], pick: (y: PlacementYear) => number): number {
  return years.reduce((total, y) => total + pick(y), 0);
}

function addTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (a, t) => ({ attended: a.attended + t.attended, marked: a.marked + t.marked }),
    {
      attended: 0,
      marked: 0,
    },
  );
}

/** "Mainstream school 2; Further education 1". */
function countsOf(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, n]) => `${text} ${n}`).join('; ');
}

export interface Evaluation {
  readonly title: string;
  /** The year's half-terms so far: the attendance columns. */
  readonly halfTerms: readonly string[];
  readonly headline: readonly (readonly [string, Cell])[];
  readonly providerHeaders: readonly string[];
  readonly providerRows: readonly (readonly Cell[])[];
  readonly placementHeaders: readonly string[];
  readonly placementRows: readonly (readonly Cell[])[];
  /** Placements that ended or were terminated this year, by outcome: the outcomes chart's data. */
  readonly outcomes: readonly (readonly [string, number])[];
}

/**
 * Every placement of this school year (IDs only, never names) and each provider's totals:
 * attendance at the provider by half-term, reviews held on time and late, progress over the
 * reviews, outcomes and terminations with the review's reason, cost to date and per attended
 * session; and the headline figures of the year.
 */
export function evaluation(
  day: ReminderDay,
  attendance: readonly TableRow<AttendanceRecord>[],
  title: string,
): Evaluation {
  const { today } = day;
  const yearStart = schoolYearStart(today);
  const halfTerms = day.index.calendar.halfTerms.filter(
    (h) => h.start >= yearStart && h.start <= today,
  );
  const attendanceById = new Map<string, AttendanceRecord[]>();
  for (const { record } of attendance) {
    if (!record.placementId || !isIsoDate(record.date) || record.date < yearStart) continue;
    const rows = attendanceById.get(record.placementId);
    if (rows) rows.push(record);
    else attendanceById.set(record.placementId, [record]);
  }
  const reviewsById = reviewsByPlacement(day);
  const years = day.placements
    .filter((p) => inYear(p, today, yearStart))
    .map((p) =>
      placementYear(
        p,
        attendanceById.get(p.id) ?? [],
        reviewsById.get(p.id) ?? [],
        halfTerms,
        day,
        yearStart,
      ),
    );
  const byProvider = new Map<string, { name: string; years: PlacementYear[] }>();
  for (const y of years) {
    const name = y.p.row.record.provider ?? 'No provider named';
    const key = nameKey(name) ?? '';
    const group = byProvider.get(key);
    if (group) group.years.push(y);
    else byProvider.set(key, { name: y.p.context.provider?.provider ?? name, years: [y] });
  }
  const halfTermNames = halfTerms.map((h) => h.name);
  const providerRows = [...byProvider.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, years: there }) => {
      const attended = sum(there, (y) => y.year.attended);
      const cost = money(sum(there, (y) => y.cost));
      return [
        name,
        there.length,
        ...halfTerms.map((_, i) =>
          percent(addTallies(there.map((y) => y.byHalfTerm[i] ?? { attended: 0, marked: 0 }))),
        ),
        percent(addTallies(there.map((y) => y.year))),
        sum(there, (y) => y.onTime),
        sum(there, (y) => y.late),
        countsOf(
          there
            .map((y) => y.outcome)
            .filter((o) => o.startsWith('Ended') || o.startsWith('Terminated')),
        ),
        there.filter((y) => y.p.row.record.status === 'Terminated').length,
        cost,
        costPerSession(cost, attended),
      ];
    });
  const placementRows = years.map((y) => [
    y.p.id,
    y.p.context.provider?.provider ?? y.p.row.record.provider ?? '',
    y.p.row.record.status ?? '',
    ...y.byHalfTerm.map(percent),
    percent(y.year),
    y.onTime,
    y.late,
    y.progress,
    y.outcome,
    y.terminationReason,
    y.cost,
    costPerSession(y.cost, y.year.attended),
  ]);
  const outcomeCounts = new Map<string, number>();
  for (const y of years) {
    if (!y.outcome.startsWith('Ended') && !y.outcome.startsWith('Terminated')) continue;
    outcomeCounts.set(y.outcome, (outcomeCounts.get(y.outcome) ?? 0) + 1);
  }
  const all = addTallies(years.map((y) => y.year));
  const onTime = sum(years, (y) => y.onTime);
  const held = onTime + sum(years, (y) => y.late);
  const cost = money(sum(years, (y) => y.cost));
  return {
    title,
    halfTerms: halfTermNames,
    headline: [
      ['Placements this school year', years.length],
      ['Attendance at providers', percent(all) || 'No sessions marked'],
      ['Reviews held on time', held === 0 ? 'No reviews held' : `${onTime} of ${held}`],
      [
        'Ended or terminated',
        years.filter((y) => y.outcome.startsWith('Ended') || y.outcome.startsWith('Terminated'))
          .length,
      ],
      ['Cost to date (£)', cost],
      ['Cost per attended session (£)', costPerSession(cost, all.attended) || '—'],
    ],
    providerHeaders: [
      'Provider',
      'Placements',
      ...halfTermNames.map((h) => `Attendance ${h}`),
      'Attendance this year',
      'Reviews on time',
      'Reviews late',
      'Outcomes',
      'Terminations',
      'Cost to date (£)',
      'Cost per attended session (£)',
    ],
    providerRows,
    placementHeaders: [
      'Placement ID',
      'Provider',
      'Status',
      ...halfTermNames.map((h) => `Attendance ${h}`),
      'Attendance this year',
      'Reviews on time',
      'Reviews late',
      'Progress at reviews',
      'Outcome',
      'Termination reason',
      'Cost to date (£)',
      'Cost per attended session (£)',
    ],
    placementRows,
    outcomes: [...outcomeCounts].sort(([a], [b]) => a.localeCompare(b)),
  };
}

/** A chart the Evaluation sheet carries, over ranges of the sheet in A1 notation. */
export interface ChartSpec {
  /** Also how the chart is found again to update it in place (its title option). */
  readonly title: string;
  readonly type: 'COLUMN' | 'PIE';
  readonly ranges: readonly string[];
  /** 1-based row and column of the chart's top left corner. */
  readonly row: number;
  readonly column: number;
}

export interface EvaluationLayout {
  /** The sheet's rows, all one width. */
  readonly rows: Cell[][];
  readonly charts: readonly ChartSpec[];
}

export const ATTENDANCE_CHART = 'Attendance at each provider by half-term';
export const REVIEWS_CHART = 'Reviews held on time and late, by provider';
export const OUTCOMES_CHART = 'Outcomes of placements ended this year';

/**
 * The Evaluation sheet: title, headline, by provider, outcomes, by placement; and three charts to
 * the right of the tables, over the provider rows (attendance by half-term; reviews on time and
 * late) and the outcomes table. A section with no rows still has its header row, so every chart
 * always has a range.
 */
export function evaluationLayout(e: Evaluation): EvaluationLayout {
  const rows: Cell[][] = [[e.title], [], ['Headline'], ...e.headline.map(([l, v]) => [l, v]), []];
  rows.push([`By provider (${e.providerRows.length})`]);
  const providerHeader = rows.length + 1;
  rows.push([...e.providerHeaders], ...e.providerRows.map((r) => [...r]), []);
  const providerLast = providerHeader + e.providerRows.length;
  rows.push([`Outcomes (${e.outcomes.reduce((n, [, c]) => n + c, 0)} ended)`]);
  const outcomeHeader = rows.length + 1;
  rows.push(['Outcome', 'Placements'], ...e.outcomes.map(([o, n]) => [o, n]), []);
  const outcomeLast = outcomeHeader + e.outcomes.length;
  rows.push([`By placement (${e.placementRows.length})`]);
  rows.push([...e.placementHeaders], ...e.placementRows.map((r) => [...r]));
  const width = Math.max(...rows.map((r) => r.length));
  const column = (header: string) => columnLetter(e.providerHeaders.indexOf(header));
  const firstHalfTerm = e.providerHeaders.findIndex((h) => h.startsWith('Attendance '));
  const halfTermRange =
    e.halfTerms.length > 0
      ? `${columnLetter(firstHalfTerm)}${providerHeader}:${columnLetter(firstHalfTerm + e.halfTerms.length - 1)}${providerLast}`
      : `${column('Attendance this year')}${providerHeader}:${column('Attendance this year')}${providerLast}`;
  const chartColumn = width + 2;
  return {
    rows: rectangular(rows),
    charts: [
      {
        title: ATTENDANCE_CHART,
        type: 'COLUMN',
        ranges: [`A${providerHeader}:A${providerLast}`, halfTermRange],
        row: 1,
        column: chartColumn,
      },
      {
        title: REVIEWS_CHART,
        type: 'COLUMN',
        ranges: [
          `A${providerHeader}:A${providerLast}`,
          `${column('Reviews on time')}${providerHeader}:${column('Reviews late')}${providerLast}`,
        ],
        row: 21,
        column: chartColumn,
      },
      {
        title: OUTCOMES_CHART,
        type: 'PIE',
        ranges: [`A${outcomeHeader}:B${outcomeLast}`],
        row: 41,
        column: chartColumn,
      },
    ],
  };
}
