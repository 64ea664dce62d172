// The Log as an audit trail (issue 16): every line numbered and signed, by either append route; "Check the Log"
// finds an edit, a gap or a typed line by number, never a sort; the morning digest tells the DSL.
import { createHmac } from 'node:crypto';
import { LOG_SEAL_KEY } from '../../src/domain/log/log-seal';
import { mailLines, remindingSchool, STAFF } from './support/reminders';
import { placement, school, type School } from './support/school';
import { lastAlert, loadWorkbook } from './support/workbook';

/** The Log's rows below the header, each by header. */
function logRows(s: Pick<School, 'ws'>): Record<string, unknown>[] {
  const [headers = [], ...rows] = s.ws.spreadsheet.sheet('Log').values();
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]])));
}

const numbers = (s: Pick<School, 'ws'>) => logRows(s).map((row) => row['No.']);

function checkTheLog(s: School): string {
  s.addOn.run('checkTheLog');
  return lastAlert(s.ws) ?? '';
}

/**
 * Set up (line 1), then Validate all twice a minute apart (lines 2 and 3): the same line in the
 * same second is one line (a menu run retried), as it always was (src/workspace/log.ts).
 */
function loggedSchool(): School {
  const s = school([placement(1), placement(2)]);
  s.addOn.run('validatePlacements');
  s.ws.clock.advance(60_000);
  s.addOn.run('validatePlacements');
  return s;
}

describe('every Log line is numbered and signed', () => {
  it('numbers the lines of several actions 1..n, and the check finds them intact', () => {
    const s = loggedSchool();
    expect(s.headers('Log')).toEqual([
      'Time',
      'User',
      'Action',
      'Subject',
      'Detail',
      'No.',
      'Check',
    ]);
    expect(numbers(s)).toEqual([1, 2, 3]);
    expect(logRows(s).every((row) => /^[0-9a-f]{64}$/.test(String(row.Check)))).toBe(true);
    expect(checkTheLog(s)).toBe(
      'The Log is intact: 3 lines checked since Tue 20 Jan 2026 at 09:00.',
    );
    // The check is itself in the Log, numbered and signed, and checked the next time.
    expect(logRows(s)[3]).toMatchObject({
      'No.': 4,
      Action: 'Checked the Log',
      Subject: 'Log',
      Detail: 'Intact: 3 lines as written.',
    });
    expect(checkTheLog(s)).toMatch(/^The Log is intact: 4 lines checked/);
  });

  it('signs the number and the cells as written, keyed by a secret kept only in developer metadata', () => {
    const s = loggedSchool();
    const kept = s.ws.spreadsheet.developerMetadata.list().find((m) => m.key === LOG_SEAL_KEY);
    expect(kept?.visibility).toBe('PROJECT');
    const { secret } = JSON.parse(String(kept?.value)) as { secret: string };
    const [first] = logRows(s);
    const signed = JSON.stringify([
      1,
      '2026-01-20 09:00:00',
      s.ws.user,
      'Set up workbook',
      'Workbook',
      first?.Detail,
    ]);
    expect(first?.Check).toBe(createHmac('sha256', secret).update(signed, 'utf8').digest('hex'));
    expect(JSON.stringify(s.ws.properties.snapshot('document'))).not.toContain(secret);
  });
});

