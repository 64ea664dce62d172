// The setup form: Settings as typed, the example term dates recognised, and what saving changes.
import { planSetupChanges } from '../../../src/domain/sidebar/setup-changes';
import {
  isExampleTermDates,
  settingCells,
  setupMissing,
  setupValues,
} from '../../../src/domain/sidebar/setup-values';
import { EXAMPLE_TERM_DATES } from '../../../src/domain/sheets/term-dates';
import type { SetupForm } from '../../../src/shared/sidebar-api';
import { termDateRows } from '../rules/fixtures';

const example = termDateRows(EXAMPLE_TERM_DATES);
const cells = settingCells([
  { rowNumber: 2, name: 'School name', value: 'Oakfield Academy' },
  { rowNumber: 3, name: 'school urn', value: 123456 },
  { rowNumber: 4, name: 'DSL email', value: 'dsl at school' },
  { rowNumber: 5, name: 'School name', value: 'A second row, ignored' },
  { rowNumber: 6, name: 'Template: Personalised plan', value: 'doc-id' },
]);

const form: SetupForm = {
  ...setupValues(cells, example, false),
  remindersOn: false,
};

describe('the setup values', () => {
  it('shows each setting as typed (even one the checks cannot read), by name whatever its case', () => {
    expect(setupValues(cells, example, true)).toMatchObject({
      schoolName: 'Oakfield Academy',
      schoolUrn: '123456',
      dslEmail: 'dsl at school',
      headTeacherEmail: '',
      exampleTermDates: true,
      templatesReady: true,
    });
  });

  it('lists the school fields and staff emails still blank, by their Settings names', () => {
    expect(setupMissing(setupValues(cells, example, true))).toEqual([
      'Local authority',
      'Head teacher name',
      'Head teacher email',
      'DSL name',
      'SENDCO name',
      'SENDCO email',
      'Head of Pastoral Care name',
      'Head of Pastoral Care email',
      'Attendance lead email',
      'LA notification email',
    ]);
  });

  it('knows the example term dates only while every row is exactly as setup wrote it', () => {
    expect(isExampleTermDates(example)).toBe(true);
    const changed = EXAMPLE_TERM_DATES.map((t, i) => (i === 0 ? { ...t, end: '2025-10-23' } : t));
    expect(isExampleTermDates(termDateRows(changed))).toBe(false);
    expect(isExampleTermDates(termDateRows([...EXAMPLE_TERM_DATES, EXAMPLE_TERM_DATES[0]!]))).toBe(
      false,
    );
    expect(isExampleTermDates([])).toBe(false);
  });
});

describe('saving the setup form', () => {
  it('writes only the settings that changed, and adds a row for a setting the sheet lacks', () => {
    const changes = planSetupChanges(
      {
        ...form,
        schoolUrn: '123456',
        dslEmail: 'dsl@school.example',
        headTeacherEmail: ' head@school.example ',
      },
      cells,
      example,
    );
    expect(changes.settings).toEqual([
      { name: 'Head teacher email', row: undefined, value: 'head@school.example' },
      { name: 'DSL email', row: 4, value: 'dsl@school.example' },
    ]);
  });

  it("replaces the untouched example term dates with the school's own", () => {
    const own = [{ term: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' }];
    expect(planSetupChanges({ ...form, termDates: own }, cells, example).termDates).toEqual({
      mode: 'replace',
      rows: own,
      notAdded: [],
      leftOnSheet: 0,
    });
    const nothingAdded = { mode: 'append', rows: [], notAdded: [], leftOnSheet: 0 };
    expect(planSetupChanges(form, cells, example).termDates).toEqual(nothingAdded);
    expect(planSetupChanges({ ...form, termDates: [] }, cells, example).termDates).toEqual(
      nothingAdded,
    );
  });

  it("never rewrites a school's own rows: only rows the sheet does not have are added", () => {
    const own = termDateRows([{ term: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' }]);
    const changes = planSetupChanges(
      {
        ...form,
        termDates: [
          { term: 'autumn 1 ', start: '2026-09-03', end: '2026-10-23' },
          { term: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
          { term: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
        ],
      },
      cells,
      own,
    );
    expect(changes.termDates).toEqual({
      mode: 'append',
      rows: [{ term: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' }],
      notAdded: [],
      leftOnSheet: 0,
    });
  });

  it("neither corrects nor removes a school's row: a same-term row is not added, a left-out row is counted", () => {
    const own = termDateRows([
      { term: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
      { term: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
      { term: 'Closure', start: '2026-09-03', end: '2026-09-03' },
    ]);
    const changes = planSetupChanges(
      {
        ...form,
        termDates: [
          { term: 'Autumn 1', start: '2026-09-03', end: '2026-10-22' },
          { term: 'Closure', start: '2026-09-03', end: '2026-09-03' },
          { term: 'Closure', start: '2026-10-05', end: '2026-10-05' },
        ],
      },
      cells,
      own,
    );
    expect(changes.termDates).toEqual({
      mode: 'append',
      rows: [{ term: 'Closure', start: '2026-10-05', end: '2026-10-05' }],
      notAdded: [{ term: 'Autumn 1', start: '2026-09-03', end: '2026-10-22' }],
      leftOnSheet: 2,
    });
  });
});
