// "Census AP return" through the built bundle: exactly one provider identity per row, the reasons chosen, the dates, every unreturnable row with its fix.
import { section as reportSection } from './support';
import type { FormResult } from '../../../src/shared/sidebar-api';
import { CLEAN_PROVIDER, placement, school, upn, type School } from '../support/school';

const HILLTOP = {
  ...CLEAN_PROVIDER,
  Provider: 'Hilltop Tuition',
  Registration: 'Unregistered',
  URN: '',
  'Setting type': 'OTH',
};
const QUAYSIDE = {
  ...CLEAN_PROVIDER,
  Provider: 'Quayside College',
  Registration: 'FE college',
  URN: '',
  UKPRN: '',
};
const MARSH = {
  ...CLEAN_PROVIDER,
  Provider: 'Marsh Lane College',
  Registration: 'FE college',
  URN: '',
  UKPRN: '10012345',
};

/** Tue 20 Jan 2026: five days after the spring census day (Thu 15 Jan 2026 by the DfE's rule). */
function censusSchool(): { s: School; answer: FormResult<{ link: string }> } {
  const s = school(
    [
      placement(1, { 'Census reason': 'Suspension' }),
      placement(2, {
        Provider: 'Hilltop Tuition',
        'Census reason': 'Named on EHC plan',
        'SEN status': 'SEN support',
      }),
      placement(3, { Provider: 'Quayside College', 'Census reason': 'Other' }),
      placement(4, {
        Status: 'Ended',
        Provider: 'Marsh Lane College',
        'Start date': '2025-09-08',
        'Actual end date': '2025-12-12',
        Destination: 'Mainstream school',
        'Census reason': 'To improve behaviour',
      }),
      placement(5, {
        Status: 'Ended',
        'Start date': '2025-06-02',
        'Actual end date': '2025-09-01',
        'Census reason': 'Other',
      }),
      placement(6, { Status: 'Proposed', 'Census reason': 'Other' }),
      placement(7, { 'Start date': '2026-02-02', 'Census reason': 'Other' }),
      placement(8, { 'Census reason': '' }),
      placement(9, { Sessions: 'Mon, Tue, Wed, Thu, Fri', 'Census reason': 'Other' }),
      placement(10, { UPN: upn(9), Provider: 'Hilltop Tuition', 'Census reason': 'Other' }),
      placement(11, {
        Status: 'Ended',
        Destination: 'Mainstream school',
        'Census reason': 'Other',
      }),
    ],
    { providers: [CLEAN_PROVIDER, HILLTOP, QUAYSIDE, MARSH] },
  );
  const settings = s.ws.spreadsheet.sheet('Settings').values();
  const row = settings.findIndex((r) => r[0] === 'Census reason: Suspension') + 1;
  s.ws.spreadsheet.userEdit(s.ws.user, 'Settings', `B${row}`, [['SUSP']]);
  s.ws.meter.reset();
  // The spring census day just gone, picked in the sidebar (the menu makes the next one's).
  const answer = s.addOn.call('makeReport', {
    report: 'Census AP return',
    censusDay: '2026-01-15',
    requestId: 'census-00000001',
  }) as FormResult<{ link: string }>;
  return { s, answer };
}

function section(s: School, title: RegExp): Record<string, unknown>[] {
  return reportSection(s.ws, 'Census AP return', title);
}

