// Installed as an editor add-on (issue 13): the hourly run has no spreadsheet open and reaches the
// workbook its owner picked through the Sheets API (or, with the full `spreadsheets` scope, by
// SpreadsheetApp.openById), and never stops silently.
import type { RunAs } from '../../../emulator';
import { placement, type School } from '../support/school';
import { mailLines, remindingSchool, sentKeys, STAFF } from '../support/reminders';
import { lastAlert } from '../support/workbook';

const DSL = STAFF['DSL email'];

/** Mon 19 Jan 2026, 05:45: a placement with absences and a return never sent, reminders turned on. */
function school(
  runAs: RunAs,
  options: { readonly pick?: boolean; readonly distDir?: string } = {},
): School {
  const s = remindingSchool([placement(1, { 'Pupil name': 'Casey Example' }), placement(2)], {
    now: '2026-01-19T05:45:00Z',
    ...(options.distDir && { distDir: options.distDir }),
  });
  s.ws.runAs(runAs);
  // The owner picked the workbook in the Google Picker (Connect templates), unless told not to.
  if (runAs === 'editor add-on' && options.pick !== false) {
    s.ws.drive.pick([s.ws.spreadsheet.id], s.ws.user);
  }
  s.type('Attendance', [
    { Date: '2026-01-12', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Present' },
    { Date: '2026-01-14', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Absent' },
    { Date: '2026-01-14', 'Placement ID': 'AP-0002', Session: 'PM', Mark: 'Absent' },
  ]);
  return s;
}

/** Each email as its London hour, recipient, subject and body: everything a reader could tell apart. */
function outbox(s: School): string[] {
  return s.ws.mail.outbox.map((m, i) => `${mailLines(s)[i]} | ${m.subject} | ${m.body}`);
}

const hourly = (s: School) =>
  s.ws.triggers.all().filter((t) => t.handlerFunction === 'runHourlyJobs');

describe('a fortnight of hourly runs', () => {
  const FORTNIGHT_END = '2026-02-02T05:00:00Z';
  const bound = school('bound script');
  bound.addOn.run('installReminders');
  bound.addOn.advanceTo(FORTNIGHT_END);
  const addOn = school('editor add-on');
  addOn.addOn.run('installReminders');
  addOn.addOn.advanceTo(FORTNIGHT_END);
  const full = school('editor add-on', { pick: false, distDir: 'dist-spreadsheets-scope' });
  full.addOn.run('installReminders');
  full.addOn.advanceTo(FORTNIGHT_END);

  it('sends digests every school day as a bound script (the reference)', () => {
    expect(bound.ws.mail.outbox.length).toBeGreaterThan(10);
    expect(new Set(mailLines(bound).map((l) => l.slice(0, 10))).size).toBeGreaterThanOrEqual(10);
  });

  it('sends exactly the same emails as an add-on reaching the picked workbook through the Sheets API', () => {
    expect(outbox(addOn)).toEqual(outbox(bound));
    expect(sentKeys(addOn)).toEqual(sentKeys(bound));
  });

  it('sends exactly the same emails as an add-on with the full spreadsheets scope (openById), nothing picked', () => {
    expect(outbox(full)).toEqual(outbox(bound));
  });

  it('never opened the spreadsheet by id through the Sheets API path, nor the API through the full-scope one', () => {
    const calls = (s: School) =>
      s.addOn.executions.filter((e) => e.functionName === 'runHourlyJobs');
    expect(calls(addOn).every((e) => e.error === undefined)).toBe(true);
    expect(calls(full).every((e) => e.error === undefined)).toBe(true);
    expect(addOn.ws.meter.snapshot()['SpreadsheetApp.openById'] ?? 0).toBe(0);
    expect(full.ws.meter.snapshot()['Sheets.Spreadsheets.Values.batchGet'] ?? 0).toBe(0);
  });
});

describe('turning reminders on as an editor add-on', () => {
  it('reads Settings through the Sheets API before saying "on", and says which path the run takes', () => {
    const s = school('editor add-on');
    s.ws.meter.reset();
    s.addOn.run('installReminders');
    expect(s.ws.meter.snapshot()['Sheets.Spreadsheets.Values.batchGet']).toBe(1);
    expect(lastAlert(s.ws)).toMatch(
      /^Reminders are on since .*opens this workbook with your account/s,
    );
    expect(hourly(s)).toHaveLength(1);
  });

  it('changes nothing, and says to connect the workbook, when its owner never picked it', () => {
    const s = school('editor add-on', { pick: false });
    s.ws.properties.script.setProperty('PICKER_PROJECT_NUMBER', '123456789012');
    s.ws.properties.script.setProperty('PICKER_API_KEY', 'AIza-example-key');
    s.ws.ui.answer({ button: 'NO' });
    s.addOn.run('installReminders');
    expect(hourly(s)).toHaveLength(0);
    expect(lastAlert(s.ws)).toMatch(
      /^Reminders are not on yet: the hourly run cannot open this workbook for you yet\. Choose Extensions > AP Placements > Connect templates and pick this workbook/,
    );
    s.addOn.run('reminderStatus');
    expect(lastAlert(s.ws)).toBe(
      'Reminders are off: they have never been turned on for this workbook.',
    );
  });

  it('tells whoever turns them on what the deployer must set up when the Picker is not configured', () => {
    const s = school('editor add-on', { pick: false });
    s.addOn.run('installReminders');
    expect(hourly(s)).toHaveLength(0);
    expect(lastAlert(s.ws)).toMatch(
      /^Reminders are not on yet: .*has not finished setting the Picker up \(the script properties PICKER_PROJECT_NUMBER and PICKER_API_KEY are missing/,
    );
  });

  it('lists the workbook in Connect templates for the reminders owner to pick, and records it once picked', () => {
    const s = school('editor add-on', { pick: false });
    s.ws.properties.script.setProperty('PICKER_PROJECT_NUMBER', '123456789012');
    s.ws.properties.script.setProperty('PICKER_API_KEY', 'AIza-example-key');
    const setup = s.addOn.call('getPickerSetup') as {
      ok: boolean;
      files: { id: string; kind: string; connected: boolean }[];
    };
    const workbook = setup.files.find((f) => f.kind === 'workbook');
    expect(workbook).toMatchObject({ id: s.ws.spreadsheet.id, connected: false });
    s.ws.drive.pick([s.ws.spreadsheet.id], s.ws.user);
    const after = s.addOn.call('connectPickedFiles', {
      ids: [s.ws.spreadsheet.id],
      requestId: 'picks-0000000001',
    }) as {
      files: { kind: string; connected: boolean }[];
    };
    expect(after).toMatchObject({
      files: expect.arrayContaining([
        expect.objectContaining({ kind: 'workbook', connected: true }),
      ]),
    });
    s.addOn.run('installReminders');
    expect(hourly(s)).toHaveLength(1);
  });
});

describe('a run whose grant was withdrawn', () => {
  const s = school('editor add-on');
  s.addOn.run('installReminders');
  // Monday's runs go; on Tuesday at 10:00 the DSL's access to the workbook is withdrawn.
  s.addOn.advanceTo('2026-01-20T10:00:00Z');
  const beforeOutage = s.ws.mail.outbox.length;
  const keysBefore = sentKeys(s);
  s.ws.drive.forgetApp(s.ws.spreadsheet.id, s.ws.user);
  s.addOn.advanceTo('2026-01-21T10:00:00Z');
  const duringOutage = s.ws.mail.outbox.slice(beforeOutage);
  // Wednesday 10:00: the DSL picks the workbook again.
  s.ws.drive.pick([s.ws.spreadsheet.id], s.ws.user);
  s.addOn.advanceTo('2026-01-21T20:00:00Z');
  const afterReturn = s.ws.mail.outbox.slice(beforeOutage + duringOutage.length);

  it('tells the DSL once that reminders stopped and what to do, with no pupil in it', () => {
    expect(duringOutage.map((m) => [m.to, m.subject])).toEqual([
      [DSL, 'AP placements: reminders have stopped'],
      [s.ws.user, 'AP placements: reminders have stopped'],
    ]);
    const body = duringOutage[0]?.body ?? '';
    expect(body).toContain('Since Tue 20 Jan 2026 at 10:');
    expect(body).toContain('Turn reminders on');
    expect(body).toContain(s.ws.spreadsheet.id);
    expect(body).not.toMatch(/Casey|Example|AP-000/);
  });

  it('keeps its trigger, so that the runs start again by themselves once the workbook is picked again', () => {
    expect(hourly(s)).toHaveLength(1);
  });

  it('after the grant returns, sends what was missed once, tells the DSL reminders had stopped, and nothing twice', () => {
    const keys = sentKeys(s);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, keysBefore.length)).toEqual(keysBefore);
    const wednesday = afterReturn.filter((m) => mailLines(s).length > 0 && m.to === DSL);
    expect(wednesday.some((m) => /reminders (had )?stopped|no hourly run/i.test(m.body))).toBe(
      true,
    );
  });
});

describe('a trigger that knows no workbook', () => {
  it('removes itself rather than failing every hour', () => {
    const s = school('editor add-on');
    s.addOn.run('installReminders');
    s.ws.properties.store('user', s.ws.user).delete('remindersWorkbooks');
    s.addOn.advanceTo('2026-01-19T08:00:00Z');
    expect(hourly(s)).toHaveLength(0);
    expect(s.ws.mail.outbox).toHaveLength(0);
  });
});
