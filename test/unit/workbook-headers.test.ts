// The header lists are the contract (DOMAIN.md §4): written out here from DOMAIN.md, word for word.
import { WORKBOOK } from '../../src/domain/workbook';
import { Placements } from '../../src/domain/sheets/placements';
import { Providers } from '../../src/domain/sheets/providers';
import { Attendance } from '../../src/domain/sheets/attendance';
import { Reviews } from '../../src/domain/sheets/reviews';
import { TermDates } from '../../src/domain/sheets/term-dates';
import { SETTING_NAMES, SettingsSheet } from '../../src/domain/sheets/settings';
import { Documents } from '../../src/domain/sheets/documents';
import { Log } from '../../src/domain/sheets/log';
import type { SheetSchema } from '../../src/domain/columns';

const DOMAIN_HEADERS: Record<string, string[]> = {
  Placements: [
    'Placement ID',
    'Status',
    'Pupil name',
    'UPN',
    'Date of birth',
    'Year group',
    'SEN status',
    'Looked after',
    'Social worker',
    'Social worker email',
    'Virtual school email',
    'Parent/carer name',
    'Parent/carer email',
    'Parent/carer phone',
    'Route',
    'Reason',
    // Issue 15: the census's primary reason for placement, chosen from the codeset on Settings.
    'Census reason',
    'Provider',
    'Delivery site',
    'Start date',
    'Planned end date',
    'Sessions',
    'Hours per week',
    'Weekly cost (£)',
    'Attendance code',
    'Transport',
    'Transport checks date',
    'Objectives',
    'Baseline',
    'Assessment arrangements',
    'Reintegration plan',
    'Review every (weeks)',
    'Initial meeting date',
    'Parent notice date',
    'Parent agreement signed',
    'Provider agreement signed',
    'LA notified',
    'Risk assessment date',
    'Pastoral lead email',
    'Safeguarding concern date',
    'Actual end date',
    'Destination',
    'Achievements',
    "Pupil's own assessment",
    'Last review',
    'Next review due',
    'Checks',
  ],
  Providers: [
    'Provider',
    'Registration',
    'URN',
    'UKPRN',
    'Setting type',
    'Address',
    'Other sites',
    'Contact name',
    'Contact email',
    'Contact phone',
    'DSL name',
    'DSL email',
    'Safeguarding confirmation requested',
    'Safeguarding confirmation received',
    'Safeguarding confirmation expires',
    'Insurance expiry',
    'Risk assessment date',
    'Last QA visit',
    'Approved',
    'Notes',
    'Checks',
  ],
  Attendance: [
    'Date',
    'Placement ID',
    'Session',
    'Mark',
    'Absence reason',
    'Code',
    'Reported by',
    'Followed up by',
    'Followed up at',
    'Follow-up note',
  ],
  Reviews: [
    'Review date',
    'Placement ID',
    'Attendees',
    'Parent/carer attended',
    "Pupil's view",
    'Progress',
    'Safe and meeting needs',
    'Decision',
    'Actions',
    'Recorded by',
  ],
  'Term dates': ['Term', 'Start', 'End'],
  Settings: ['Setting', 'Value'],
  Documents: ['Created', 'Subject', 'Document', 'Link', 'Created by'],
  // §4's five, then issue 16's running number and check at the end (the Log as an audit trail).
  Log: ['Time', 'User', 'Action', 'Subject', 'Detail', 'No.', 'Check'],
  // Not in §4: the add-on's record of the reminders it sent (§7: each item once a day).
  'Reminders sent': ['Sent at', 'Day', 'Job', 'Recipient', 'Roles', 'Mode', 'Items', 'Keys'],
};

const ADD_ON_COLUMNS: Record<string, string[]> = {
  Placements: ['Placement ID', 'Last review', 'Next review due', 'Checks'],
  Providers: ['Checks'],
  Attendance: [],
  Reviews: [],
  'Term dates': [],
  Settings: [],
  Documents: DOMAIN_HEADERS.Documents ?? [],
  Log: DOMAIN_HEADERS.Log ?? [],
  'Reminders sent': DOMAIN_HEADERS['Reminders sent'] ?? [],
};

function addOnHeaders(sheet: SheetSchema): string[] {
  return Object.values(sheet.columns)
    .filter((c) => c.owner === 'add-on')
    .map((c) => c.header);
}