describe('the census AP return', () => {
  const { s, answer } = censusSchool();
  const returned = section(s, /^Return: /);
  const toFix = section(s, /^Cannot be returned yet/);

  it('is for the census day picked, over the window since the one before', () => {
    const title = String(s.ws.spreadsheet.sheet('Census AP return').values()[0]?.[0]);
    expect(title).toMatch(
      /^Census AP return for census day Thu 15 Jan 2026: placements attended from Thu 2 Oct 2025 to Thu 15 Jan 2026 \(census days by the DfE’s rule/,
    );
  });

  it('returns the placements attended in the window that have what the census needs', () => {
    expect(returned.map((r) => r['Placement ID'])).toEqual(['AP-0001', 'AP-0004']);
  });

  it('gives each returned row exactly one of URN, UKPRN or setting type, by Registration', () => {
    const identity = (r: Record<string, unknown>) =>
      [r['URN'], r['UKPRN'], r['AP setting type']].filter((v) => v !== '').map(String);
    expect(returned.map(identity)).toEqual([['123456'], ['10012345']]);
  });

  it('carries the reason chosen, its code from Settings, the dates and the pattern', () => {
    expect(returned[0]).toMatchObject({
      UPN: upn(1),
      'Placement reason': 'Suspension',
      'Reason code': 'SUSP',
      'Entry date': 'Mon 5 Jan 2026',
      'Leaving date': '',
      'Attendance pattern': 'PT',
      'Sessions per week': 4,
    });
    expect(returned[1]).toMatchObject({
      'Placement reason': 'To improve behaviour',
      'Reason code': '',
      'Entry date': 'Mon 8 Sep 2025',
      'Leaving date': 'Fri 12 Dec 2025',
    });
  });

  it('lists every placement that cannot be returned, with what to fix', () => {
    const fixes = (id: string) =>
      toFix.filter((r) => r['Placement ID'] === id).map((r) => String(r['What to fix']));
    expect(fixes('AP-0002')).toEqual([expect.stringMatching(/MIS error 2363/)]);
    expect(fixes('AP-0003')).toEqual([
      expect.stringMatching(/^UKPRN: Quayside College is an FE college with no UKPRN/),
    ]);
    expect(fixes('AP-0008')).toEqual([expect.stringMatching(/^Census reason: blank/)]);
    expect(fixes('AP-0009')).toEqual([expect.stringMatching(/MIS error 2392/)]);
    expect(fixes('AP-0010')).toEqual([expect.stringMatching(/MIS error 2392/)]);
    expect(fixes('AP-0011')).toEqual([
      expect.stringMatching(/^Actual end date: blank on a placement that is Ended.*MIS error 2372/),
    ]);
    const listed = new Set(toFix.map((r) => r['Placement ID']));
    for (const id of ['AP-0005', 'AP-0006', 'AP-0007']) expect(listed.has(id)).toBe(false);
    const rows = toFix.map((r) => Number(r['Placements row']));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('says which reasons still need their code on Settings', () => {
    const text = JSON.stringify(s.ws.spreadsheet.sheet('Census AP return').values());
    expect(text).toContain('type the census code for \\"To improve behaviour\\"');
    expect(text).not.toContain('type the census code for \\"Suspension\\"');
  });

  it('makes a CSV of the returned rows in the documents folder, dates as YYYY-MM-DD', () => {
    const [csv] = s.ws.drive.findByName('Census AP return 2026-01-15.csv');
    expect(csv?.mimeType).toBe('text/csv');
    const text = Buffer.from(csv?.content ?? '', 'base64').toString('utf8');
    expect(text.split('\r\n')).toEqual([
      'Placement ID,Placements row,UPN,URN,UKPRN,AP setting type,Placement reason,Reason code,Entry date,Leaving date,Attendance pattern,Sessions per week',
      `AP-0001,2,${upn(1)},123456,,,Suspension,SUSP,2026-01-05,,PT,4`,
      `AP-0004,5,${upn(4)},,10012345,,To improve behaviour,,2025-09-08,2025-12-12,PT,4`,
      '',
    ]);
    const folder = s.ws.drive.findByName('AP Placements documents')[0];
    expect(csv?.parents).toContain(folder?.id);
  });

  it('tells the person, with the CSV link, and logs counts only', () => {
    expect(answer).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /^Census AP return for Thu 15 Jan 2026 is on the Census AP return sheet: 2 placements to return\. 6 cannot be returned yet: the sheet lists what to fix on each\. 1 census reasons have no code yet on Settings\. The CSV is in the documents folder: /,
      ),
      value: { link: expect.stringMatching(/^https:\/\/drive\.google\.com\//) },
    });
    const log = s.ws.spreadsheet.sheet('Log').values();
    expect(log.at(-1)?.slice(2, 5)).toEqual([
      'Census AP return',
      'Workbook',
      'Census day 2026-01-15: 2 placements returned, 6 to fix.',
    ]);
    expect(JSON.stringify(log)).not.toMatch(/Pupil \d+ Example/);
  });
});

describe('the census return from the menu', () => {
  it('is for the next census day, over the window since the last one', () => {
    const s = school([placement(1, { 'Census reason': 'Other' })]);
    s.addOn.run('makeCensusReturn');
    const title = String(s.ws.spreadsheet.sheet('Census AP return').values()[0]?.[0]);
    expect(title).toMatch(
      /^Census AP return for census day Thu 21 May 2026: placements attended from Thu 15 Jan 2026 to Thu 21 May 2026/,
    );
    expect(s.ws.drive.findByName('Census AP return 2026-05-21.csv')).toHaveLength(1);
  });

  it('is a nil return with the note to give, and no CSV, when nothing was attended', () => {
    const s = school([placement(1, { 'Start date': '2026-02-02', 'Census reason': 'Other' })]);
    s.addOn.run('makeCensusReturn');
    const rows = s.ws.spreadsheet.sheet('Census AP return').values();
    expect(rows.map((r) => r[0])).toContain('Nil return');
    expect(s.ws.ui.alerts.at(-1)?.prompt).toBe(
      'Census AP return for Thu 21 May 2026: a nil return. No school-arranged alternative provision placements were attended between Thu 15 Jan 2026 and Thu 21 May 2026 (census day). Your MIS will ask about it (query 4015Q or 4016Q): give that sentence as the return note. It is on the Census AP return sheet.',
    );
    expect(s.ws.drive.findByName('Census AP return 2026-05-21.csv')).toEqual([]);
  });
});

describe('the Census reason dropdown when the school edits its census reasons', () => {
  const dropdown = (s: School) =>
    JSON.stringify(s.cell('Placements', 2, 'Census reason').validation ?? null);

  it('lists a reason added on Settings at once (onEdit)', () => {
    const s = school([placement(1)]);
    const settings = s.ws.spreadsheet.sheet('Settings').values();
    const next = settings.length + 1;
    s.addOn.edit('Settings', `A${next}`, [['Census reason: Awaiting a school place']]);
    expect(dropdown(s)).toContain('Awaiting a school place');
    expect(dropdown(s)).toContain('Suspension');
  });

  it('drops a reason renamed away, and leaves the dropdown alone for any other setting', () => {
    const s = school([placement(1)]);
    const settings = s.ws.spreadsheet.sheet('Settings').values();
    const row = settings.findIndex((r) => r[0] === 'Census reason: Other') + 1;
    s.addOn.edit('Settings', `A${row}`, [['Census reason: Another reason']]);
    expect(dropdown(s)).toContain('Another reason');
    expect(dropdown(s)).not.toContain('"Other"');
    s.ws.meter.reset();
    const school_ = settings.findIndex((r) => r[0] === 'School name') + 1;
    s.addOn.edit('Settings', `B${school_}`, [['Exampleton Academy']]);
    expect(s.ws.meter.countOf('Range.setDataValidation')).toBe(0);
  });
});

describe('a placement under way with no Start date', () => {
  it('is listed to fix, never silently left out', () => {
    const s = school([
      placement(1, { 'Census reason': 'Other' }),
      placement(2, { 'Census reason': 'Other', 'Start date': '' }),
    ]);
    s.addOn.call('makeReport', { report: 'Census AP return', censusDay: '2026-01-15' });
    const rows = s.ws.spreadsheet.sheet('Census AP return').values();
    const fix = rows.find((r) => r[1] === 'AP-0002');
    expect(String(fix?.[2])).toMatch(
      /^Start date: blank or not a date; the census needs the entry date/,
    );
  });
});

describe('2364 for each kind of provider', () => {
  it.each([
    [{ Registration: 'Registered school', URN: '' }, /^URN: .* no URN on Providers/],
    [
      { Registration: 'Unregistered', URN: '', 'Setting type': '' },
      /^Setting type: .* no Setting type/,
    ],
    [{ Registration: '' }, /^Registration: .* has no Registration on Providers/],
  ])('%o is listed with what to type', (cells, fix) => {
    const s = school([placement(1, { 'Census reason': 'Other' })], {
      providers: [{ ...CLEAN_PROVIDER, ...cells }],
    });
    s.addOn.call('makeReport', { report: 'Census AP return', censusDay: '2026-01-15' });
    const rows = s.ws.spreadsheet.sheet('Census AP return').values();
    expect(String(rows.find((r) => r[1] === 'AP-0001')?.[2])).toMatch(fix);
  });

  it('a provider not on Providers is listed too', () => {
    const s = school([placement(1, { 'Census reason': 'Other', Provider: 'Nowhere Tuition' })]);
    s.addOn.call('makeReport', { report: 'Census AP return', censusDay: '2026-01-15' });
    const rows = s.ws.spreadsheet.sheet('Census AP return').values();
    expect(String(rows.find((r) => r[1] === 'AP-0001')?.[2])).toMatch(
      /^Provider: "Nowhere Tuition" is not on Providers/,
    );
  });
});
