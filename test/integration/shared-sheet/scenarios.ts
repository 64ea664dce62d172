// The actions staff take on a shared sheet, each with what it changes, how to find its row, and a colleague's edits.
import type { SetupForm, SidebarState } from '../../../src/shared/sidebar-api';
import { CLEAN_PROVIDER, placement, REVIEW, sidebarSchool, state } from '../sidebar/support';
import { typed, type Cells } from '../support/school';
import {
  formReply,
  linkedFile,
  madeDocs,
  menuReply,
  rowWhere,
  table,
  text,
  type Reply,
  type School,
  type Tracked,
} from './support';

/** Tue 20 Jan 2026: SCHOOL_DAY, a day with sessions for AP-0002 and AP-0003. */
export const TODAY = '2026-01-20';
/** The id the sidebar made for the form; a blind retry sends it again. */
export const REQUEST_ID = 'shared-sheet-retry-0001';
export const COLLEAGUE = 'colleague@example.sch.uk';

const ZENITH: Cells = {
  ...CLEAN_PROVIDER,
  Provider: 'Zenith Training',
  'Contact email': 'office@zenith.example',
  'DSL email': 'dsl@zenith.example',
};

/**
 * Five placements (so every row has neighbours), two providers, two reviews and four Attendance
 * rows, one an open absence of AP-0001. Sorting Placements by Pupil name Z to A moves AP-0001 from
 * row 2 to row 6; sorting Attendance by Placement ID Z to A moves its absence from row 3 to row 5.
 */
export function sharedSchool(): School {
  const s = sidebarSchool(
    [
      placement(1, { 'LA notified': '' }),
      placement(2, { Sessions: 'Tue' }),
      placement(3, { Sessions: 'Tue' }),
      placement(4),
      placement(5),
    ],
    {
      providers: [CLEAN_PROVIDER, ZENITH],
      reviews: [
        { 'Review date': '2026-01-12', 'Placement ID': 'AP-0002', Attendees: 'Jo Example' },
        { 'Review date': '2026-01-13', 'Placement ID': 'AP-0003', Attendees: 'Jo Example' },
      ],
    },
  );
  s.type('Attendance', [
    { Date: '2026-01-16', 'Placement ID': 'AP-0004', Session: 'PM', Mark: 'Present' },
    {
      Date: '2026-01-19',
      'Placement ID': 'AP-0001',
      Session: 'AM',
      Mark: 'Absent',
      'Absence reason': 'Unknown',
      'Follow-up note': 'Left a message',
    },
    { Date: '2026-01-19', 'Placement ID': 'AP-0005', Session: 'AM', Mark: 'Present' },
    { Date: '2026-01-19', 'Placement ID': 'AP-0004', Session: 'AM', Mark: 'Present' },
  ]);
  s.ws.spreadsheet.select('Placements', 'A2');
  // The sidebar opens before its setup form is sent: the form holds what it showed.
  setupFormShown ??= setupForm(s);
  s.ws.meter.reset();
  return s;
}

let setupFormShown: SetupForm | undefined;

type Record_ = Readonly<Record<string, unknown>>;

/** How a row is known whatever its position: the key a person would find it by. */
export const ROW_KEY: Readonly<Record<Tracked, (cells: Record_) => string>> = {
  Placements: (c) => text(c['Pupil name']),
  Providers: (c) => text(c.Provider),
  Attendance: (c) => `${text(c.Date)} ${text(c['Placement ID'])} ${text(c.Session)}`,
  Reviews: (c) => `${text(c['Placement ID'])} ${text(c['Review date'])}`,
  Documents: (c) => `${text(c.Subject)} ${text(c.Document)}`,
  Settings: (c) => text(c.Setting),
};

/** The add-on's own columns on Placements: a re-check of the subject's row may write them. */
export const ADD_ON_COLUMNS = ['Placement ID', 'Last review', 'Next review due', 'Checks'];

/** The row an action is about, found by its key, and what the action writes there. */
export interface Subject {
  readonly sheet: Tracked;
  readonly key: string;
  /** Person-entered columns of that row the action may write. */
  readonly writes: readonly string[];
  /** Whether the row holds the action's change. */
  changed(cells: Record_): boolean;
}

