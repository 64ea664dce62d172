// The Placements sheet: one row per placement, its columns exactly as DOMAIN.md §4 lists them.
import {
  choice,
  date,
  dateOrNotRequired,
  defineSheet,
  email,
  number,
  phone,
  placementId,
  text,
  withDefault,
  yesNo,
  type RecordOf,
} from '../columns';

export const PLACEMENT_STATUSES = [
  'Proposed',
  'Agreed',
  'Active',
  'Paused',
  'Ended',
  'Terminated',
] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const SEN_STATUSES = ['None', 'SEN support', 'EHCP'] as const;

/** Why the pupil is placed (policy P1; off-site direction has its own notice rules, §3). */
export const ROUTES = [
  'Off-site direction',
  'Suspension',
  'Preventative',
  'Medical',
  'Vocational',
  'Other',
] as const;

/** B school-arranged AP, D dual registered, K LA-arranged (Pupil Registration Regulations 2024). */
export const PLACEMENT_ATTENDANCE_CODES = ['B', 'D', 'K'] as const;

export const TRANSPORT = ['None', 'Parent/carer', 'School', 'Provider', 'Local authority'] as const;

/** Where the pupil went after the placement (policy P5). */
export const DESTINATIONS = [
  'Mainstream school',
  'Further education',
  'Training or apprenticeship',
  'Employment',
  'Another school',
  'Other',
] as const;

/** Reviews at least half-termly (P14); six weeks is about one half-term. */
export const DEFAULT_REVIEW_WEEKS = 6;

const ADD_ON = { owner: 'add-on' } as const;

export const Placements = defineSheet('Placements', {
  placementId: placementId('Placement ID', ADD_ON),
  status: choice('Status', PLACEMENT_STATUSES),
  pupilName: text('Pupil name'),
  upn: text('UPN'),
  dateOfBirth: date('Date of birth'),
  yearGroup: number('Year group', { wholeNumber: true, min: 1, max: 14, yearPrefix: true }),
  senStatus: choice('SEN status', SEN_STATUSES),
  lookedAfter: yesNo('Looked after'),
  socialWorker: text('Social worker'),
  socialWorkerEmail: email('Social worker email'),
  virtualSchoolEmail: email('Virtual school email'),
  parentName: text('Parent/carer name'),
  parentEmail: email('Parent/carer email'),
  parentPhone: phone('Parent/carer phone'),
  route: choice('Route', ROUTES),
  reason: text('Reason'),
  // The census's primary reason for placement, from the codeset on Settings (census-reasons.ts).
  censusReason: text('Census reason'),
  provider: text('Provider'),
  deliverySite: text('Delivery site'),
  startDate: date('Start date'),
  plannedEndDate: date('Planned end date'),
  sessions: text('Sessions'),
  hoursPerWeek: number('Hours per week', { min: 0, max: 40 }),
  weeklyCost: number('Weekly cost (£)', { min: 0 }),
  attendanceCode: choice('Attendance code', PLACEMENT_ATTENDANCE_CODES),
  transport: choice('Transport', TRANSPORT),
  transportChecksDate: date('Transport checks date'),
  objectives: text('Objectives'),
  baseline: text('Baseline'),
  assessmentArrangements: text('Assessment arrangements'),
  reintegrationPlan: text('Reintegration plan'),
  reviewEveryWeeks: withDefault(
    number('Review every (weeks)', { wholeNumber: true, min: 1, max: 52 }),
    DEFAULT_REVIEW_WEEKS,
  ),
  initialMeetingDate: date('Initial meeting date'),
  parentNoticeDate: date('Parent notice date'),
  parentAgreementSigned: date('Parent agreement signed'),
  providerAgreementSigned: date('Provider agreement signed'),
  laNotified: date('LA notified'),
  riskAssessmentDate: dateOrNotRequired('Risk assessment date'),
  pastoralLeadEmail: email('Pastoral lead email'),
  safeguardingConcernDate: date('Safeguarding concern date'),
  actualEndDate: date('Actual end date'),
  destination: choice('Destination', DESTINATIONS),
  achievements: text('Achievements'),
  pupilsOwnAssessment: text("Pupil's own assessment"),
  lastReview: date('Last review', ADD_ON),
  nextReviewDue: date('Next review due', ADD_ON),
  checks: text('Checks', ADD_ON),
});

export type Placement = RecordOf<typeof Placements>;