describe('the workbook of DOMAIN.md §4', () => {
  it('has the eight sheets of §4 in order, then Reminders sent', () => {
    expect(WORKBOOK.map((s) => s.name)).toEqual(Object.keys(DOMAIN_HEADERS));
  });

  it.each([Placements, Providers, Attendance, Reviews, TermDates, SettingsSheet, Documents, Log])(
    '$name has exactly the headers of §4, in order',
    (sheet) => {
      expect(sheet.headers).toEqual(DOMAIN_HEADERS[sheet.name]);
    },
  );

  it.each(WORKBOOK.map((s) => [s.name, s] as const))(
    '%s: the add-on owns only the columns §4 marks (add-on)',
    (name, sheet) => {
      expect(addOnHeaders(sheet)).toEqual(ADD_ON_COLUMNS[name]);
    },
  );

  it('only Documents, Log and Reminders sent are add-on sheets as a whole', () => {
    expect(WORKBOOK.filter((s) => s.addOnSheet).map((s) => s.name)).toEqual([
      'Documents',
      'Log',
      'Reminders sent',
    ]);
  });

  it('lists the settings of §4 by their exact names', () => {
    expect(SETTING_NAMES).toEqual([
      'School name',
      'School URN',
      'Local authority',
      'Head teacher name',
      'Head teacher email',
      'DSL name',
      'DSL email',
      'SENDCO name',
      'SENDCO email',
      'Head of Pastoral Care name',
      'Head of Pastoral Care email',
      'Attendance lead email',
      'LA notification email',
      'Reminder hour',
      'Review reminder days',
      'Expiry warning days',
      'Email mode',
      'Email detail',
      // Issue 15: the year's census days (blank: the DfE's rule).
      'Census days',
      'Provider returns',
    ]);
  });
});

describe('dropdowns come from the same declaration', () => {
  const choicesOf = (sheetName: string, header: string) =>
    Object.values(WORKBOOK.find((s) => s.name === sheetName)?.columns ?? {}).find(
      (c) => c.header === header,
    )?.choices;

  it.each([
    ['Placements', 'Status', ['Proposed', 'Agreed', 'Active', 'Paused', 'Ended', 'Terminated']],
    ['Placements', 'SEN status', ['None', 'SEN support', 'EHCP']],
    ['Placements', 'Looked after', ['Yes', 'No']],
    [
      'Placements',
      'Route',
      ['Off-site direction', 'Suspension', 'Preventative', 'Medical', 'Vocational', 'Other'],
    ],
    ['Placements', 'Attendance code', ['B', 'D', 'K']],
    ['Placements', 'Transport', ['None', 'Parent/carer', 'School', 'Provider', 'Local authority']],
    [
      'Placements',
      'Destination',
      [
        'Mainstream school',
        'Further education',
        'Training or apprenticeship',
        'Employment',
        'Another school',
        'Other',
      ],
    ],
    [
      'Providers',
      'Registration',
      ['Registered school', 'FE college', 'Registered independent school', 'Unregistered'],
    ],
    ['Providers', 'Setting type', ['NFE', 'OOT', 'OTH', 'WBP']],
    ['Providers', 'Approved', ['Yes', 'No']],
    ['Attendance', 'Session', ['AM', 'PM']],
    ['Attendance', 'Mark', ['Present', 'Late', 'Absent', 'No session']],
    ['Reviews', 'Parent/carer attended', ['Yes', 'No']],
    ['Reviews', 'Progress', ['On track', 'Some progress', 'Not on track']],
    ['Reviews', 'Safe and meeting needs', ['Yes', 'No']],
    ['Reviews', 'Decision', ['Continue', 'Amend plan', 'End placement', 'Terminate placement']],
  ] as const)('%s %s', (sheetName, header, choices) => {
    expect(choicesOf(sheetName, header)).toEqual(choices);
  });

  it('Attendance Code offers every code of the 2024 regulations', () => {
    const codes = choicesOf('Attendance', 'Code') ?? [];
    for (const code of ['/', '\\', 'L', 'B', 'D', 'K', 'C1', 'C2', 'N', 'Y7', 'X', 'Z', '#']) {
      expect(codes).toContain(code);
    }
    expect(codes).toHaveLength(34);
  });
});
