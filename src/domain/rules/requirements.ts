// What each status needs before a placement may have it (DOMAIN.md §5; policy P3, P5, P7, P8, P10–P12).
import { PLACEMENT_STATUSES, type Placement, type PlacementStatus } from '../sheets/placements';
import { isBlank, PLACEMENT, type PlacementContext } from './context';
import { parentNoticeGap } from './off-site-direction';
import { aStatus, error, type Problem } from './problem';
import { insuranceGap, providerRiskAssessmentGap, safeguardingGap } from './provider-status';

export interface Requirement {
  /** The status checklist line it belongs to, in the policy's words. */
  readonly item: string;
  /** The column that holds the answer, and the cell marked when it is missing. */
  readonly column: string;
  readonly neededFor: readonly PlacementStatus[];
  /** False for what the policy recommends but the checks do not enforce: checklist only. */
  readonly blocking: boolean;
  /** Whether it concerns this placement at all (transport checks only when the family does not transport). */
  readonly appliesTo: (context: PlacementContext) => boolean;
  /** Why it is not met ('blank', 'the insurance of … expired on …'), or undefined when it is. */
  readonly unmet: (context: PlacementContext) => string | undefined;
  /** What to do, in a teacher's words, citing the rule. */
  readonly fix: string;
}

const ALL: readonly PlacementStatus[] = PLACEMENT_STATUSES;
const FROM_AGREED: readonly PlacementStatus[] = ['Agreed', 'Active', 'Paused', 'Ended'];
const FROM_ACTIVE: readonly PlacementStatus[] = ['Active', 'Paused', 'Ended'];
// The provider's checks matter while the pupil is there, not after the placement has finished.
const RUNNING: readonly PlacementStatus[] = ['Active', 'Paused'];

const always = () => true;

/** Transport someone other than the family arranges, whose checks the school confirms (P7, DOMAIN.md §5). */
const CHECKED_TRANSPORT: ReadonlySet<string | undefined> = new Set([
  'School',
  'Provider',
  'Local authority',
]);

function transportNeedsChecks(transport: Placement['transport']): boolean {
  return CHECKED_TRANSPORT.has(transport);
}

function field(
  item: string,
  key: keyof Placement,
  neededFor: readonly PlacementStatus[],
  fix: string,
  options: { appliesTo?: (context: PlacementContext) => boolean; blocking?: boolean } = {},
): Requirement {
  return {
    item,
    column: PLACEMENT[key],
    neededFor,
    blocking: options.blocking ?? true,
    appliesTo: options.appliesTo ?? always,
    unmet: (context) => (isBlank(context.placement[key]) ? 'blank' : undefined),
    fix,
  };
}

function providerCheck(
  item: string,
  gap: (context: PlacementContext) => string | undefined,
  fix: string,
): Requirement {
  return {
    item,
    column: PLACEMENT.provider,
    neededFor: RUNNING,
    blocking: true,
    appliesTo: (context) => context.provider !== undefined,
    unmet: gap,
    fix,
  };
}

const onProviders = (context: PlacementContext): string | undefined => {
  const { placement, provider } = context;
  if (isBlank(placement.provider)) return undefined;
  if (!provider) return `'${placement.provider}' is not on the Providers sheet`;
  return provider.approved === true
    ? undefined
    : `${placement.provider} is not marked Approved on Providers`;
};