/** A colleague's change to the sheet, made between two of the add-on's service calls. */
export interface Edit {
  readonly name: string;
  apply(s: School): void;
  /** Cells the colleague filled, which must keep their values: sheet, row key, columns. */
  readonly kept?: {
    readonly sheet: Tracked;
    readonly key: string;
    readonly columns: readonly string[];
  };
}

export interface Scenario {
  readonly name: string;
  /** Runs the action once: a sidebar form sent with `requestId`, or a menu item (which has none). */
  act(s: School, requestId: string): Reply;
  /** A menu action: a "retry" is running it again. */
  readonly menu: boolean;
  /** Whether the change the action is about is in the workbook, Drive or outbox now. */
  done(s: School): boolean;
  /** What an ok answer says beyond "done", checked against what happened: each problem in words. */
  claims?(s: School, reply: Reply): string[];
  readonly subject?: Subject;
  /** Rows the action adds (Attendance, Reviews, Documents), by ROW_KEY: each exactly once when done. */
  readonly appends: readonly { readonly sheet: Tracked; readonly key: string }[];
  /** The colleague's edits of property (b). */
  readonly edits: readonly Edit[];
  /** Whether the action sends email or makes documents (property c). */
  readonly sends: boolean;
}

// ---- Colleagues' edits ----

function column(s: School, sheet: string, header: string): number {
  const at = s.headers(sheet).indexOf(header);
  if (at < 0) throw new Error(`No column ${header} on ${sheet}`);
  return at + 1;
}

function sortDescending(sheet: Tracked, header: string): Edit {
  return {
    name: `sort ${sheet} by ${header} Z-A`,
    apply: (s) =>
      s.ws.spreadsheet.personSort(sheet, column(s, sheet, header), { ascending: false }),
  };
}

function insertAbove(sheet: Tracked, key: string, cells: Cells, what: string): Edit {
  return {
    name: `insert ${what} above the subject's row on ${sheet}`,
    apply: (s) => {
      const at = rowWhere(s.ws, sheet, (c) => ROW_KEY[sheet](c) === key);
      s.ws.spreadsheet.personInsertRows(sheet, at, s.rowValues(sheet, [cells]));
    },
  };
}

function deleteRow(sheet: Tracked, key: string, what: string): Edit {
  return {
    name: `delete ${what} on ${sheet}`,
    apply: (s) => {
      const at = rowWhere(s.ws, sheet, (c) => ROW_KEY[sheet](c) === key);
      s.ws.spreadsheet.personDeleteRows(sheet, at, 1);
    },
  };
}

/** A colleague types `cells` (by header, adjacent columns, left to right) into a row found by key. */
function fill(sheet: Tracked, key: string, cells: Cells, what: string): Edit {
  const columns = Object.keys(cells);
  return {
    name: `fill ${what}`,
    kept: { sheet, key, columns },
    apply: (s) => {
      const at = rowWhere(s.ws, sheet, (c) => ROW_KEY[sheet](c) === key);
      const values = columns.map((h) => typed(cells[h]));
      s.ws.spreadsheet.userEdit(COLLEAGUE, sheet, s.a1(sheet, at, columns[0] ?? ''), [values]);
    },
  };
}

const NEW_PUPIL: Cells = {
  Status: 'Proposed',
  'Pupil name': 'Colleague New Pupil',
  Provider: 'Riverside Skills Centre',
  Sessions: 'Tue',
  'Start date': '2026-02-02',
};

/** Placements: sorted Z-A, a new pupil (no Placement ID) above `pupil`'s row, `other`'s row deleted. */
function placementEdits(pupil: number, other: number): Edit[] {
  return [
    sortDescending('Placements', 'Pupil name'),
    insertAbove('Placements', `Pupil ${pupil} Example`, NEW_PUPIL, 'a new pupil (no Placement ID)'),
    deleteRow('Placements', `Pupil ${other} Example`, `Pupil ${other}'s row`),
  ];
}