describe('Check the Log', () => {
  it('names the row of a Detail cell a person changed', () => {
    const s = loggedSchool();
    s.ws.spreadsheet.userEdit(s.ws.user, 'Log', 'E3', [['changed']]);
    const said = checkTheLog(s);
    expect(said).toMatch(/^The Log has been altered since the add-on wrote it \(2 lines checked/);
    expect(said).toContain('Row 3: this line was changed after the add-on wrote it.');
    expect(said).not.toContain('missing');
  });

  it('reports deleted rows as missing line numbers', () => {
    const s = loggedSchool();
    s.addOn.run('validatePlacements');
    s.addOn.run('validatePlacements');
    s.ws.spreadsheet.personDeleteRows('Log', 3, 2);
    const said = checkTheLog(s);
    expect(said).toContain('Lines 2–3 are missing (deleted?).');
    expect(said).not.toContain('Row ');
  });

  it('reports a whole Log deleted as every line missing, from the last number the store keeps', () => {
    const s = loggedSchool();
    s.ws.spreadsheet.personDeleteRows('Log', 2, 3);
    expect(checkTheLog(s)).toContain('Lines 1–3 are missing (deleted?).');
  });

  it('finds nothing wrong after a person sorts the Log', () => {
    const s = loggedSchool();
    s.addOn.run('checkTheLog');
    s.ws.spreadsheet.personSort('Log', 3, { ascending: false });
    expect(numbers(s)).not.toEqual([1, 2, 3, 4]);
    expect(checkTheLog(s)).toMatch(/^The Log is intact: 4 lines checked/);
  });

  it('names a line a person typed at the bottom', () => {
    const s = loggedSchool();
    s.ws.spreadsheet.userEdit(s.ws.user, 'Log', 'A5', [
      [
        new Date('2026-01-20T09:00:00Z'),
        s.ws.user,
        'Validate all',
        'Workbook',
        'All fine',
        4,
        'abc',
      ],
    ]);
    s.ws.spreadsheet.userEdit(s.ws.user, 'Log', 'A6', [
      [new Date('2026-01-20T09:00:00Z'), s.ws.user, 'Validate all', 'Workbook', 'All fine'],
    ]);
    const said = checkTheLog(s);
    expect(said).toContain('Row 5: this line was changed after the add-on wrote it.');
    expect(said).toContain('Row 6: a line the add-on did not write.');
  });

  it('leaves alone the lines written before the checks began', () => {
    const { ws, addOn } = loadWorkbook({ now: '2026-01-20T09:00:00Z' });
    ws.spreadsheet.addSheet('Log', [
      ['Time', 'User', 'Action', 'Subject', 'Detail'],
      [new Date('2025-12-01T10:00:00Z'), 'dsl@example.sch.uk', 'Validate all', 'Workbook', 'OK'],
      [new Date('2025-12-02T10:00:00Z'), 'dsl@example.sch.uk', 'Validate all', 'Workbook', 'OK'],
    ]);
    addOn.run('setUpWorkbook');
    expect(lastAlert(ws)).toContain('added 2 missing columns to Log (No., Check)');
    const s = { ws, addOn } as unknown as School;
    expect(ws.spreadsheet.sheet('Log').values()[0]).toEqual([
      'Time',
      'User',
      'Action',
      'Subject',
      'Detail',
      'No.',
      'Check',
    ]);
    expect(numbers(s)).toEqual(['', '', 1]);
    expect(checkTheLog(s)).toBe(
      'The Log is intact: 1 line checked since Tue 20 Jan 2026 at 09:00.',
    );
  });

  it('still logs when the No. and Check headers are gone, and says the Log cannot be checked', () => {
    const s = loggedSchool();
    s.ws.spreadsheet.userEdit(s.ws.user, 'Log', 'F1', [['', '']]);
    expect(checkTheLog(s)).toContain(
      'The Log has lost its No. or Check column, so lines 1–3 cannot be checked.',
    );
    expect(logRows(s).map((row) => row.Action)).toContain('Checked the Log');
  });
});

describe('a lost reply and the same request again', () => {
  it('gives one numbered line per request, and the numbers run on without a gap', () => {
    const s = school([placement(1)]);
    s.type('Attendance', [
      { Date: '2026-01-19', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Absent' },
      { Date: '2026-01-19', 'Placement ID': 'AP-0001', Session: 'PM', Mark: 'Absent' },
    ]);
    const form = (row: number, requestId: string) => ({
      row,
      placementId: 'AP-0001',
      followedUpBy: 'Sam Pastoral',
      note: 'Mum rang',
      requestId,
    });
    s.ws.meter.loseReplyOn('Sheet.appendRow');
    s.addOn.call('recordFollowUp', form(2, 'follow-up-0000000001'));
    s.addOn.call('recordFollowUp', form(2, 'follow-up-0000000001'));
    s.addOn.call('recordFollowUp', form(3, 'follow-up-0000000002'));
    const lines = logRows(s).filter((row) => String(row.Detail).includes('(request follow-up-'));
    expect(lines.map((row) => String(row.Detail).slice(-21, -1))).toEqual([
      'follow-up-0000000001',
      'follow-up-0000000002',
    ]);
    expect(numbers(s)).toEqual([1, 2, 3]);
    expect(checkTheLog(s)).toMatch(/^The Log is intact: 3 lines checked/);
  });
});

describe.each(['bound script', 'editor add-on'] as const)('the morning run, as a %s', (runAs) => {
  function reminding(): School {
    const s = remindingSchool([placement(1), placement(2)], { now: '2026-01-19T05:45:00Z' });
    s.ws.runAs(runAs);
    if (runAs === 'editor add-on') s.ws.drive.pick([s.ws.spreadsheet.id], s.ws.user);
    s.addOn.run('installReminders');
    return s;
  }

  it('numbers and signs its own Log lines, checks the Log, and says so in the Log', () => {
    const s = reminding();
    s.addOn.advanceTo('2026-01-19T08:30:00Z');
    const checked = logRows(s).find((row) => row.Action === 'Checked the Log');
    expect(checked?.Detail).toMatch(/^Intact: \d+ lines as written\.$/);
    expect(numbers(s)).toEqual(logRows(s).map((_row, i) => i + 1));
    expect(logRows(s).some((row) => String(row.Action).startsWith('Reminder email'))).toBe(true);
    if (runAs === 'editor add-on') {
      expect(s.ws.meter.snapshot()['Sheets.Spreadsheets.Values.append']).toBeGreaterThan(0);
    }
    expect(checkTheLog(s)).toMatch(/^The Log is intact/);
  });

  it('tells the DSL, once, when the Log was altered', () => {
    const s = reminding();
    s.ws.spreadsheet.userEdit(s.ws.user, 'Log', 'E2', [['changed']]);
    s.addOn.advanceTo('2026-01-20T08:30:00Z');
    const toDsl = s.ws.mail.outbox.filter((m) => m.to === STAFF['DSL email']);
    const told = toDsl.filter((m) =>
      m.body.includes('The Log was altered after the add-on wrote it'),
    );
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain('Row 2: this line was changed after the add-on wrote it.');
    expect(mailLines(s).length).toBeGreaterThan(0);
  });
});
