// Saving the first-run setup through the built add-on: setup itself, Value cells only, term dates, reminders.
import { WORKBOOK } from '../../../src/domain/workbook';
import type { SetupForm, SidebarState } from '../../../src/shared/sidebar-api';
import { loadWorkbook } from '../support/workbook';
import { call, day, logLines, rows, state } from './support';

const OWN_TERMS = [
  { term: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
  { term: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
];

/** A workbook just set up: Settings defaults and the example term dates. */
function freshSchool() {
  const { ws, addOn } = loadWorkbook({ now: '2026-07-01T09:00:00Z' });
  addOn.run('setUpWorkbook');
  const s = {
    ws,
    addOn,
    headers: (sheet: string) => (ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String),
  };
  return s;
}

function formOf(current: SidebarState, changes: Partial<SetupForm>): SetupForm {
  const values = Object.fromEntries(
    Object.entries(current.setup).filter(
      ([key]) => key !== 'exampleTermDates' && key !== 'templatesReady',
    ),
  ) as Omit<SidebarState['setup'], 'exampleTermDates' | 'templatesReady'>;
  return { ...values, remindersOn: false, ...changes };
}

function settingValue(ws: ReturnType<typeof freshSchool>['ws'], name: string): unknown {
  return ws.spreadsheet
    .sheet('Settings')
    .values()
    .find((r) => r[0] === name)?.[1];
}

describe('saving the setup form', () => {
  it('writes the Value cells of the settings given, replaces the example term dates, and turns reminders on', () => {
    const s = freshSchool();
    const before = state(s);
    expect(before.setup.exampleTermDates).toBe(true);
    const result = call(
      s,
      'saveSetup',
      formOf(before, {
        schoolName: '=Oakfield Academy',
        dslName: 'Dana Lead',
        dslEmail: 'dsl@oakfield.example',
        termDates: OWN_TERMS,
        remindersOn: true,
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /^Saved 3 settings\. Your 2 term dates replaced the example dates\. Reminders are on since Wed 1 Jul 2026 at 10:00/,
      ),
      state: { setup: { dslName: 'Dana Lead', exampleTermDates: false }, reminders: { on: true } },
    });
    expect(settingValue(s.ws, 'School name')).toBe('=Oakfield Academy');
    expect(
      s.ws.spreadsheet
        .sheet('Settings')
        .values()
        .find((r) => r[0] === 'School name'),
    ).toHaveLength(2);
    const terms = s.ws.spreadsheet.sheet('Term dates').values().slice(1);
    expect(
      terms.filter((r) => r.some((c) => c !== '')).map((r) => [r[0], day(r[1]), day(r[2])]),
    ).toEqual(OWN_TERMS.map((t) => [t.term, t.start, t.end]));
    expect(s.ws.spreadsheet.sheet('Term dates').cell('A2').note).toBe('');
    expect(s.ws.triggers.all().filter((t) => t.handlerFunction === 'runHourlyJobs')).toHaveLength(
      1,
    );
    expect(logLines(s)).toContain(
      'Setup saved | Settings | School name, DSL name, DSL email; term dates (replace)',
    );
  });

  it("adds only new term dates once the school has its own, never rewriting a person's row", () => {
    const s = freshSchool();
    const first = state(s);
    call(s, 'saveSetup', formOf(first, { termDates: OWN_TERMS }));
    const second = state(s);
    const spring = { term: 'Spring 1', start: '2027-01-04', end: '2027-02-12' };
    const result = call(
      s,
      'saveSetup',
      formOf(second, { termDates: [...second.setup.termDates, spring] }),
    );
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringContaining('Added 1 term date below yours'),
    });
    expect(
      rows(s, 'Term dates')
        .filter((r) => r[0] !== '')
        .map((r) => r[0]),
    ).toEqual(['Autumn 1', 'Autumn 2', 'Spring 1']);
  });

  it('refuses an email Settings could not read, writing nothing', () => {
    const s = freshSchool();
    const form = formOf(state(s), {
      dslEmail: 'dsl at school',
    });
    expect(call(s, 'saveSetup', form)).toMatchObject({
      ok: false,
      fieldErrors: {
        dslEmail: 'DSL email is not an email address: type it like name@school.org.uk.',
      },
    });
    expect(settingValue(s.ws, 'DSL email')).toBe('');
  });

  it('sets up a workbook never set up (sheets, templates, Settings defaults) and then saves the form', () => {
    const { ws, addOn } = loadWorkbook({ now: '2026-07-01T09:00:00Z' });
    const s = {
      ws,
      addOn,
      headers: (sheet: string) => (ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String),
    };
    const before = state(s);
    expect(before.setUp).toBe(false);
    const result = call(
      s,
      'saveSetup',
      formOf(before, {
        schoolName: 'Oakfield Academy',
        dslEmail: 'dsl@oakfield.example',
        termDates: OWN_TERMS,
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Set up: created 9 sheets \(Placements, /),
      state: {
        setUp: true,
        setup: { schoolName: 'Oakfield Academy', templatesReady: true, exampleTermDates: false },
      },
    });
    const message = (result as { message: string }).message;
    expect(message).toContain('made 5 templates (Parent/carer agreement, ');
    expect(message).toContain('Saved 2 settings.');
    expect(message).toContain('Your 2 term dates replaced the example dates.');
    for (const schema of WORKBOOK) {
      expect(ws.spreadsheet.sheet(schema.name).values()[0]).toEqual(schema.headers);
    }
    expect(settingValue(ws, 'School name')).toBe('Oakfield Academy');
    expect(settingValue(ws, 'DSL email')).toBe('dsl@oakfield.example');
    expect(ws.spreadsheet.sheet('Settings').values()).toContainEqual(['Reminder hour', 7]);
    expect(String(settingValue(ws, 'Template: Parent/carer agreement'))).not.toBe('');
    expect(logLines(s)[0]).toMatch(/^Set up workbook \| Workbook \| Set up: created 9 sheets/);
    expect(ws.ui.alerts).toHaveLength(0);
    // Once set up, saving again does not run setup again.
    const again = call(s, 'saveSetup', formOf(state(s), {}));
    expect(again).toMatchObject({ ok: true, message: 'No setting changed.' });
  });

  it('keeps example term dates when a never-set-up workbook is saved without dates of its own', () => {
    const { ws, addOn } = loadWorkbook({ now: '2026-07-01T09:00:00Z' });
    const s = { ws, addOn };
    const result = call(s, 'saveSetup', formOf(state(s), { schoolName: 'Oakfield Academy' }));
    expect(result).toMatchObject({
      ok: true,
      state: { setUp: true, setup: { exampleTermDates: true, templatesReady: true } },
    });
    expect((result as { message: string }).message).toContain('Saved 1 setting.');
  });

  it("never overwrites or deletes the school's term dates: a correction or a removal is said, not applied", () => {
    const s = freshSchool();
    call(s, 'saveSetup', formOf(state(s), { termDates: OWN_TERMS }));
    const current = state(s);
    const spring = { term: 'Spring 1', start: '2027-01-04', end: '2027-02-12' };
    const result = call(
      s,
      'saveSetup',
      formOf(current, {
        // Autumn 1 corrected, Autumn 2 removed, Spring 1 new.
        termDates: [{ ...OWN_TERMS[0]!, end: '2026-10-22' }, spring],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect((result as { message: string }).message).toBe(
      'No setting changed. Added 1 term date below yours. ' +
        'Not added, because the Term dates sheet already has a row for that term: Autumn 1 (Thu 3 Sep 2026 to Thu 22 Oct 2026). To correct a row, change it on the Term dates sheet. ' +
        '2 term date rows on the Term dates sheet were not in the form and are left as they are: to delete a row, delete it on the Term dates sheet.',
    );
    expect(
      rows(s, 'Term dates')
        .filter((r) => r[0] !== '')
        .map((r) => [r[0], day(r[1]), day(r[2])]),
    ).toEqual([...OWN_TERMS, spring].map((t) => [t.term, t.start, t.end]));
  });

  it('turns reminders off when "Turn reminders on" is unticked while they are on', () => {
    const s = freshSchool();
    call(s, 'saveSetup', formOf(state(s), { remindersOn: true }));
    expect(state(s).reminders.on).toBe(true);
    const result = call(s, 'saveSetup', formOf(state(s), { remindersOn: false }));
    expect(result).toMatchObject({
      ok: true,
      message: 'No setting changed. Reminders are off. No digests will be sent.',
      state: { reminders: { on: false } },
    });
    expect(s.ws.triggers.all().filter((t) => t.handlerFunction === 'runHourlyJobs')).toHaveLength(
      0,
    );
    expect(logLines(s)).toContain('Reminders off | Workbook | 1 hourly trigger removed');
    // Unticked while off: nothing said about reminders.
    expect(call(s, 'saveSetup', formOf(state(s), { remindersOn: false }))).toMatchObject({
      message: 'No setting changed.',
    });
  });
});