/** Attendance sorted Z-A, a colleague's mark inserted above `aboveKey`, the row of `deleted` deleted. */
const ATTENDANCE_EDITS = (aboveKey: string, deleted = '2026-01-19 AP-0005 AM'): Edit[] => [
  sortDescending('Attendance', 'Placement ID'),
  insertAbove(
    'Attendance',
    aboveKey,
    {
      Date: '2026-01-19',
      'Placement ID': 'AP-0005',
      Session: 'PM',
      Mark: 'Present',
      'Reported by': COLLEAGUE,
    },
    "a colleague's mark",
  ),
  deleteRow('Attendance', deleted, `another pupil's mark (${deleted})`),
];

const REVIEW_EDITS: Edit[] = [
  sortDescending('Reviews', 'Placement ID'),
  insertAbove(
    'Reviews',
    'AP-0002 2026-01-12',
    {
      'Review date': '2026-01-14',
      'Placement ID': 'AP-0004',
      Attendees: 'Colleague',
      Decision: 'Continue',
    },
    "a colleague's review",
  ),
  deleteRow('Reviews', 'AP-0003 2026-01-13', "AP-0003's review"),
];

const PROVIDER_EDITS: Edit[] = [
  sortDescending('Providers', 'Provider'),
  insertAbove(
    'Providers',
    'Riverside Skills Centre',
    { ...CLEAN_PROVIDER, Provider: 'Meadow Farm Project', 'DSL email': 'dsl@meadow.example' },
    'a new provider',
  ),
  deleteRow('Providers', 'Zenith Training', "the other provider's row"),
];

// ---- The checks an answer's words are held to ----

/** Words in an ok answer that say what was not done (an honest partial answer). */
export const ADMITS =
  /could not|couldn't|by hand|was not|were not|not yet|will be|failed|may not|not every|not all|left (it|them) as they typed/i;

function pupilRow(s: School, id: string): Record_ | undefined {
  return table(s.ws, 'Placements').find((r) => r.cells['Placement ID'] === id)?.cells;
}

function count(s: School, sheet: Tracked, key: string): number {
  return table(s.ws, sheet).filter((r) => ROW_KEY[sheet](r.cells) === key).length;
}

function allAppended(s: School, appends: Scenario['appends']): boolean {
  return appends.every((a) => count(s, a.sheet, a.key) === 1);
}

/** The answer of a document form: its link is a live document for the right subject, on Documents. */
function documentClaims(subject: string, kind: string, pupil: string) {
  return (s: School, reply: Reply): string[] => {
    if (reply.threw !== undefined || reply.ok !== true) return [];
    const problems: string[] = [];
    const listed = !ADMITS.test(reply.message); // else it says the Documents sheet lacks it
    const link = (reply.value as { link?: string } | undefined)?.link;
    const file = linkedFile(s.ws, link);
    if (!file || file.trashed)
      problems.push(`the link answered (${String(link)}) is not a live document`);
    else if (!s.ws.drive.renderText(file.id).includes(pupil)) {
      problems.push(`the document linked is not ${subject}'s (${pupil} is not in it)`);
    }
    const rows = table(s.ws, 'Documents').filter(
      (r) => r.cells.Subject === subject && r.cells.Document === kind,
    );
    if (listed && !rows.some((r) => r.cells.Link === link)) {
      problems.push('the link answered is not on the Documents sheet');
    }
    return problems;
  };
}

/** The concern's answer says who was emailed: held to the outbox. */
function concernClaims(s: School, reply: Reply): string[] {
  if (reply.threw !== undefined || reply.ok !== true) return [];
  const to = s.ws.mail.outbox.map((m) => m.to).sort();
  const both = to.join() === 'dsl@school.example,head@school.example';
  if (/have been emailed/.test(reply.message) && !both) {
    return [
      `says the DSL and Head Teacher have been emailed, but the outbox holds [${to.join(', ')}]`,
    ];
  }
  if (/Not every alert could be sent|alert could not be sent/.test(reply.message) && both) {
    return ['says the alert could not be sent, but both the DSL and the Head Teacher were emailed'];
  }
  return [];
}

