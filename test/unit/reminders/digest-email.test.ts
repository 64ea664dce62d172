// The digest email: subject counts without names, urgency groups, Minimal and Full, escaping, links.
import {
  digestEmail,
  escapeHtml,
  initials,
  rowLink,
  type DigestContext,
} from '../../../src/domain/reminders/digest-email';
import type { MondayFigures, ReminderItem } from '../../../src/domain/reminders/reminder-item';
import { byRecipient, type Digest } from '../../../src/domain/reminders/reminders-due';

const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';

const item = (parts: Partial<ReminderItem> & Pick<ReminderItem, 'key'>): ReminderItem => ({
  kind: 'review overdue',
  recipientRole: 'pastoral lead',
  recipient: 'pastoral@school.example',
  subject: { sheet: 'Placements', rowNumber: 7, placementId: 'AP-0007' },
  urgency: 'urgent',
  whatToDo: 'Hold the review of AP-0007 now.',
  ...parts,
});

const context = (parts: Partial<DigestContext> = {}): DigestContext => ({
  schoolName: 'Oakfield Academy',
  spreadsheetUrl: URL,
  sheetIds: { Placements: 0, Attendance: 111, Providers: 222 },
  detail: 'Minimal',
  pupilNames: new Map([
    ['AP-0007', 'Jordan Blake'],
    ['AP-0008', 'Mary-Jane  O’Neil'],
  ]),
  today: '2026-01-20',
  ...parts,
});

const digestOf = (items: ReminderItem[]): Digest => {
  const [digest, ...others] = byRecipient(items);
  expect(others).toEqual([]);
  if (!digest) throw new Error('no digest');
  return digest;
};

const overdue = item({ key: 'review-overdue:AP-0007:pastoral@2026-01-20' });
const absence = item({
  key: 'absence:AP-0008:2026-01-20:AM:pastoral@2026-01-20',
  kind: 'absence not followed up',
  subject: { sheet: 'Attendance', rowNumber: 12, placementId: 'AP-0008' },
  urgency: 'today',
  whatToDo: 'Find out why AP-0008 was absent on Tue 20 Jan 2026 AM.',
});
const ending = item({
  key: 'ending:AP-0009:pastoral@2026-01-20',
  kind: 'ending soon',
  subject: { sheet: 'Placements', rowNumber: 9, placementId: 'AP-0009' },
  urgency: 'soon',
  whatToDo: 'AP-0009 ends on Fri 30 Jan 2026: plan the reintegration.',
});
const concern = item({
  key: 'concern:AP-0008:pastoral@2026-01-20',
  kind: 'safeguarding concern',
  subject: { sheet: 'Placements', rowNumber: 8, placementId: 'AP-0008' },
  whatToDo: 'A safeguarding concern about AP-0008 was recorded.',
});

describe('initials (Minimal: Placement ID and initials only)', () => {
  it('takes the first letter of each part split at spaces and hyphens', () => {
    expect(initials('Jordan Blake')).toBe('J.B.');
    expect(initials("Mary-Jane O'Neil")).toBe('M.J.O.');
    expect(initials('  jordan   blake \n')).toBe('J.B.');
    expect(initials('Zoë Łukasz')).toBe('Z.Ł.');
  });

  it('gives nothing for a blank or missing name, and letters only from hostile text', () => {
    expect(initials('')).toBe('');
    expect(initials('   ')).toBe('');
    expect(initials(undefined)).toBe('');
    expect(initials('<img src=x onerror=alert(1)>')).toBe('I.S.O.');
    expect(initials('"><script>')).toBe('S.');
    expect(initials('123 -- !!')).toBe('');
  });
});

