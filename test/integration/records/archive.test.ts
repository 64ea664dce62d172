// "Archive the year" through the built bundle: every row in exactly one place, verified before removal, resumable
// after a failure at any service call, IDs never issued again, refused during term.
import type { School } from '../support/school';
import { liveRows, rowsOf, SHEETS, sorted, yearToArchive } from './support';

function settingValue(s: School, name: string): unknown {
  const row = s.ws.spreadsheet
    .sheet('Settings')
    .values()
    .find((r) => r[0] === name);
  return row?.[1];
}

function archiveOf(s: School) {
  const link = String(settingValue(s, 'Archive 2026-27') ?? '');
  const id = /\/d\/([^/]+)/.exec(link)?.[1];
  return id ? s.ws.spreadsheetById(id) : undefined;
}

function archiveRows(s: School, sheet: string): string[] {
  const archive = archiveOf(s);
  if (!archive || !archive.sheets.some((t) => t.name === sheet)) return [];
  return rowsOf(archive.sheet(sheet).values());
}

/** Every row of the three sheets, live and archived together. */
function everyRow(s: School): Record<string, string[]> {
  return Object.fromEntries(
    SHEETS.map((sheet) => [sheet, sorted([...liveRows(s.ws, sheet), ...archiveRows(s, sheet)])]),
  );
}

const moving = (rows: readonly string[]) =>
  rows.filter((r) => /Placement ID=string:AP-000[12]\b/.test(r));

function archive(s: School): string {
  // A run that failed before its question leaves the answer queued for the next.
  if (s.ws.ui.pendingAnswers === 0) s.ws.ui.answer({ button: 'YES' });
  s.addOn.run('archiveTheYear');
  return s.ws.ui.alerts.at(-1)?.prompt ?? '';
}

describe('archiving a finished year', () => {
  const s = yearToArchive();
  const before = everyRow(s);
  const message = archive(s);

  it('says it is complete, where, and how long to keep it', () => {
    expect(message).toMatch(
      /^The 2026-27 archive is complete: https:\/\/docs.google.com\/spreadsheets\/d\//,
    );
    expect(message).toMatch(/moved 2 placements, 21 attendance rows and 3 reviews/);
    expect(message).toMatch(/Keep it until Wed 6 Oct 2032/);
    expect(message).toMatch(/AP-0004 has no Actual end date/);
  });

  it('moves the ended placements with all their rows, and leaves every other row', () => {
    for (const sheet of SHEETS) {
      expect(everyRow(s)[sheet]).toEqual(before[sheet]);
      expect(sorted(archiveRows(s, sheet))).toEqual(sorted(moving(before[sheet] ?? [])));
      expect(moving(liveRows(s.ws, sheet))).toEqual([]);
    }
  });

  it('keeps text as typed: a number-like or formula-like cell stays text', () => {
    const absent = archiveRows(s, 'Attendance').find((r) => r.includes('Mark=string:Absent'));
    expect(absent).toContain('Absence reason=string:0123 =SUM(1)');
    expect(absent).toContain('Follow-up note=string:=HYPERLINK("x")');
  });

  it('makes the archive in the documents folder, linked on Settings with its keep-until date', () => {
    const book = archiveOf(s);
    expect(book?.name).toBe('AP placements archive 2026-27');
    expect(book?.sheets.map((t) => t.name)).toEqual(
      expect.arrayContaining(['About', 'Placements', 'Attendance', 'Reviews']),
    );
    const about = book?.sheet('About').values() ?? [];
    expect(about.find((r) => r[0] === 'Why')?.[1]).toMatch(/Regulations 2024, regulation 7/);
    expect(settingValue(s, 'Archive 2026-27 keep until')).toBeInstanceOf(Date);
  });

  it('writes a Log line for each placement archived and one for the run', () => {
    const log = s.ws.spreadsheet.sheet('Log').values();
    const archived = log.filter((r) => r[2] === 'Archived').map((r) => r[3]);
    expect(archived).toEqual(['AP-0001', 'AP-0002']);
    expect(
      log.some((r) => r[2] === 'Archive the year' && /moved 2 placements/.test(String(r[4]))),
    ).toBe(true);
  });

  it('leaves a Log that checks as intact: every line it wrote numbered and signed', () => {
    s.addOn.run('checkTheLog');
    expect(s.ws.ui.alerts.at(-1)?.prompt).toMatch(/^The Log is intact/);
  });

  it('never issues an archived Placement ID again', () => {
    s.ws.spreadsheet.userEdit(s.ws.user, 'Placements', 'A10', [['']]);
    const headers = s.headers('Placements');
    const row = headers.map((h) =>
      h === 'Pupil name' ? 'Pupil 9 Example' : h === 'Status' ? 'Proposed' : '',
    );
    s.ws.spreadsheet.userEdit(s.ws.user, 'Placements', 'A4', [row]);
    s.addOn.run('validatePlacements');
    const ids = s.ws.spreadsheet
      .sheet('Placements')
      .values()
      .map((r) => r[headers.indexOf('Placement ID')]);
    expect(ids).not.toContain('AP-0001');
    expect(ids).not.toContain('AP-0002');
    expect(ids).toContain('AP-0005');
  });

  it('running it again changes nothing and says it is complete', () => {
    const after = everyRow(s);
    expect(archive(s)).toMatch(/moved 0 placements, 0 attendance rows and 0 reviews/);
    expect(everyRow(s)).toEqual(after);
  });
});

describe('an interruption at any service call', () => {
  const clean = yearToArchive();
  archive(clean);
  const calls = clean.ws.meter.total;
  const positions = Array.from({ length: calls }, (_, i) => i + 1);

  it('the clean run makes a measurable number of calls', () => {
    expect(calls).toBeGreaterThan(30);
  });

  it.each(positions)('call %i fails: the next run leaves every row exactly once', (n) => {
    const s = yearToArchive();
    const before = everyRow(s);
    s.ws.meter.failAt(n, 'Service error: injected');
    archive(s);
    // Whatever the failure left, no row is lost: each is live, archived or (for a moment) both.
    const partway = everyRow(s);
    for (const sheet of SHEETS) {
      for (const row of new Set(before[sheet])) {
        const wanted = (before[sheet] ?? []).filter((r) => r === row).length;
        expect((partway[sheet] ?? []).filter((r) => r === row).length).toBeGreaterThanOrEqual(
          wanted,
        );
      }
    }
    s.ws.meter.reset();
    expect(archive(s)).toMatch(/archive is complete/);
    for (const sheet of SHEETS) {
      expect(everyRow(s)[sheet]).toEqual(before[sheet]);
      expect(moving(liveRows(s.ws, sheet))).toEqual([]);
    }
  });
});

describe('when it must not run', () => {
  it('refuses during term, saying why', () => {
    const s = yearToArchive('2027-07-01T09:00:00Z');
    // Term dates for 2026-27: the summer term runs to 21 July.
    s.type('Term dates', [{ Term: 'Summer 2', Start: '2027-06-07', End: '2027-07-21' }], 9);
    s.addOn.run('archiveTheYear');
    expect(s.ws.ui.alerts.at(-1)?.prompt).toMatch(
      /Archiving is refused during term: today is in Summer 2/,
    );
    expect(archiveOf(s)).toBeUndefined();
  });
});