function emailClaims(to: string) {
  return (s: School, reply: Reply): string[] => {
    if (reply.threw !== undefined || reply.ok !== true) return [];
    const sent = s.ws.mail.outbox.filter((m) => m.to === to).length;
    if (/^Sent to/.test(reply.message) && sent !== 1) {
      return [`says "Sent to" but ${sent} emails went to ${to}`];
    }
    return [];
  };
}

type Claims = NonNullable<Scenario['claims']>;

/** An ok answer that says `what` could not be done must not say so when it was done. */
function admits(words: RegExp, wasDone: (s: School) => boolean, what: string): Claims {
  return (s, reply) =>
    reply.threw === undefined && reply.ok === true && words.test(reply.message) && wasDone(s)
      ? [`says ${what} could not be done, but it was`]
      : [];
}

function all(...claims: Claims[]): Claims {
  return (s, reply) => claims.flatMap((c) => c(s, reply));
}

const riversideRequested = (s: School) =>
  text(
    table(s.ws, 'Providers').find((r) => r.cells.Provider === 'Riverside Skills Centre')?.cells[
      'Safeguarding confirmation requested'
    ],
  ) === TODAY;

const reviewAdded = (s: School) => count(s, 'Reviews', 'AP-0001 2026-01-19') === 1;

// ---- The scenarios ----

const REGISTER = {
  date: TODAY,
  marks: [
    { placementId: 'AP-0002', session: 'AM', mark: 'Present', absenceReason: '', code: '' },
    { placementId: 'AP-0002', session: 'PM', mark: 'Absent', absenceReason: 'Ill', code: '' },
    { placementId: 'AP-0003', session: 'AM', mark: 'Present', absenceReason: '', code: '' },
  ],
};
const REGISTER_ROWS = REGISTER.marks.map((m) => ({
  sheet: 'Attendance' as const,
  key: `${TODAY} ${m.placementId} ${m.session}`,
}));

const TERMINATE = { ...REVIEW, decision: 'Terminate placement', confirmTermination: true };
const CONCERN = { placementId: 'AP-0001', date: TODAY };
const FOLLOW_UP = {
  row: 3,
  placementId: 'AP-0001',
  followedUpBy: 'Sam Pastoral',
  note: 'Mum rang: ill',
  date: '2026-01-19',
  session: 'AM',
};
const ABSENCE = '2026-01-19 AP-0001 AM';
const PARENT_AGREEMENT = { kind: 'Parent/carer agreement', placementId: 'AP-0001', provider: '' };
const SAFEGUARDING = {
  kind: 'Safeguarding confirmation request',
  placementId: '',
  provider: 'Riverside Skills Centre',
};
const LA = { kind: 'Local authority notification', placementId: 'AP-0001', provider: '' };
const LA_EMAIL = 'ap.notifications@derbyshire.example.gov.uk';
const PROVIDER_DSL = String(CLEAN_PROVIDER['DSL email']);

/** A form sent with the request id. */
function form(name: string, fields: () => object): Scenario['act'] {
  return (s, requestId) => formReply(s, name, { ...fields(), requestId });
}

/** The setup form as the sidebar shows it, with the DSL name changed. */
function setupForm(s: School): SetupForm {
  const current: SidebarState = state(s);
  const values = Object.fromEntries(
    Object.entries(current.setup).filter(
      ([k]) => k !== 'exampleTermDates' && k !== 'templatesReady',
    ),
  ) as Omit<SidebarState['setup'], 'exampleTermDates' | 'templatesReady'>;
  return { ...values, remindersOn: false, dslName: 'Dana Lead' };
}

