// Property (issue 3 item 8) through the built bundle: any cell contents in any column never make
// Validate all throw, every Checks line opens with a real header, and no formula is ever written.
import fc from 'fast-check';
import { Placements } from '../../src/domain/sheets/placements';
import { Providers } from '../../src/domain/sheets/providers';
import { placement, school } from './support/school';
import { lastAlert } from './support/workbook';

/** What a cell can hold: text of every sort, numbers, booleans, dates, spreadsheet errors. */
const hostileCell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(''),
  fc.constant('x'.repeat(5000)),
  fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
  fc.constantFrom(
    '#N/A',
    '#REF!',
    '=SUM(1,2)',
    '+44 7700 900123',
    '-1',
    '@head',
    'AP-0001',
    'ap-7',
    'AP-99999999999999999999',
    'Active',
    'Proposed',
    'Terminated',
    'Yes',
    'Unregistered',
    'Riverside Skills Centre',
    'Mon, Wed AM, Fri PM',
    'B801200005001',
    'Not required',
    '__proto__',
    'constructor',
    '\u202e\u0000',
    'AP Placements check:',
  ),
);

const row = (width: number) => fc.array(hostileCell, { minLength: width, maxLength: width });

const ADD_ON_COLUMNS = ['Placement ID', 'Last review', 'Next review due', 'Checks'];

describe('Validate all on hostile rows', () => {
  const s = school([placement(1)]);
  const book = s.ws.spreadsheet;

  /** Replaces a sheet's data rows with raw cell values, as getValues would return them. */
  function fill(sheetName: string, rows: readonly unknown[][]): void {
    const sheet = book.sheet(sheetName);
    sheet.rows.length = 1;
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== '') sheet.ensure(r + 2, c + 1).value = value as never;
      }),
    );
  }

  function checksLines(sheetName: string, headers: readonly string[]): string[] {
    const sheet = book.sheet(sheetName);
    const column = s.headers(sheetName).indexOf('Checks');
    return sheet
      .values()
      .slice(1)
      .flatMap((cells) => String(cells[column] ?? '').split('\n'))
      .filter((line) => line !== '' && line !== 'OK')
      .filter((line) => !headers.some((h) => line.startsWith(`${h}: `)));
  }

  it('never throws and always reports by column', () => {
    fc.assert(
      fc.property(
        fc.array(row(Placements.headers.length), { maxLength: 6 }),
        fc.array(row(Providers.headers.length), { maxLength: 3 }),
        fc.nat(30),
        (placements, providers, blankRowsAtEnd) => {
          fill('Placements', [...placements, ...Array(blankRowsAtEnd).fill([])]);
          fill('Providers', providers);
          s.addOn.run('validatePlacements');
          const run = s.addOn.executions[s.addOn.executions.length - 1];
          expect(run?.error).toBeUndefined();
          expect(lastAlert(s.ws)).toMatch(/^(No placements to check|\d+ placements? checked)/);
          expect(checksLines('Placements', Placements.headers)).toEqual([]);
          expect(checksLines('Providers', Providers.headers)).toEqual([]);
          for (let r = 2; r <= placements.length + 1; r += 1) {
            for (const header of ADD_ON_COLUMNS) {
              expect(s.cell('Placements', r, header).formula).toBe('');
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
