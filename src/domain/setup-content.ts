// What setup writes below the headers: missing Settings rows with defaults, and example term dates.
import { comparable } from './cells';
import type { SheetSchema } from './columns';
import type { CellValidation, RowsToAdd, SheetSnapshot } from './setup-plan';
import {
  CENSUS_REASON_PREFIX,
  CENSUS_REASONS_MARKER,
  CENSUS_REASONS_MARKER_NOTE,
  censusReasonLabel,
  SEEDED_CENSUS_REASONS,
} from './sheets/census-reasons';
import { SETTINGS, SettingsSheet } from './sheets/settings';
import { EXAMPLE_TERM_DATES, EXAMPLE_TERM_DATES_NOTE, TermDates } from './sheets/term-dates';
import { cellToWrite, isBlankRow, type CellToWrite, type HeaderIndex } from './table';

export interface PlannedContent {
  readonly rows?: RowsToAdd;
  readonly cellValidations: readonly CellValidation[];
  readonly report?: string;
}

/** Where setup's new rows start: under the last row with content, never over it. */
function firstFreeRow(snapshot: SheetSnapshot): number {
  return Math.max(snapshot.lastRow, 1) + 1;
}

function column(positions: ReadonlyMap<string, number>, key: string): number {
  const position = positions.get(key);
  if (position === undefined) throw new Error(`setup plan lost the ${key} column`);
  return position;
}

/**
 * Settings: a row for each setting the sheet lacks, with its default (DOMAIN.md §4). A setting
 * already there keeps the value a person typed, even a blank one (a blank reads as the default).
 */
function settingsContent(
  snapshot: SheetSnapshot,
  index: HeaderIndex,
  positions: ReadonlyMap<string, number>,
): PlannedContent {
  const nameColumn = index.columnOf.get('setting');
  const rowOf = new Map<string, number>();
  snapshot.dataRows.forEach((row, offset) => {
    const name = nameColumn === undefined ? undefined : row[nameColumn];
    const key = comparable(String(name ?? ''));
    if (key !== '' && !rowOf.has(key)) rowOf.set(key, offset + 2);
  });
  const missing = Object.values(SETTINGS).filter((s) => !rowOf.has(comparable(s.header)));
  const firstRow = firstFreeRow(snapshot);
  missing.forEach((setting, offset) => rowOf.set(comparable(setting.header), firstRow + offset));
  const codeset = codesetRows(snapshot, nameColumn);

  const valueColumn = column(positions, 'value');
  const cellValidations = Object.values(SETTINGS).flatMap((setting): CellValidation[] => {
    const row = rowOf.get(comparable(setting.header));
    return setting.choices && row !== undefined
      ? [{ row, column: valueColumn, validation: { type: 'list', choices: setting.choices } }]
      : [];
  });
  if (missing.length === 0 && codeset.length === 0) return { cellValidations };

  const names: CellToWrite[] = [
    ...missing.map((setting) => setting.header),
    ...codeset.map(([name]) => name),
  ];
  const values: CellToWrite[] = [
    ...missing.map((setting) => cellToWrite(setting, setting.defaultValue)),
    ...codeset.map(([, value]) => value),
  ];
  const cells = new Map([
    [column(positions, 'setting'), names],
    [valueColumn, values],
  ]);
  const added = [
    ...(missing.length > 0
      ? [
          `added ${missing.length === 1 ? '1 setting' : `${missing.length} settings`} to Settings (${missing.map((s) => s.header).join(', ')})`,
        ]
      : []),
    ...(codeset.length > 0
      ? ['added the census reasons to Settings (their codes to be confirmed and typed in)']
      : []),
  ];
  const report = snapshot.exists ? added.join('; ') : 'filled Settings with defaults';
  return { rows: { firstRow, cells }, cellValidations, report };
}

/**
 * The census reason codeset (census-reasons.ts) under a row saying where it came from, when
 * Settings has no codeset row at all: a school that has edited its codeset keeps it as it is.
 */
function codesetRows(snapshot: SheetSnapshot, nameColumn: number | undefined): [string, string][] {
  const names = snapshot.dataRows.map((row) => (nameColumn === undefined ? '' : row[nameColumn]));
  if (names.some((name) => censusReasonLabel(name) !== undefined)) return [];
  return [
    [CENSUS_REASONS_MARKER, CENSUS_REASONS_MARKER_NOTE],
    ...SEEDED_CENSUS_REASONS.map((label): [string, string] => [
      `${CENSUS_REASON_PREFIX}${label}`,
      '',
    ]),
  ];
}

/**
 * Term dates: an empty sheet gets the Derbyshire 2025/26 example so the calendar works at once,
 * each row noted "replace with your own" (DOMAIN.md §3.2). Any row already there means the school
 * has started its own, so nothing is added.
 */
function termDatesContent(
  snapshot: SheetSnapshot,
  positions: ReadonlyMap<string, number>,
): PlannedContent {
  if (!snapshot.dataRows.every(isBlankRow)) return { cellValidations: [] };
  const termColumn = column(positions, 'term');
  const cells = new Map<number, CellToWrite[]>([
    [termColumn, EXAMPLE_TERM_DATES.map((t) => t.term)],
    [column(positions, 'start'), EXAMPLE_TERM_DATES.map((t) => ({ isoDate: t.start }))],
    [column(positions, 'end'), EXAMPLE_TERM_DATES.map((t) => ({ isoDate: t.end }))],
  ]);
  return {
    rows: {
      firstRow: firstFreeRow(snapshot),
      cells,
      notes: { column: termColumn, text: EXAMPLE_TERM_DATES_NOTE },
    },
    cellValidations: [],
    report:
      "added example Term dates (Derbyshire 2025/26): replace them with your school's own dates",
  };
}

export function plannedContent(
  sheet: SheetSchema,
  snapshot: SheetSnapshot,
  index: HeaderIndex,
  positions: ReadonlyMap<string, number>,
): PlannedContent {
  if (sheet === SettingsSheet) return settingsContent(snapshot, index, positions);
  if (sheet === TermDates) return termDatesContent(snapshot, positions);
  return { cellValidations: [] };
}