describe('rowLink', () => {
  it('adds the sheet and row to the spreadsheet URL', () => {
    expect(rowLink(URL, 111, 12)).toBe(`${URL}#gid=111&range=A12`);
    expect(rowLink(URL, 0, 1)).toBe(`${URL}#gid=0&range=A1`);
  });

  it('replaces a fragment already on the URL', () => {
    expect(rowLink(`${URL}#gid=5&range=B2`, 111, 12)).toBe(`${URL}#gid=111&range=A12`);
  });

  it('links to the spreadsheet alone without a sheet id', () => {
    expect(rowLink(URL, undefined, 12)).toBe(URL);
    expect(rowLink(`${URL}#gid=5`, undefined, 12)).toBe(URL);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('the subject (never a pupil name)', () => {
  it('counts items by urgency and names the school', () => {
    const email = digestEmail(digestOf([overdue, absence, ending, concern]), context());
    expect(email.subject).toBe(
      'AP placements: 2 urgent, 1 for today, 1 coming up – Oakfield Academy',
    );
  });

  it('leaves the school out when it is not set, and says so when nothing is new', () => {
    const email = digestEmail(digestOf([absence]), context({ schoolName: '  ' }));
    expect(email.subject).toBe('AP placements: 1 for today');
    const empty = { recipient: 'dsl@school.example', roles: [], items: [] };
    expect(digestEmail(empty, context()).subject).toBe(
      'AP placements: nothing new – Oakfield Academy',
    );
  });

  it('has no name even with Full detail', () => {
    const email = digestEmail(digestOf([overdue, absence]), context({ detail: 'Full' }));
    expect(email.subject).not.toMatch(/Jordan|Blake|Mary|Neil/);
    expect(email.body).toContain('Jordan Blake');
  });
});

describe('the body', () => {
  it('greets the recipient by role and lists items under urgency headings, in order', () => {
    const email = digestEmail(digestOf([ending, absence, concern, overdue]), context());
    expect(email.body).toBe(
      [
        'Hello, here is what needs you as pastoral lead on Tue 20 Jan 2026.',
        '',
        'URGENT (2)',
        '',
        '- AP-0008 (M.J.O.)',
        '  A safeguarding concern about AP-0008 was recorded.',
        `  Open row 8 on Placements: ${URL}#gid=0&range=A8`,
        '',
        '- AP-0007 (J.B.)',
        '  Hold the review of AP-0007 now.',
        `  Open row 7 on Placements: ${URL}#gid=0&range=A7`,
        '',
        'TODAY (1)',
        '',
        '- AP-0008 (M.J.O.)',
        '  Find out why AP-0008 was absent on Tue 20 Jan 2026 AM.',
        `  Open row 12 on Attendance: ${URL}#gid=111&range=A12`,
        '',
        'COMING UP (1)',
        '',
        '- AP-0009',
        '  AP-0009 ends on Fri 30 Jan 2026: plan the reintegration.',
        `  Open row 9 on Placements: ${URL}#gid=0&range=A9`,
        '',
        '--',
        'You get this email from the AP Placements add-on of Oakfield Academy because it has you down as pastoral lead.',
        'Pupil names are left out (Email detail: Minimal on Settings): Placement IDs and initials only. The details are in the sheet.',
        'It was sent once today for these items; you will not hear of them again today.',
      ].join('\n'),
    );
  });

  it('keeps the digest order within a group and the same content in HTML', () => {
    const digest = digestOf([overdue, concern, absence]);
    const { htmlBody } = digestEmail(digest, context());
    const urgent = htmlBody.indexOf('<h3>Urgent (2)</h3>');
    const today = htmlBody.indexOf('<h3>Today (1)</h3>');
    expect(urgent).toBeGreaterThan(-1);
    expect(today).toBeGreaterThan(urgent);
    expect(htmlBody.indexOf('AP-0008 (M.J.O.)')).toBeLessThan(htmlBody.indexOf('AP-0007 (J.B.)'));
    expect(htmlBody).toContain(`<a href="${URL}#gid=0&amp;range=A7">Open row 7 on Placements</a>`);
    expect(htmlBody).not.toContain('Coming up');
  });

  it('names several roles in the greeting', () => {
    const dsl = item({
      key: 'review-overdue:AP-0007:dsl@2026-01-20',
      recipientRole: 'DSL',
      recipient: 'Pastoral@school.example',
    });
    const email = digestEmail(digestOf([overdue, dsl]), context());
    expect(email.body.split('\n')[0]).toBe(
      'Hello, here is what needs you as pastoral lead and DSL on Tue 20 Jan 2026.',
    );
  });
});

describe('Minimal and Full (DOMAIN.md §7: Minimal carries Placement ID and initials only)', () => {
  const digest = digestOf([overdue, absence]);

  it('never carries a full pupil name with Minimal, in text or HTML', () => {
    const email = digestEmail(digest, context());
    for (const text of [email.subject, email.body, email.htmlBody]) {
      for (const name of ['Jordan', 'Blake', 'Mary', 'Jane', 'Neil']) {
        expect(text).not.toContain(name);
      }
    }
    expect(email.body).toContain('- AP-0007 (J.B.)');
    expect(email.htmlBody).toContain('<strong>AP-0007 (J.B.)</strong>');
  });

  it('adds the names with Full, and says to keep the email within the school', () => {
    const email = digestEmail(digest, context({ detail: 'Full' }));
    expect(email.body).toContain('- AP-0007 (Jordan Blake)');
    expect(email.body).toContain('- AP-0008 (Mary-Jane O’Neil)');
    expect(email.htmlBody).toContain('<strong>AP-0008 (Mary-Jane O’Neil)</strong>');
    expect(email.body).toContain(
      'This email includes pupil names (Email detail: Full on Settings); keep it within the school.',
    );
    expect(email.body).not.toContain('Pupil names are left out');
  });

  it('shows just the Placement ID when the name is unknown', () => {
    const email = digestEmail(digest, context({ detail: 'Full', pupilNames: new Map() }));
    expect(email.body).toContain('- AP-0007\n');
    expect(email.body).not.toContain('AP-0007 (');
  });
});

describe('hostile text (escaped in HTML, literal in plain text)', () => {
  const hostile = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
  const provider = item({
    key: 'insurance:Smith & Sons "<b>":dsl@2026-01-20',
    kind: 'insurance expiry',
    recipientRole: 'DSL',
    recipient: 'pastoral@school.example',
    subject: { sheet: 'Providers', rowNumber: 3, provider: 'Smith & Sons "<b>"' },
    urgency: 'soon',
    whatToDo: 'The insurance of Smith & Sons "<b>" expires on Fri 30 Jan 2026.',
  });
  const email = digestEmail(
    digestOf([overdue, provider]),
    context({
      detail: 'Full',
      pupilNames: new Map([['AP-0007', hostile]]),
      schoolName: 'St Mary & St John <Primary>',
      spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/a"b\'c<d>/edit#gid=0',
    }),
  );

  it('escapes names, providers, the school and the URL in HTML', () => {
    expect(email.htmlBody).not.toMatch(/<img|<script|<b>|<Primary>/);
    expect(email.htmlBody).toContain(
      '<strong>AP-0007 (&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;)</strong>',
    );
    expect(email.htmlBody).toContain('<strong>Smith &amp; Sons &quot;&lt;b&gt;&quot;</strong>');
    expect(email.htmlBody).toContain('St Mary &amp; St John &lt;Primary&gt;');
    expect(email.htmlBody).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/a&quot;b&#39;c&lt;d&gt;/edit#gid=222&amp;range=A3">Open row 3 on Providers</a>',
    );
  });

  it('keeps them literal in plain text, and the subject free of the name', () => {
    expect(email.body).toContain(`- AP-0007 (${hostile})`);
    expect(email.body).toContain('- Smith & Sons "<b>"');
    expect(email.body).not.toContain('&amp;');
    expect(email.subject).toBe(
      'AP placements: 1 urgent, 1 coming up – St Mary & St John <Primary>',
    );
  });

  it('makes no anchor of a link that is not a web address', () => {
    const sneaky = digestEmail(
      digestOf([overdue]),
      context({ spreadsheetUrl: 'javascript:alert(1)' }),
    );
    expect(sneaky.htmlBody).not.toContain('<a ');
    expect(sneaky.htmlBody).toContain(
      'Open row 7 on Placements: javascript:alert(1)#gid=0&amp;range=A7',
    );
  });

  it('does not throw on blank or odd names', () => {
    const odd = new Map([
      ['AP-0007', ''],
      ['AP-0008', '\n\t '],
    ]);
    const minimal = digestEmail(digestOf([overdue, absence]), context({ pupilNames: odd }));
    expect(minimal.body).toContain('- AP-0007\n');
    expect(minimal.body).toContain('- AP-0008\n');
  });
});

describe('links', () => {
  it('links to the spreadsheet alone when the sheet id is unknown', () => {
    const email = digestEmail(digestOf([absence]), context({ sheetIds: { Placements: 0 } }));
    expect(email.body).toContain(`  Open row 12 on Attendance: ${URL}\n`);
    expect(email.htmlBody).toContain(`<a href="${URL}">Open row 12 on Attendance</a>`);
  });

  it('drops a fragment already on the spreadsheet URL', () => {
    const email = digestEmail(digestOf([absence]), context({ spreadsheetUrl: `${URL}#gid=42` }));
    expect(email.body).toContain(`  Open row 12 on Attendance: ${URL}#gid=111&range=A12\n`);
    expect(email.body).not.toContain('gid=42');
  });
});

describe('an item passed on because an email is missing', () => {
  it('says whose email is missing and as what the recipient gets it', () => {
    const passed = item({
      key: 'absence:AP-0008:2026-01-20:AM:pastoral@2026-01-20',
      recipientRole: 'DSL',
      onBehalfOf: 'pastoral lead',
      recipient: 'dsl@school.example',
      subject: { sheet: 'Attendance', rowNumber: 12, placementId: 'AP-0008' },
      urgency: 'today',
      whatToDo: 'For the pastoral lead (… are blank; fill it in and pass this on): Find out why.',
    });
    const email = digestEmail(digestOf([passed]), context());
    expect(email.body).toContain(
      [
        '- AP-0008 (M.J.O.)',
        "  Passed to you as DSL because the pastoral lead's email is missing.",
        '  For the pastoral lead (… are blank; fill it in and pass this on): Find out why.',
      ].join('\n'),
    );
    expect(email.htmlBody).toContain(
      '<em>Passed to you as DSL because the pastoral lead&#39;s email is missing.</em>',
    );
    expect(email.body.split('\n')[0]).toBe(
      'Hello, here is what needs you as DSL on Tue 20 Jan 2026.',
    );
  });
});

describe('the Monday summary (policy P9)', () => {
  const figures: MondayFigures = {
    placementsByStatus: { Ended: 2, Active: 4, 'No status': 1, Proposed: 1 },
    attendanceThisHalfTerm: { attended: 45, marked: 50, percent: 90 },
    reviewsDue: 2,
    reviewsOverdue: 1,
    outcomesThisYear: {
      ended: 2,
      terminated: 1,
      destinations: { 'Not recorded': 1, 'Mainstream school': 2 },
    },
    thisYear: { reviewsOnTime: 7, reviewsLate: 2, costToDate: 12345.6 },
  };
  const summary = (f: MondayFigures) =>
    item({
      key: 'monday-summary:head@2026-01-19',
      kind: 'Monday summary',
      recipientRole: 'Head Teacher',
      recipient: 'head@school.example',
      subject: { sheet: 'Placements', rowNumber: 1 },
      urgency: 'info',
      whatToDo: "This week's AP summary: read it.",
      figures: f,
    });

  it('renders the figures in plain words', () => {
    const email = digestEmail(digestOf([summary(figures)]), context({ today: '2026-01-19' }));
    expect(email.subject).toBe('AP placements: 1 for information – Oakfield Academy');
    expect(email.body).toContain(
      [
        'FOR INFORMATION (1)',
        '',
        '- All placements (weekly summary)',
        "  This week's AP summary: read it.",
        '  Placements by status: Proposed 1, Active 4, Ended 2, No status 1',
        '  Attendance this half-term: 45 of 50 sessions marked attended (90%)',
        '  Reviews: 2 due, 1 overdue',
        '  Reviews held this school year: 7 on time, 2 late',
        '  Outcomes this school year: 2 ended, 1 terminated; destinations: Mainstream school 2, Not recorded 1',
        '  Cost to date this school year: £12,345.60',
        `  Open row 1 on Placements: ${URL}#gid=0&range=A1`,
      ].join('\n'),
    );
    expect(email.htmlBody).toContain(
      '<ul><li>Placements by status: Proposed 1, Active 4, Ended 2, No status 1</li>',
    );
  });

  it('says when nothing is marked or finished yet', () => {
    const quiet: MondayFigures = {
      placementsByStatus: {},
      attendanceThisHalfTerm: { attended: 0, marked: 0, percent: undefined },
      reviewsDue: 0,
      reviewsOverdue: 0,
      outcomesThisYear: { ended: 0, terminated: 0, destinations: {} },
      thisYear: { reviewsOnTime: 0, reviewsLate: 0, costToDate: 0 },
    };
    const { body } = digestEmail(digestOf([summary(quiet)]), context());
    expect(body).toContain('  Placements by status: none\n');
    expect(body).toContain('  Attendance this half-term: no sessions marked yet\n');
    expect(body).toContain('  Outcomes this school year: none ended or terminated yet\n');
    expect(body).toContain('  Cost to date this school year: £0.00\n');
  });
});

describe('emails held back by the quota (DSL only)', () => {
  const heldBack = { emails: 3, items: 7, roles: ['pastoral lead', 'SENDCO'] };

  it('opens with what was held back when given', () => {
    const email = digestEmail(digestOf([overdue]), context({ heldBack }));
    const text =
      'The daily email quota is nearly spent: 3 emails with 7 items for pastoral lead and SENDCO were held back. They will go on the next run when the quota allows; until then, the items are in the sheet.';
    expect(email.body.split('\n').slice(2, 4)).toEqual(['EMAIL QUOTA', text]);
    expect(email.body.indexOf('EMAIL QUOTA')).toBeLessThan(email.body.indexOf('URGENT'));
    expect(email.htmlBody).toContain(`<p>${text}</p>`);
    expect(email.subject).toBe('AP placements: 1 urgent, 3 emails held back – Oakfield Academy');
  });

  it('is absent otherwise', () => {
    const email = digestEmail(digestOf([overdue]), context());
    expect(email.body).not.toContain('quota');
    expect(email.htmlBody).not.toContain('quota');
    const none = digestEmail(
      digestOf([overdue]),
      context({ heldBack: { emails: 0, items: 0, roles: [] } }),
    );
    expect(none.body).not.toContain('quota');
  });

  it('can be the whole email, in the singular', () => {
    const empty = { recipient: 'dsl@school.example', roles: [], items: [] };
    const email = digestEmail(
      empty,
      context({ heldBack: { emails: 1, items: 1, roles: ['Head Teacher'] } }),
    );
    expect(email.subject).toBe('AP placements: 1 email held back – Oakfield Academy');
    expect(email.body).toContain(
      'The daily email quota is nearly spent: 1 email with 1 item for Head Teacher was held back.',
    );
  });
});

describe('determinism', () => {
  it('gives the same email for the same digest and context', () => {
    const digest = digestOf([overdue, absence, ending]);
    expect(digestEmail(digest, context())).toEqual(digestEmail(digest, context()));
  });
});

describe('a digest too long for one email (MailApp: 200 KB a body)', () => {
  const many = Array.from({ length: 3000 }, (_, i) =>
    item({
      key: `missing-attendance:AP-${String(i).padStart(4, '0')}:pastoral@2026-01-20`,
      kind: 'missing attendance',
      urgency: i < 10 ? 'urgent' : 'today',
      subject: {
        sheet: 'Placements',
        rowNumber: i + 2,
        placementId: `AP-${String(i).padStart(4, '0')}`,
      },
      whatToDo: `Ask Riverside Skills Centre whether AP-${String(i).padStart(4, '0')} attended on Mon 19 Jan 2026 AM and record it on Attendance.`,
    }),
  );
  const email = digestEmail(digestOf(many), context());

  it('lists the most urgent items first and keeps both bodies well under 200 KB', () => {
    expect(email.body.length).toBeLessThan(100_000);
    expect(email.htmlBody.length).toBeLessThan(100_000);
    expect(email.body).toContain('URGENT (10)');
    expect(email.body).toContain('TODAY (2990)');
    expect(email.body).toContain('AP-0000');
  });

  it('counts the items it could not list by kind, with a link to the workbook', () => {
    const listed = (email.body.match(/^- AP-/gm) ?? []).length;
    expect(listed).toBeGreaterThan(50);
    expect(listed).toBeLessThan(3000);
    expect(email.body).toContain(
      `${3000 - listed} more items did not fit in this email (${3000 - listed} missing attendance)`,
    );
    expect(email.body).toContain(`${URL}#gid=0&range=A1`);
    expect(email.subject).toBe('AP placements: 10 urgent, 2990 for today – Oakfield Academy');
  });

  it('lists everything when it fits', () => {
    expect(digestEmail(digestOf(many.slice(0, 20)), context()).body).not.toContain('did not fit');
  });
});
