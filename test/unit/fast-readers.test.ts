// The plain cell readers beside the zod schemas (src/domain/cells.ts, issue 14): wherever a plain
// reader answers, it answers exactly what the schema would; where it does not, the schema explains.
import fc from 'fast-check';
import { fastReaderOf } from '../../src/domain/cells';
import type { SheetSchema } from '../../src/domain/columns';
import { Attendance } from '../../src/domain/sheets/attendance';
import { Documents } from '../../src/domain/sheets/documents';
import { Log } from '../../src/domain/sheets/log';
import { Placements } from '../../src/domain/sheets/placements';
import { Providers } from '../../src/domain/sheets/providers';
import { RemindersSent } from '../../src/domain/sheets/reminders-sent';
import { Reviews } from '../../src/domain/sheets/reviews';
import { SETTINGS, SettingsSheet } from '../../src/domain/sheets/settings';
import { TermDates } from '../../src/domain/sheets/term-dates';

const SHEETS: readonly SheetSchema[] = [
  Placements,
  Providers,
  Reviews,
  Attendance,
  TermDates,
  SettingsSheet,
  Documents,
  Log,
  RemindersSent,
];

/** Cells as getValues and the table reader give them, and the hostile ones people type. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '  Yes ',
    'no',
    'Y',
    'TRUE',
    'Active',
    'active ',
    'Not required',
    'AP-0001',
    'ap-0042',
    'AP-1',
    '2026-03-29',
    '2026-02-30',
    '29/03/2026',
    '4.9.2025',
    '2026-10-25 01:30:00',
    '2026-10-25 01:30',
    '#REF!',
    '#n/a',
    '=1+1',
    '£1,200.50',
    'Year 9',
    'Y10',
    '07700 900123',
    '+447700900123',
    'dsl@school.example',
    'not an email',
    'AM',
    'PM',
    'Absent',
    'Present',
    'Late',
    'No session',
    'Full',
    'Minimal',
    'Send',
    'Dry run',
  ),
  fc.string(),
  fc.integer({ min: -10, max: 100 }),
  fc.double(),
  fc.constantFrom(7700900123, 45000, 0, -1, 12.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.date(),
);

const columns = SHEETS.flatMap((sheet) =>
  Object.values(sheet.columns).map((column) => ({ sheet: sheet.name, column })),
);
const settingColumns = Object.values(SETTINGS);

describe('plain readers agree with the schemas', () => {
  it('every column of every sheet has one', () => {
    const without = [...columns.map((c) => c.column), ...settingColumns].filter(
      (column) => !fastReaderOf(column.schema),
    );
    expect(without.map((column) => column.header)).toEqual([]);
  });

  it.each([
    ...columns.map((c) => [`${c.sheet}: ${c.column.header}`, c.column] as const),
    ...settingColumns.map((c) => [`Settings: ${c.header}`, c] as const),
  ])('%s', (_name, column) => {
    const fast = fastReaderOf(column.schema);
    fc.assert(
      fc.property(cell, (value) => {
        const read = fast?.(value);
        if (!read) return;
        const parsed = column.schema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(read.value).toEqual(parsed.data);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a cell with a problem to the schema, so its message is the schema’s', () => {
    const date = Placements.columns.startDate;
    expect(fastReaderOf(date.schema)?.('31/02/2026')).toBeUndefined();
    expect(fastReaderOf(date.schema)?.('#REF!')).toBeUndefined();
    expect(fastReaderOf(date.schema)?.('2026-03-29')).toEqual({ value: '2026-03-29' });
    expect(fastReaderOf(date.schema)?.('  ')).toEqual({ value: undefined });
  });
});
