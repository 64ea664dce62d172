// Issue 3's acceptance workbook as cells by header (invented pupils): one scenario, checked by the
// rules directly (unit) and by the built add-on in the emulator (integration).
import { upnCheckLetter } from '../../../src/domain/rules/upn';
import { CLEAN_PLACEMENT, CLEAN_PROVIDER, COMPLETE_REVIEW, type Cells } from './fixtures';

/** Tue 4 Nov 2025, the second day back after the October half-term. */
export const ACCEPTANCE_DAY = '2025-11-04';

export const acceptanceUpn = (serial: number) => {
  const rest = `830200025${String(serial).padStart(3, '0')}`;
  return `${upnCheckLetter(rest)}${rest}`;
};

/** Started in Autumn 1, everything agreed in July, last reviewed on 20 Oct. */
const autumn = (n: number, cells: Cells = {}): Cells => ({
  ...CLEAN_PLACEMENT,
  'Placement ID': `AP-000${n}`,
  'Pupil name': `Pupil ${n} O'Example`,
  UPN: acceptanceUpn(n),
  'Start date': '2025-09-04',
  'Planned end date': '2025-12-19',
  'Initial meeting date': '2025-07-10',
  'Parent agreement signed': '2025-07-14',
  'Provider agreement signed': '2025-07-15',
  'LA notified': '2025-07-16',
  'Risk assessment date': '2025-07-17',
  ...cells,
});

/** Rows 2–9: two clean placements, then one known fault each (the list). */
export const ACCEPTANCE_PLACEMENTS: readonly Cells[] = [
  autumn(1),
  autumn(2, { Status: 'Proposed', 'Start date': '2026-01-05', 'Planned end date': '2026-03-27' }),
  autumn(3, { UPN: `A${acceptanceUpn(3).slice(1)}` }),
  autumn(4, { 'Date of birth': '2012-09-01', 'Year group': 9 }),
  autumn(5, { Provider: 'Brook Farm Learning' }),
  autumn(6),
  autumn(7, { 'Looked after': 'Yes', 'Virtual school email': 'virtual.school@la.example' }),
  autumn(8, {
    Status: 'Agreed',
    Route: 'Off-site direction',
    'Start date': '2025-11-06',
    'Parent notice date': '2025-11-05',
  }),
];

/** Rows 2–3: a clean provider, and one whose safeguarding confirmation expired yesterday. */
export const ACCEPTANCE_PROVIDERS: readonly Cells[] = [
  CLEAN_PROVIDER,
  {
    ...CLEAN_PROVIDER,
    Provider: 'Brook Farm Learning',
    'Safeguarding confirmation expires': '2025-11-03',
  },
];

/** Reviews on 20 Oct for all but AP-0006, last reviewed in September (overdue across half-term). */
export const ACCEPTANCE_REVIEWS: readonly Cells[] = [
  ...[1, 2, 3, 4, 5, 7, 8].map((n) => ({
    ...COMPLETE_REVIEW,
    'Review date': '2025-10-20',
    'Placement ID': `AP-000${n}`,
  })),
  { ...COMPLETE_REVIEW, 'Review date': '2025-09-15', 'Placement ID': 'AP-0006' },
];