const onPupil1 = (writes: string[], changed: Subject['changed']): Subject => ({
  sheet: 'Placements',
  key: 'Pupil 1 Example',
  writes,
  changed,
});

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'recordRegister (3 marks, one an absence)',
    menu: false,
    act: form('recordRegister', () => REGISTER),
    done: (s) => allAppended(s, REGISTER_ROWS),
    appends: REGISTER_ROWS,
    edits: [
      sortDescending('Placements', 'Pupil name'),
      ...ATTENDANCE_EDITS('2026-01-16 AP-0004 PM'),
    ],
    sends: false,
  },
  {
    name: 'recordReview (Continue)',
    menu: false,
    act: form('recordReview', () => REVIEW),
    claims: admits(/could not be added to Reviews/, reviewAdded, 'adding the review'),
    done: (s) => count(s, 'Reviews', 'AP-0001 2026-01-19') === 1,
    subject: onPupil1([], () => true),
    appends: [{ sheet: 'Reviews', key: 'AP-0001 2026-01-19' }],
    edits: [sortDescending('Placements', 'Pupil name'), ...REVIEW_EDITS],
    sends: false,
  },
  {
    name: 'recordReview (Terminate placement, confirmed)',
    menu: false,
    act: form('recordReview', () => TERMINATE),
    claims: all(
      admits(
        /Status and Actual end date could not be set/,
        (s) => pupilRow(s, 'AP-0001')?.Status === 'Terminated',
        'setting Status and Actual end date',
      ),
      admits(/could not be added to Reviews/, reviewAdded, 'adding the review'),
    ),
    done: (s) =>
      count(s, 'Reviews', 'AP-0001 2026-01-19') === 1 &&
      pupilRow(s, 'AP-0001')?.Status === 'Terminated',
    subject: onPupil1(
      ['Status', 'Actual end date'],
      (c) => c.Status === 'Terminated' && c['Actual end date'] !== '',
    ),
    appends: [{ sheet: 'Reviews', key: 'AP-0001 2026-01-19' }],
    edits: [REVIEW_EDITS[0] as Edit, ...placementEdits(1, 4)],
    sends: false,
  },
  {
    name: 'recordConcern',
    menu: false,
    act: form('recordConcern', () => CONCERN),
    done: (s) => text(pupilRow(s, 'AP-0001')?.['Safeguarding concern date']) === TODAY,
    claims: concernClaims,
    subject: onPupil1(
      ['Safeguarding concern date'],
      (c) => text(c['Safeguarding concern date']) === TODAY,
    ),
    appends: [],
    edits: placementEdits(1, 4),
    sends: true,
  },
  {
    name: 'recordFollowUp (open absence)',
    menu: false,
    act: form('recordFollowUp', () => FOLLOW_UP),
    done: (s) =>
      table(s.ws, 'Attendance').some(
        (r) =>
          ROW_KEY.Attendance(r.cells) === ABSENCE && r.cells['Followed up by'] === 'Sam Pastoral',
      ),
    subject: {
      sheet: 'Attendance',
      key: ABSENCE,
      writes: ['Followed up by', 'Followed up at', 'Follow-up note'],
      changed: (c) => c['Followed up by'] === 'Sam Pastoral',
    },
    appends: [],
    edits: [
      sortDescending('Placements', 'Pupil name'),
      ...ATTENDANCE_EDITS(ABSENCE, '2026-01-16 AP-0004 PM'),
      fill(
        'Attendance',
        ABSENCE,
        { 'Followed up by': 'Colleague Pastoral', 'Followed up at': '2026-01-20' },
        'Followed up by and at (a colleague followed it up)',
      ),
    ],
    sends: false,
  },
  {
    name: 'generateDocument (Parent/carer agreement)',
    menu: false,
    act: form('generateDocument', () => PARENT_AGREEMENT),
    done: (s) => madeDocs(s.ws).some((d) => d.name.startsWith('AP-0001 Parent-carer agreement')),
    claims: documentClaims('AP-0001', 'Parent/carer agreement', 'Pupil 1 Example'),
    subject: onPupil1([], () => true),
    appends: [{ sheet: 'Documents', key: 'AP-0001 Parent/carer agreement' }],
    edits: placementEdits(1, 4),
    sends: true,
  },
  {
    name: 'generateDocument (Safeguarding confirmation request)',
    menu: false,
    act: form('generateDocument', () => SAFEGUARDING),
    done: (s) =>
      madeDocs(s.ws).some((d) => d.name.startsWith('Riverside Skills Centre Safeguarding')),
    claims: all(
      documentClaims(
        'Riverside Skills Centre',
        'Safeguarding confirmation request',
        'Riverside Skills Centre',
      ),
      admits(/could not be filled in/, riversideRequested, 'filling in the date requested'),
    ),
    subject: {
      sheet: 'Providers',
      key: 'Riverside Skills Centre',
      writes: ['Safeguarding confirmation requested'],
      changed: (c) => text(c['Safeguarding confirmation requested']) === TODAY,
    },
    appends: [
      { sheet: 'Documents', key: 'Riverside Skills Centre Safeguarding confirmation request' },
    ],
    edits: PROVIDER_EDITS,
    sends: true,
  },
  {
    name: 'sendEmail (Local authority notification, LA notified blank)',
    menu: false,
    act: form('sendEmail', () => LA),
    done: (s) => s.ws.mail.outbox.some((m) => m.to === LA_EMAIL),
    claims: all(
      emailClaims(LA_EMAIL),
      admits(
        /date could not be recorded/,
        (s) => text(pupilRow(s, 'AP-0001')?.['LA notified']) === TODAY,
        'recording LA notified',
      ),
    ),
    subject: onPupil1(['LA notified'], (c) => text(c['LA notified']) !== ''),
    appends: [],
    edits: [
      ...placementEdits(1, 4),
      fill(
        'Placements',
        'Pupil 1 Example',
        { 'LA notified': '2026-01-19' },
        'LA notified (a colleague notified the LA)',
      ),
    ],
    sends: true,
  },
  {
    name: 'sendEmail (Safeguarding confirmation request)',
    menu: false,
    act: form('sendEmail', () => SAFEGUARDING),
    done: (s) => s.ws.mail.outbox.some((m) => m.to === PROVIDER_DSL),
    claims: all(
      emailClaims(PROVIDER_DSL),
      admits(/date could not be recorded/, riversideRequested, 'recording the date requested'),
    ),
    subject: {
      sheet: 'Providers',
      key: 'Riverside Skills Centre',
      writes: ['Safeguarding confirmation requested'],
      changed: (c) => text(c['Safeguarding confirmation requested']) === TODAY,
    },
    appends: [],
    edits: PROVIDER_EDITS,
    sends: true,
  },
  {
    name: 'saveSetup (DSL name changed)',
    menu: false,
    act: form('saveSetup', () => {
      if (!setupFormShown) throw new Error('Build the school with sharedSchool() first');
      return setupFormShown;
    }),
    done: (s) =>
      table(s.ws, 'Settings').some(
        (r) => r.cells.Setting === 'DSL name' && r.cells.Value === 'Dana Lead',
      ),
    subject: {
      sheet: 'Settings',
      key: 'DSL name',
      writes: ['Value'],
      changed: (c) => c.Value === 'Dana Lead',
    },
    appends: [],
    edits: [
      sortDescending('Settings', 'Setting'),
      insertAbove(
        'Settings',
        'DSL name',
        { Setting: 'Colleague note', Value: 'Keep me' },
        "a colleague's row",
      ),
      sortDescending('Placements', 'Pupil name'),
    ],
    sends: false,
  },
  {
    name: 'Validate all (menu)',
    menu: true,
    act: (s) => menuReply(s, 'validatePlacements'),
    done: (s) => table(s.ws, 'Placements').every((r) => r.cells.Checks !== ''),
    appends: [],
    edits: [
      ...placementEdits(1, 4),
      fill('Placements', 'Pupil 3 Example', { 'Hours per week': 20 }, 'Hours per week of Pupil 3'),
    ],
    sends: false,
  },
  {
    name: 'Generate documents > Parent/carer agreement (menu, rows 2-3)',
    menu: true,
    act: (s) => {
      s.ws.spreadsheet.select('Placements', 'A2:A3');
      return menuReply(s, 'generateParentAgreement');
    },
    done: (s) => madeDocs(s.ws).length >= 2,
    appends: [],
    edits: placementEdits(1, 4),
    sends: true,
  },
];

export function scenario(name: string): Scenario {
  const found = SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`No scenario ${name}`);
  return found;
}
