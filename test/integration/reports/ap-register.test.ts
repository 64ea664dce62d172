// "AP register" through the built bundle: providers in use with their counts and addresses, where each pupil is, no names in Minimal mode.
import { section as reportSection } from './support';
import { CLEAN_PROVIDER, placement, school, upn, type School } from '../support/school';

const HILLTOP = {
  ...CLEAN_PROVIDER,
  Provider: 'Hilltop Tuition',
  Registration: 'Unregistered',
  URN: '',
  'Setting type': 'OTH',
  Address: '4 Hill Road, Exampleton EX2 2CD',
  'Other sites': 'Sports hall, Park Lane',
};

const UNUSED = { ...CLEAN_PROVIDER, Provider: 'Quayside College', Registration: 'FE college' };

function registerSchool(emailDetail?: 'Full'): School {
  const s = school(
    [
      placement(1),
      placement(2, { Provider: 'Hilltop Tuition', Sessions: 'Tue PM', 'Hours per week': 3 }),
      placement(3, {
        Provider: 'hilltop  tuition',
        'Delivery site': 'Farm site, Green Lane',
        Route: 'Preventative',
        // Typed with an apostrophe: text that starts like a formula.
        Reason: "'=Small group",
        'Hours per week': 6,
      }),
      placement(4, {
        Status: 'Ended',
        'Actual end date': '2026-01-16',
        Destination: 'Mainstream school',
      }),
      placement(5, { Status: 'Proposed' }),
    ],
    { providers: [CLEAN_PROVIDER, HILLTOP, UNUSED] },
  );
  s.type('Attendance', [
    { Date: '2026-01-12', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Present' },
    { Date: '2026-01-12', 'Placement ID': 'AP-0001', Session: 'PM', Mark: 'Absent' },
    { Date: '2026-01-13', 'Placement ID': 'AP-0002', Session: 'PM', Mark: 'Late' },
    // Last half-term: not counted in this half-term's figure.
    { Date: '2025-12-15', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Absent' },
  ]);
  if (emailDetail) {
    const settings = s.ws.spreadsheet.sheet('Settings').values();
    const row = settings.findIndex((r) => r[0] === 'Email detail') + 1;
    s.ws.spreadsheet.userEdit(s.ws.user, 'Settings', `B${row}`, [[emailDetail]]);
  }
  s.ws.meter.reset();
  s.addOn.run('makeApRegister');
  return s;
}

function section(s: School, title: RegExp): Record<string, unknown>[] {
  return reportSection(s.ws, 'AP register', title);
}

describe('the AP register', () => {
  const s = registerSchool();
  const providers = section(s, /^Providers in use/);
  const placements = section(s, /^Placements in use/);

  it('lists each provider in use once, with its pupils, and leaves out providers with none', () => {
    expect(providers.map((p) => [p['Provider'], p['Pupils placed'], p['Placement IDs']])).toEqual([
      ['Riverside Skills Centre', 1, 'AP-0001'],
      ['Hilltop Tuition', 2, 'AP-0002, AP-0003'],
    ]);
  });

  it('gives every delivery address, the registration and the census identity', () => {
    const hilltop = providers[1] ?? {};
    expect(hilltop['Delivery addresses']).toBe(
      '4 Hill Road, Exampleton EX2 2CD; Sports hall, Park Lane; Farm site, Green Lane',
    );
    expect(hilltop['Registration']).toBe('Unregistered');
    expect(hilltop['URN / UKPRN / setting type']).toBe('Setting type OTH');
    expect(providers[0]?.['URN / UKPRN / setting type']).toBe('URN 123456');
    expect(hilltop['Hours per week']).toBe(9);
    expect(hilltop['Routes and reasons']).toBe(
      'Vocational: Vocational route in construction; Preventative: =Small group',
    );
  });

  it('counts attendance this half-term only, Present and Late attending', () => {
    expect(providers[0]?.['Attendance this half-term']).toBe('50% (1 of 2 sessions)');
    expect(providers[1]?.['Attendance this half-term']).toBe('100% (1 of 1 sessions)');
  });

  it('lists agreed and running placements with where each pupil is this week, by initials', () => {
    expect(placements.map((p) => p['Placement ID'])).toEqual(['AP-0001', 'AP-0002', 'AP-0003']);
    const first = placements[0] ?? {};
    expect(first['Pupil']).toBe('P.E.');
    expect([
      first['Mon AM'],
      first['Mon PM'],
      first['Wed AM'],
      first['Wed PM'],
      first['Fri PM'],
    ]).toEqual([
      'Riverside Skills Centre',
      'Riverside Skills Centre',
      'Riverside Skills Centre',
      '',
      'Riverside Skills Centre',
    ]);
    expect(placements[2]?.['Where']).toBe('Farm site, Green Lane');
    expect(placements[1]?.['Where']).toBe('4 Hill Road, Exampleton EX2 2CD');
  });

  it('shows no pupil name, UPN or date of birth when Email detail is Minimal', () => {
    const text = JSON.stringify(s.ws.spreadsheet.sheet('AP register').values());
    expect(text).not.toMatch(/Pupil \d Example/);
    expect(text).not.toContain('801200000');
  });

  it('keeps text that looks like a formula as text, is dated, protected with a warning, and logged by counts', () => {
    const sheet = s.ws.spreadsheet.sheet('AP register');
    expect(String(sheet.values()[0]?.[0])).toMatch(
      /^AP register for .*, made Tue 20 Jan 2026 at 09:00\./,
    );
    expect(JSON.stringify(sheet.values())).toContain('Preventative: =Small group');
    expect(sheet.protections.map((p) => [p.warningOnly, p.rect])).toEqual([[true, null]]);
    expect(s.ws.ui.alerts.at(-1)?.prompt).toBe(
      'The AP register is on the AP register sheet: 2 providers in use, 3 placements.',
    );
    const log = s.ws.spreadsheet.sheet('Log').values();
    expect(log.at(-1)?.slice(2, 5)).toEqual([
      'AP register',
      'Workbook',
      '2 providers in use, 3 placements.',
    ]);
  });

  it('is remade in place: a second run writes the same rows and nothing beyond them', () => {
    const before = s.ws.spreadsheet.sheet('AP register').values();
    s.addOn.run('makeApRegister');
    expect(s.ws.spreadsheet.sheet('AP register').values()).toEqual(before);
    expect(s.ws.spreadsheet.sheet('AP register').protections).toHaveLength(1);
  });

  it('leaves nothing of a longer earlier register below a shorter one', () => {
    s.ws.spreadsheet.userEdit(s.ws.user, 'Placements', s.a1('Placements', 4, 'Status'), [
      ['Proposed'],
    ]);
    s.addOn.run('makeApRegister');
    expect(section(s, /^Placements in use/).map((p) => p['Placement ID'])).toEqual([
      'AP-0001',
      'AP-0002',
    ]);
    const rows = s.ws.spreadsheet.sheet('AP register').values();
    const last = rows.findIndex((r) => r[0] === 'AP-0002');
    expect(
      rows
        .slice(last + 1)
        .flat()
        .filter((cell) => cell !== ''),
    ).toEqual([]);
  });
});

describe('the AP register with Email detail Full', () => {
  it('names the pupils', () => {
    const s = registerSchool('Full');
    expect(section(s, /^Placements in use/).map((p) => p['Pupil'])).toEqual([
      'Pupil 1 Example',
      'Pupil 2 Example',
      'Pupil 3 Example',
    ]);
  });
});

describe('the AP register as a printable Doc', () => {
  const s = registerSchool();
  s.ws.meter.reset();
  s.addOn.run('makeApRegisterDoc');
  const [doc] = s.ws.drive.findByName('AP register 2026-01-20');

  it('is made in the documents folder and listed on Documents with its link', () => {
    expect(doc).toBeDefined();
    const folder = s.ws.drive.findByName('AP Placements documents')[0];
    expect(s.ws.drive.children(folder?.id ?? '').map((f) => f.id)).toContain(doc?.id);
    const documents = s.ws.spreadsheet.sheet('Documents').values();
    const last = documents.at(-1) ?? [];
    expect(last[1]).toBe('AP register');
    expect(String(last[3])).toBe(`https://docs.google.com/document/d/${doc?.id}/edit`);
    expect(s.ws.ui.alerts.at(-1)?.prompt).toMatch(
      /^The AP register Doc is in the documents folder and listed on Documents: https:\/\/docs\.google\.com\/document\/d\/.+\/edit \(2 providers in use, 3 placements\.\)/,
    );
  });

  it('holds each provider, every placement and the week, without pupil names', () => {
    const text = s.ws.drive.renderText(doc?.id ?? '');
    expect(text).toContain('Hilltop Tuition');
    expect(text).toContain(
      '4 Hill Road, Exampleton EX2 2CD; Sports hall, Park Lane; Farm site, Green Lane',
    );
    expect(text).toContain('Where each pupil is this week');
    for (const id of ['AP-0001', 'AP-0002', 'AP-0003']) expect(text).toContain(id);
    expect(text).not.toContain('AP-0004');
    expect(text).not.toMatch(/Pupil \d Example/);
  });

  it('is made in one batchUpdate after one files.create', () => {
    expect(s.ws.meter.countOf('Drive.Files.create')).toBe(1);
    expect(s.ws.meter.countOf('Docs.Documents.batchUpdate')).toBe(1);
  });
});

describe('an AP register longer than its sheet', () => {
  it('grows the sheet rather than failing', () => {
    const s = school([placement(1), placement(2), placement(3)]);
    // The add-on's own sheet (its protection says so), made smaller than the register.
    const small = s.ws.spreadsheet.addSheet('AP register', [], { maxRows: 5, maxColumns: 4 });
    const mark = s.ws.spreadsheet.newProtection(small, 'SHEET', null);
    mark.description =
      'Made by the AP Placements add-on (AP register): it is replaced each time the register is made.';
    mark.warningOnly = true;
    s.addOn.run('makeApRegister');
    const sheet = s.ws.spreadsheet.sheet('AP register');
    expect(sheet.values().map((r) => r[0])).toContain('AP-0003');
    expect(s.ws.ui.alerts.at(-1)?.prompt).toMatch(/^The AP register is on the AP register sheet/);
  });
});

describe("a person's own sheet called AP register", () => {
  it('is never written over: the add-on says so and writes nothing', () => {
    const s = school([placement(1)]);
    s.ws.spreadsheet.addSheet('AP register', [['Our own list of providers'], ['Riverside']]);
    s.addOn.run('makeApRegister');
    expect(s.ws.spreadsheet.sheet('AP register').values()).toEqual([
      ['Our own list of providers'],
      ['Riverside'],
    ]);
    expect(s.ws.ui.alerts.at(-1)?.prompt).toMatch(
      /^There is already a sheet called "AP register" that the add-on did not make/,
    );
  });
});

describe('an AP register interrupted while it is remade', () => {
  /** A register of three placements, then AP-0003 made Proposed: the next one is shorter. */
  function shrinking(): School {
    const s = school([placement(1), placement(2), placement(3)]);
    s.addOn.run('makeApRegister');
    s.ws.spreadsheet.userEdit(s.ws.user, 'Placements', s.a1('Placements', 4, 'Status'), [
      ['Proposed'],
    ]);
    s.ws.meter.reset();
    return s;
  }
  const values = (s: School) => s.ws.spreadsheet.sheet('AP register').values();
  const clean = shrinking();
  const before = values(clean);
  clean.addOn.run('makeApRegister');
  const after = values(clean);
  const calls = clean.ws.meter.total;

  it.each(Array.from({ length: calls }, (_, i) => i + 1))(
    'a failure at call %i leaves the last register, the new one, or one marked incomplete',
    (n) => {
      const s = shrinking();
      s.ws.meter.failAt(n);
      s.addOn.run('makeApRegister');
      const now = values(s);
      const incomplete = String(now[0]?.[0]).startsWith('INCOMPLETE: this report was interrupted');
      // Dates in the title are the same: the clock does not move between these runs.
      expect(
        incomplete ||
          JSON.stringify(now) === JSON.stringify(before) ||
          JSON.stringify(now) === JSON.stringify(after),
      ).toBe(true);
      // A second go always ends with the new register, whole.
      s.addOn.run('makeApRegister');
      expect(values(s)).toEqual(after);
    },
  );
});

describe('where each pupil is this week', () => {
  it('shows only placements attending this week: not a paused one, nor one agreed to start later', () => {
    const s = school([
      placement(1),
      placement(2, { Status: 'Paused' }),
      placement(3, {
        Status: 'Agreed',
        'Start date': '2026-02-23',
        'Planned end date': '2026-05-22',
      }),
    ]);
    s.addOn.run('makeApRegister');
    const rows = s.ws.spreadsheet.sheet('AP register').values();
    const headers = (rows.find((r) => r[0] === 'Placement ID') ?? []).map(String);
    const monAm = headers.indexOf('Mon AM');
    const at = (id: string) => rows.find((r) => r[0] === id)?.[monAm];
    expect(at('AP-0001')).toBe('Riverside Skills Centre');
    expect(at('AP-0002')).toBe('');
    expect(at('AP-0003')).toBe('');
  });

  it('counts pupils, not placements: one pupil placed twice at a provider is one', () => {
    const s = school([placement(1), placement(2, { UPN: upn(1), Sessions: 'Tue AM' })]);
    s.addOn.run('makeApRegister');
    const rows = s.ws.spreadsheet.sheet('AP register').values();
    const riverside = rows.find((r) => r[0] === 'Riverside Skills Centre');
    const headers = (rows.find((r) => r[0] === 'Provider') ?? []).map(String);
    expect(riverside?.[headers.indexOf('Pupils placed')]).toBe(1);
    expect(riverside?.[headers.indexOf('Placement IDs')]).toBe('AP-0001, AP-0002');
  });
});
