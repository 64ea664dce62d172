// Invented rows (no real pupils) for the rule tests: a clean Active placement and a clean provider.
import { parseRow } from '../../../src/domain/columns';
import { indexWorkbook, placementContext } from '../../../src/domain/rules/check-placements';
import type { WorkbookSnapshot } from '../../../src/domain/rules/check-placements';
import type { PlacementContext } from '../../../src/domain/rules/context';
import { Placements, type Placement } from '../../../src/domain/sheets/placements';
import { Providers, type Provider } from '../../../src/domain/sheets/providers';
import { Reviews, type Review } from '../../../src/domain/sheets/reviews';
import { TermDates, type TermDate } from '../../../src/domain/sheets/term-dates';
import type { TableRow } from '../../../src/domain/table';
import { DERBYSHIRE_2025_26 } from '../calendar/derbyshire-2025-26';

export type Cells = Readonly<Record<string, unknown>>;

/** A school day in Spring 1, two weeks into the clean placement. */
export const TODAY = '2026-01-20';

export const CLEAN_PROVIDER: Cells = {
  Provider: 'Riverside Skills Centre',
  Registration: 'Registered independent school',
  URN: '123456',
  Address: '1 Mill Lane, Exampleton EX1 1AB',
  'Contact name': 'Robin Tutor',
  'Contact email': 'office@riverside.example',
  'DSL name': 'Sam Guard',
  'DSL email': 'dsl@riverside.example',
  'Safeguarding confirmation requested': '2025-08-20',
  'Safeguarding confirmation received': '2025-09-01',
  'Insurance expiry': '2026-08-31',
  'Risk assessment date': '2025-09-10',
  'Last QA visit': '2025-11-12',
  Approved: 'Yes',
};

export const CLEAN_PLACEMENT: Cells = {
  'Placement ID': 'AP-0001',
  Status: 'Active',
  'Pupil name': 'Casey Example',
  UPN: 'B801200005001',
  'Date of birth': '2012-03-14',
  'Year group': 9,
  'SEN status': 'SEN support',
  'Looked after': 'No',
  'Parent/carer name': 'Jo Example',
  'Parent/carer email': 'jo@example.org',
  'Parent/carer phone': '07700 900123',
  Route: 'Vocational',
  Reason: 'Vocational route in construction',
  'Census reason': 'Other',
  Provider: 'Riverside Skills Centre',
  'Start date': '2026-01-05',
  'Planned end date': '2026-03-27',
  Sessions: 'Mon, Wed AM, Fri PM',
  'Hours per week': 12,
  'Attendance code': 'B',
  Transport: 'Parent/carer',
  Objectives: 'Level 1 construction; attendance above 90%',
  Baseline: 'Attendance 71%; no vocational qualifications',
  'Assessment arrangements': 'Weekly progress report from the provider',
  'Reintegration plan': 'Return full time to school in Summer 1',
  'Review every (weeks)': 6,
  'Initial meeting date': '2025-12-10',
  'Parent agreement signed': '2025-12-12',
  'Provider agreement signed': '2025-12-15',
  'LA notified': '2025-12-16',
  'Risk assessment date': '2025-12-17',
  'Pastoral lead email': 'pastoral@school.example',
};

export function placementRow(cells: Cells = {}, rowNumber = 2): TableRow<Placement> {
  return { rowNumber, ...parseRow(Placements, { ...CLEAN_PLACEMENT, ...cells }) };
}

export function providerRow(cells: Cells = {}, rowNumber = 2): TableRow<Provider> {
  return { rowNumber, ...parseRow(Providers, { ...CLEAN_PROVIDER, ...cells }) };
}

/** What a review records to count (DOMAIN.md §4 Reviews), with the expected fields too. */
export const COMPLETE_REVIEW: Cells = {
  Attendees: 'Head of Pastoral Care, provider tutor, parent',
  'Parent/carer attended': 'Yes',
  "Pupil's view": 'Enjoys the course',
  Progress: 'On track',
  'Safe and meeting needs': 'Yes',
  Decision: 'Continue',
};

/** A review that counts unless `cells` blanks one of its fields. */
export function reviewRow(cells: Cells, rowNumber = 2): TableRow<Review> {
  return { rowNumber, ...parseRow(Reviews, { ...COMPLETE_REVIEW, ...cells }) };
}

export function termDateRows(
  terms: readonly TermDate[] = DERBYSHIRE_2025_26,
): TableRow<TermDate>[] {
  return terms.map((t, i) => ({
    rowNumber: i + 2,
    ...parseRow(TermDates, { Term: t.term, Start: t.start, End: t.end }),
  }));
}

export function snapshot(parts: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  return {
    placements: parts.placements ?? [placementRow()],
    providers: parts.providers ?? [providerRow()],
    reviews: parts.reviews ?? [],
    termDates: parts.termDates ?? termDateRows(),
    settings: parts.settings ?? { expiryWarningDays: 30 },
  };
}

/** The context one rule sees for a placement built from the clean row with some cells changed. */
export function contextFor(
  cells: Cells = {},
  parts: Partial<WorkbookSnapshot> = {},
  today = TODAY,
): PlacementContext {
  return placementContext(indexWorkbook(snapshot(parts), today), placementRow(cells).record);
}

/** The messages of a list of problems, for readable assertions. */
export const messages = (problems: readonly { message: string }[]) =>
  problems.map((p) => p.message);
