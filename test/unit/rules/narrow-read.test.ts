// On edit reads the other Placements rows only in the columns the rules between rows use
// (issue 14, item 1): the checks of the edited row must be exactly those of a whole read.
import { checkPlacements } from '../../../src/domain/rules/check-placements';
import { CROSS_ROW_COLUMNS } from '../../../src/domain/rules/cross-row';
import { Placements } from '../../../src/domain/sheets/placements';
import { Providers } from '../../../src/domain/sheets/providers';
import { Reviews } from '../../../src/domain/sheets/reviews';
import { TermDates } from '../../../src/domain/sheets/term-dates';
import type { SheetSchema } from '../../../src/domain/columns';
import { indexHeaders, readRows, type NarrowRead } from '../../../src/domain/table';
import { asValues, sampleSchool, type Row } from '../../../samples/school';

const TODAY = '2026-11-30';

/** Rows as the table adapter hands them on: date cells already 'YYYY-MM-DD'. */
function grid(schema: SheetSchema, rows: readonly Row[]): unknown[][] {
  return asValues(schema.headers, rows).map((cells) =>
    cells.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell)),
  );
}

function read<S extends SheetSchema>(schema: S, rows: readonly Row[], narrow?: NarrowRead) {
  const cells = grid(schema, rows);
  return readRows(schema, cells, indexHeaders(schema, cells[0] ?? []), narrow);
}

/** An invented school with every rule between rows made to fire somewhere. */
function schoolWithClashes(): { placements: Row[]; providers: Row[]; reviews: Row[] } {
  const school = sampleSchool({ placements: 40, providers: 4, attendanceRows: 0, reviews: 60 });
  const placements = school.placements.map((row) => ({ ...row }));
  const at = (i: number): Row => placements[i] as Row;
  // One pupil Active twice in the same sessions.
  Object.assign(at(5), {
    UPN: at(3).UPN,
    Sessions: at(3).Sessions,
    Status: 'Active',
  });
  Object.assign(at(3), { Status: 'Active' });
  // A Placement ID twice.
  Object.assign(at(8), { 'Placement ID': at(7)['Placement ID'] });
  // Four pupils full time at one unregistered provider.
  const providers = school.providers.map((row) => ({ ...row }));
  Object.assign(providers[0] as Row, { Registration: 'Unregistered' });
  for (const i of [10, 11, 12, 13, 14]) {
    Object.assign(at(i), {
      Provider: (providers[0] as Row).Provider,
      Status: 'Active',
      'Hours per week': 25,
    });
  }
  return { placements, providers, reviews: school.reviews };
}

describe('on edit: the other rows read only for the rules between rows', () => {
  const { placements, providers, reviews } = schoolWithClashes();
  const snapshot = (narrow?: NarrowRead) => ({
    placements: read(Placements, placements, narrow),
    providers: read(Providers, providers),
    reviews: read(Reviews, reviews),
    termDates: read(TermDates, []),
    settings: { expiryWarningDays: 30 },
  });
  const whole = checkPlacements(snapshot(), TODAY);

  it('finds problems between rows in this school (the comparison below means something)', () => {
    const messages = whole.flatMap((check) => check.problems.map((p) => p.message)).join('\n');
    expect(messages).toMatch(/also on row/);
    expect(messages).toMatch(/also Active on row/);
    expect(whole.filter((check) => check.problems.length > 0).length).toBeGreaterThan(10);
  });

  it('gives each edited row exactly the checks a whole read gives it', () => {
    for (const check of whole) {
      const rows = new Set([check.rowNumber]);
      const narrow = { keys: CROSS_ROW_COLUMNS, fullRows: rows };
      expect(checkPlacements(snapshot(narrow), TODAY, { rows })).toEqual([check]);
    }
  });

  it('reads the other rows in the cross-row columns only', () => {
    const narrow = { keys: CROSS_ROW_COLUMNS, fullRows: new Set([2]) };
    const [edited, other] = read(Placements, placements, narrow);
    expect(edited?.record.pupilName).toBeDefined();
    expect(other?.record.pupilName).toBeUndefined();
    expect(Object.keys(other?.record ?? {}).sort()).toEqual([...CROSS_ROW_COLUMNS].sort());
  });
});