/** In checklist order: what is needed first comes first. */
export const REQUIREMENTS: readonly Requirement[] = [
  field('Pupil details', 'pupilName', ALL, "type the pupil's name as the MIS has it"),
  field('Pupil details', 'upn', ALL, 'copy the UPN from the MIS'),
  field('Pupil details', 'dateOfBirth', ALL, 'type it as dd/mm/yyyy'),
  field('Route, provider and start', 'route', ALL, 'choose why the pupil is placed (P1)'),
  field('Route, provider and start', 'provider', ALL, 'choose the provider as named on Providers'),
  field('Route, provider and start', 'startDate', ALL, 'enter the first day at the provision'),
  field(
    'Initial meeting',
    'initialMeetingDate',
    FROM_AGREED,
    'enter the date school, parents/carers, pupil and provider met (P10)',
  ),
  field(
    'Parent/carer agreement',
    'parentAgreementSigned',
    FROM_AGREED,
    'enter the date parents/carers signed the agreement (P10)',
  ),
  field(
    'Plan complete',
    'objectives',
    FROM_AGREED,
    'write the objectives for improvement and attainment (P3)',
  ),
  field(
    'Plan complete',
    'baseline',
    FROM_AGREED,
    'write the baseline progress will be measured against (P3)',
  ),
  field(
    'Plan complete',
    'assessmentArrangements',
    FROM_AGREED,
    'write how progress will be assessed and monitored (P3)',
  ),
  field('Timetable', 'plannedEndDate', FROM_AGREED, 'enter the planned last day (P3: timeframes)'),
  field(
    'Timetable',
    'sessions',
    FROM_AGREED,
    'write the weekly sessions, like Mon, Wed AM, Fri PM',
  ),
  field(
    'Timetable',
    'attendanceCode',
    FROM_AGREED,
    'choose B for a school-arranged placement, D if the pupil is dual registered there',
  ),
  field(
    'Reintegration plan',
    'reintegrationPlan',
    FROM_AGREED,
    'write the next steps after the placement (P2)',
    { blocking: false },
  ),
  {
    item: 'Provider approved',
    column: PLACEMENT.provider,
    neededFor: FROM_AGREED,
    blocking: true,
    appliesTo: always,
    unmet: onProviders,
    fix: 'add the provider to Providers and mark it Approved once checked, or choose one that is',
  },
  {
    item: 'Parent notice (off-site direction)',
    column: PLACEMENT.parentNoticeDate,
    neededFor: FROM_AGREED,
    blocking: true,
    appliesTo: (context) => context.placement.route === 'Off-site direction',
    unmet: parentNoticeGap,
    fix: 'an off-site direction needs written notice to parents at least 2 school days before the first day (2010 regulations)',
  },
  field(
    'LA notified',
    'laNotified',
    FROM_ACTIVE,
    'enter the date the local authority was told (P11)',
  ),
  field(
    'Risk assessments',
    'riskAssessmentDate',
    FROM_ACTIVE,
    "enter the date of the pupil's risk assessment, or Not required (P7)",
  ),
  providerCheck(
    'Risk assessments',
    (context) => context.provider && providerRiskAssessmentGap(context.provider),
    "record the date of the provision's risk assessment on Providers (P7)",
  ),
  providerCheck(
    'Safeguarding confirmation',
    (context) => context.provider && safeguardingGap(context.provider, context.today),
    'ask the provider for written confirmation of its staff checks and record it on Providers (P12, KCSIE)',
  ),
  providerCheck(
    'Insurance',
    (context) => context.provider && insuranceGap(context.provider, context.today),
    'see the current insurance certificate and record its expiry on Providers (P7)',
  ),
  field(
    'Provider agreement',
    'providerAgreementSigned',
    FROM_ACTIVE,
    'enter the date the provider signed the agreement (P10)',
    { blocking: false },
  ),
  // P7, DOMAIN.md §5: transport only where every safeguarding check was carried out, and the school
  // confirms them whoever arranges the transport (the school, the provider or the local authority).
  field(
    'Transport checks',
    'transportChecksDate',
    FROM_ACTIVE,
    'check that every safeguarding check on the driver and the vehicle has been done, then enter that date (P7: transport is used only once the checks are done, whoever arranges it)',
    { appliesTo: (context) => transportNeedsChecks(context.placement.transport) },
  ),
  field(
    'Social worker and virtual school',
    'socialWorker',
    FROM_ACTIVE,
    "enter the child's social worker (P8: looked-after child)",
    {
      appliesTo: (context) => context.placement.lookedAfter === true,
    },
  ),
  field(
    'Social worker and virtual school',
    'virtualSchoolEmail',
    FROM_ACTIVE,
    "enter the virtual school head's email (P8: looked-after child)",
    {
      appliesTo: (context) => context.placement.lookedAfter === true,
    },
  ),
  field(
    'End date and destination',
    'actualEndDate',
    ['Ended', 'Terminated'],
    'enter the last day at the provision',
  ),
  field(
    'End date and destination',
    'destination',
    ['Ended'],
    'choose where the pupil went next (P5)',
  ),
  field(
    'Achievements and pupil view',
    'achievements',
    ['Ended'],
    'record what the pupil achieved (P5)',
    { blocking: false },
  ),
  field(
    'Achievements and pupil view',
    'pupilsOwnAssessment',
    ['Ended'],
    "record the pupil's own view of the placement (P5)",
    { blocking: false },
  ),
];

/** The requirements a status has that this placement has not met, applicable ones only. */
export function unmetRequirements(
  context: PlacementContext,
  status: PlacementStatus,
  options: { blockingOnly: boolean },
): { requirement: Requirement; reason: string }[] {
  const unmet: { requirement: Requirement; reason: string }[] = [];
  for (const requirement of REQUIREMENTS) {
    if (!requirement.neededFor.includes(status)) continue;
    if (options.blockingOnly && !requirement.blocking) continue;
    if (!requirement.appliesTo(context)) continue;
    const reason = requirement.unmet(context);
    if (reason !== undefined) unmet.push({ requirement, reason });
  }
  return unmet;
}

/** Required fields by status (DOMAIN.md §5): each unmet requirement of the row's status is an error. */
export function requiredByStatus(context: PlacementContext): Problem[] {
  const status = context.placement.status;
  if (status === undefined) {
    return [
      error(PLACEMENT.status, 'blank — choose Proposed while the placement is being arranged'),
    ];
  }
  return unmetRequirements(context, status, { blockingOnly: true }).map(({ requirement, reason }) =>
    error(
      requirement.column,
      reason === 'blank'
        ? `blank, but ${aStatus(status)} placement needs it — ${requirement.fix}`
        : `${reason} — ${requirement.fix}`,
    ),
  );
}
