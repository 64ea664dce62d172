// Property (issue 3 item 8): random and hostile rows never make the checks throw, and every problem
// names a column of its sheet and opens with it.
import fc from 'fast-check';
import { statusChecklist } from '../../../src/domain/checklist';
import { parseRow, type SheetSchema } from '../../../src/domain/columns';
import {
  checkPlacements,
  indexWorkbook,
  PLACEMENT_RULES,
  placementContext,
} from '../../../src/domain/rules/check-placements';
import { checkProviders, providerProblems } from '../../../src/domain/rules/check-providers';
import { formatChecks, type Problem } from '../../../src/domain/rules/problem';
import { forbiddenStatusChange } from '../../../src/domain/rules/status-change';
import {
  PLACEMENT_STATUSES,
  Placements,
  type Placement,
} from '../../../src/domain/sheets/placements';
import { Providers, type Provider } from '../../../src/domain/sheets/providers';
import { Reviews } from '../../../src/domain/sheets/reviews';
import { TermDates } from '../../../src/domain/sheets/term-dates';
import type { TableRow } from '../../../src/domain/table';
import { CLEAN_PLACEMENT, CLEAN_PROVIDER } from './fixtures';

const isoDay = fc
  .date({ min: new Date('1890-01-01'), max: new Date('2110-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const nearDay = fc
  .date({ min: new Date('2025-06-01'), max: new Date('2026-09-30'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Anything a cell might hold: wrong types, spreadsheet errors, formulas, unicode, huge text. */
const hostileCell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.constant('x'.repeat(60000)),
  fc.constantFrom(
    '#N/A',
    '#REF!',
    '=IMPORTXML("http://x")',
    '+44 7700',
    '-1',
    '@user',
    'Not required',
    'Yes',
    ' no ',
    'Closure',
    'Off-site direction',
    'Unregistered',
    'EHCP',
    'K',
    'D',
    'School',
    'Terminate placement',
    'Mon, Wed AM, Fri PM',
    'Sat, Sun',
    'mon-fri',
    'A801200005001',
    'B801200005001',
    'J83020000500L',
    'AP-0001',
    'Riverside Skills Centre',
    '31/02/2026',
    '\u202e\u0000\ud83d\ude00',
    'constructor',
    '__proto__',
    'toString, valueOf am',
  ),
  isoDay,
  nearDay,
  fc.date(),
  fc.anything(),
);

/** A row of a sheet: each column hostile, or the clean value, or missing altogether. */
function hostileRow(sheet: SheetSchema, clean: Record<string, unknown> = {}) {
  const cells: Record<string, fc.Arbitrary<unknown>> = {};
  for (const header of sheet.headers) {
    const cleanValue = clean[header];
    cells[header] =
      cleanValue === undefined ? hostileCell : fc.oneof(fc.constant(cleanValue), hostileCell);
  }
  return fc.record(cells, { requiredKeys: [] });
}

function rows<T>(sheet: SheetSchema, cells: Record<string, unknown>[]): TableRow<T>[] {
  return cells.map((c, i) => ({ rowNumber: i + 2, ...parseRow(sheet, c) }) as TableRow<T>);
}

function expectNamedColumns(problems: readonly Problem[], headers: readonly string[]) {
  for (const problem of problems) {
    expect(headers).toContain(problem.column);
    expect(problem.message.startsWith(`${problem.column}: `)).toBe(true);
    expect(['error', 'warning']).toContain(problem.severity);
  }
}

const workbook = fc.record({
  placements: fc.array(hostileRow(Placements, CLEAN_PLACEMENT), { maxLength: 8 }),
  providers: fc.array(hostileRow(Providers, CLEAN_PROVIDER), { maxLength: 4 }),
  reviews: fc.array(hostileRow(Reviews), { maxLength: 6 }),
  termDates: fc.array(hostileRow(TermDates), { maxLength: 8 }),
  today: fc.oneof(nearDay, isoDay),
  expiryWarningDays: fc.integer({ min: 0, max: 365 }),
});

describe('hostile workbooks (issue 3 item 8)', () => {
  it('never throw, and report every problem by a column of its sheet', () => {
    fc.assert(
      fc.property(workbook, (w) => {
        const snapshot = {
          placements: rows<Placement>(Placements, w.placements),
          providers: rows<Provider>(Providers, w.providers),
          reviews: rows(Reviews, w.reviews),
          termDates: rows(TermDates, w.termDates),
          settings: { expiryWarningDays: w.expiryWarningDays },
        } as Parameters<typeof checkPlacements>[0];
        for (const check of checkPlacements(snapshot, w.today)) {
          expectNamedColumns(check.problems, Placements.headers);
          expect(formatChecks(check.problems).length).toBeGreaterThan(0);
        }
        for (const check of checkProviders(snapshot, w.today)) {
          expectNamedColumns(check.problems, Providers.headers);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never throw on records that bypassed the cell reader (any value in any field)', () => {
    const anyRecord = (sheet: SheetSchema) =>
      fc.record(Object.fromEntries(Object.keys(sheet.columns).map((key) => [key, hostileCell])), {
        requiredKeys: [],
      });
    fc.assert(
      fc.property(
        anyRecord(Placements),
        anyRecord(Providers),
        fc.constantFrom(undefined, 'Nonsense', ...PLACEMENT_STATUSES),
        fc.constantFrom(undefined, 'Nonsense', ...PLACEMENT_STATUSES),
        nearDay,
        (placement, provider, from, to, today) => {
          const index = indexWorkbook(
            {
              providers: [{ rowNumber: 2, record: provider as Provider, problems: [] }],
              reviews: [],
              termDates: [],
              settings: { expiryWarningDays: 30 },
            },
            today,
          );
          const context = {
            ...placementContext(index, placement as Placement),
            provider: provider as Provider,
          };
          PLACEMENT_RULES.forEach((rule) => rule(context));
          forbiddenStatusChange(from as never, to as never, context);
          statusChecklist(context);
          providerProblems(provider as Provider, today, 30);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an empty workbook has nothing to report', () => {
    const empty = {
      placements: [],
      providers: [],
      reviews: [],
      termDates: [],
      settings: { expiryWarningDays: 30 },
    };
    expect(checkPlacements(empty, '2026-01-20')).toEqual([]);
    expect(checkProviders(empty, '2026-01-20')).toEqual([]);
  });
});
