// An invented placement with awkward values (no real pupils), its provider and Settings, for document tests.
import { parseRow } from '../../../src/domain/columns';
import {
  placementMergeValues,
  providerMergeValues,
} from '../../../src/domain/documents/merge-values';
import { parseSettings, type Settings } from '../../../src/domain/sheets/settings';
import { Providers } from '../../../src/domain/sheets/providers';
import { contextFor, CLEAN_PROVIDER, providerRow, type Cells } from '../rules/fixtures';

/** A Monday in Spring 1, the week before the awkward placement starts. */
export const TODAY = '2026-01-12';

export const SCHOOL_SETTINGS: Settings = parseSettings(
  Object.entries({
    'School name': 'St Aidan’s & St Hild’s C of E Academy',
    'School URN': '140123',
    'Local authority': 'Derbyshire',
    'Head teacher name': 'Dr Priya Raman',
    'Head teacher email': 'head@staidans.example.sch.uk',
    'DSL name': 'Tom Whitfield',
    'DSL email': 'dsl@staidans.example.sch.uk',
    'SENDCO name': 'Grace Obi',
    'SENDCO email': 'sendco@staidans.example.sch.uk',
    'Head of Pastoral Care name': 'Mel Hart',
    'Head of Pastoral Care email': 'pastoral@staidans.example.sch.uk',
    'LA notification email': 'ap.notifications@derbyshire.example.gov.uk',
  }).map(([name, value], i) => ({ rowNumber: i + 2, name, value })),
).settings;

export const AWKWARD_PROVIDER: Cells = {
  ...CLEAN_PROVIDER,
  Provider: 'Riverside Skills Centre',
  Address: 'Unit 4, Mill Lane, Exampleton EX1 1AB',
  'Other sites': 'Forge Yard workshop, Station Road, Exampleton EX1 2CD',
  'Contact name': 'Robin Tutor',
  'Contact phone': '01234 567890',
  'DSL name': 'Sam Guard',
};

/**
 * Agreed, starting next week: an apostrophe in both names, `$`, `\` and regex characters in the
 * reason, `{{` in the objectives, a blank optional Delivery site, and a looked-after pupil.
 */
export const AWKWARD_PLACEMENT: Cells = {
  'Placement ID': 'AP-0007',
  Status: 'Agreed',
  'Pupil name': "Aoife O'Brien",
  UPN: 'B801200005001',
  'Date of birth': '2011-05-02',
  'Year group': 9,
  'SEN status': 'EHCP',
  'Looked after': 'Yes',
  'Social worker': 'Dana Okafor',
  'Social worker email': 'dana.okafor@derbyshire.example.gov.uk',
  'Virtual school email': 'virtual.school@derbyshire.example.gov.uk',
  'Parent/carer name': "Siobhán D'Arcy",
  'Parent/carer email': 'siobhan@example.org',
  'Parent/carer phone': '07700 900456',
  Route: 'Suspension',
  Reason:
    'Two suspensions ($300 damage; $& $1 \\n C:\\records\\2026) — risk of (permanent)+ exclusion?',
  Provider: 'Riverside Skills Centre',
  'Delivery site': '',
  'Start date': '2026-01-19',
  'Planned end date': '2026-03-27',
  Sessions: 'Mon, Wed AM, Fri PM',
  'Hours per week': 12.5,
  'Weekly cost (£)': 180,
  'Attendance code': 'B',
  Transport: 'Provider',
  Objectives: 'Attend every session; write {{Pupil name}} on each piece of work }}',
  Baseline: 'Attendance 64% in Autumn 2',
  'Assessment arrangements': 'Weekly report from the provider; half-termly review',
  'Reintegration plan': 'Back to St Aidan’s for three days a week after Easter',
  'Review every (weeks)': 6,
  'Initial meeting date': '2026-01-07',
  'Parent agreement signed': '2026-01-09',
  'Provider agreement signed': '2026-01-09',
  'LA notified': '2026-01-09',
  'Risk assessment date': 'Not required',
  "Pupil's own assessment": 'It’s better than I thought',
};

/** The awkward placement with some cells changed, as the documents see it. */
export function awkwardContext(cells: Cells = {}, providerCells: Cells = {}) {
  return contextFor(
    { ...AWKWARD_PLACEMENT, ...cells },
    { providers: [providerRow({ ...AWKWARD_PROVIDER, ...providerCells })] },
    TODAY,
  );
}

export function awkwardValues(cells: Cells = {}, providerCells: Cells = {}) {
  return placementMergeValues(awkwardContext(cells, providerCells), SCHOOL_SETTINGS);
}

export function awkwardProviderValues(cells: Cells = {}) {
  const provider = parseRow(Providers, { ...AWKWARD_PROVIDER, ...cells }).record;
  return providerMergeValues(provider, SCHOOL_SETTINGS, TODAY);
}
