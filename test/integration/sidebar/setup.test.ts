// Saving the first-run setup through the built add-on: Value cells only, term dates, reminders on.
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
});
