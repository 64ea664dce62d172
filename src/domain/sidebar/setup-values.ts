// The first-run setup form's values: the school's Settings and Term dates as they are now.
import { isIsoDate } from '../calendar/iso-date';
import type { Column } from '../columns';
import { comparable } from '../cells';
import { SETTINGS, type SettingRow, type Settings } from '../sheets/settings';
import { EXAMPLE_TERM_DATES, type TermDate } from '../sheets/term-dates';
import type { TableRow } from '../table';
import type { SetupValues } from '../../shared/sidebar-api';

/** The setup form's text fields, each a Settings row (DOMAIN.md §4 names). */
export const SETUP_FIELDS = [
  'schoolName',
  'schoolUrn',
  'localAuthority',
  'headTeacherName',
  'headTeacherEmail',
  'dslName',
  'dslEmail',
  'sendcoName',
  'sendcoEmail',
  'headOfPastoralCareName',
  'headOfPastoralCareEmail',
  'attendanceLeadEmail',
  'laNotificationEmail',
] as const satisfies readonly (keyof Settings & keyof SetupValues)[];

export type SetupField = (typeof SETUP_FIELDS)[number];

/** The Settings row a field is: its name and the column declaration that reads and checks it. */
export function settingOf(field: SetupField): Column {
  return SETTINGS[field] as Column;
}

export interface TermDateLine {
  readonly term: string;
  readonly start: string;
  readonly end: string;
}

/** The Term dates rows as the form shows them: readable rows only, in sheet order. */
export function termDateLines(rows: readonly TableRow<TermDate>[]): TermDateLine[] {
  return rows.flatMap(({ record }) =>
    isIsoDate(record.start) && isIsoDate(record.end)
      ? [{ term: record.term ?? '', start: record.start, end: record.end }]
      : [],
  );
}

/**
 * True when Term dates holds exactly the example setup writes (every row, in order, nothing else):
 * then nobody has entered the school's own dates and the form may replace them.
 */
export function isExampleTermDates(rows: readonly TableRow<TermDate>[]): boolean {
  return (
    rows.length === EXAMPLE_TERM_DATES.length &&
    rows.every(({ record, problems }, i) => {
      const example = EXAMPLE_TERM_DATES[i];
      return (
        problems.length === 0 &&
        example !== undefined &&
        record.term === example.term &&
        record.start === example.start &&
        record.end === example.end
      );
    })
  );
}

/** A Settings row's Value cell as read, and where it is. */
export interface SettingCell {
  readonly rowNumber: number;
  readonly value: unknown;
}

/** Settings rows by name as compared (case and spacing ignored); the first row of a name wins. */
export function settingCells(rows: readonly SettingRow[]): Map<string, SettingCell> {
  const cells = new Map<string, SettingCell>();
  for (const row of rows) {
    if (typeof row.name !== 'string' || row.name.trim() === '') continue;
    const key = comparable(row.name);
    if (!cells.has(key)) cells.set(key, { rowNumber: row.rowNumber, value: row.value });
  }
  return cells;
}

/** The cell as a person typed it, even when it is not a valid value (the form shows it to fix). */
function typedText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}

export function setupValues(
  cells: ReadonlyMap<string, SettingCell>,
  termDates: readonly TableRow<TermDate>[],
  templatesReady: boolean,
): SetupValues {
  const text = Object.fromEntries(
    SETUP_FIELDS.map((field) => [
      field,
      typedText(cells.get(comparable(settingOf(field).header))?.value),
    ]),
  ) as Record<SetupField, string>;
  return {
    ...text,
    termDates: termDateLines(termDates),
    exampleTermDates: isExampleTermDates(termDates),
    templatesReady,
  };
}

/** The setup fields still blank, by their Settings names ("DSL email"). */
export function setupMissing(values: SetupValues): string[] {
  return SETUP_FIELDS.filter((field) => values[field].trim() === '').map(
    (field) => settingOf(field).header,
  );
}
