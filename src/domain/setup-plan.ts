// Works out what "Set up workbook" must add to each sheet, never touching what a person typed (pure).
import type { Column, ColumnKind, SheetSchema } from './columns';
import { plannedContent } from './setup-content';
import { censusReasons, SEEDED_CENSUS_REASONS } from './sheets/census-reasons';
import { SettingsSheet } from './sheets/settings';
import { indexHeaders, type CellToWrite, type Grid, type HeaderIndex } from './table';

/** What setup reads of one sheet before deciding anything. */
export interface SheetSnapshot {
  readonly name: string;
  readonly exists: boolean;
  /** Row 1 up to the last column with content. */
  readonly headerRow: readonly unknown[];
  /** The last column with content anywhere (0 when empty): new columns go after it. */
  readonly lastColumn: number;
  /** The last row with content (0 when empty): new rows go after it. */
  readonly lastRow: number;
  readonly frozenRows: number;
  /** Descriptions of the sheet's protections, to recognise the ones setup made before. */
  readonly protections: readonly string[];
  /** Rows 2..lastRow, read only where setup fills content (Settings, Term dates). */
  readonly dataRows: Grid;
}

export type Validation =
  { readonly type: 'list'; readonly choices: readonly string[] } | { readonly type: 'date' };

/** Number format and dropdown or date rule for whole columns below the header. */
export interface ColumnFormat {
  /** 1-based first column. */
  readonly column: number;
  /** Adjacent columns that share the same format and rule, set in one call. */
  readonly width: number;
  readonly numberFormat?: string;
  readonly validation?: Validation;
}

export interface ProtectionToAdd {
  readonly description: string;
  /** 1-based column to protect; absent to protect the whole sheet. */
  readonly column?: number;
}

/** Rows appended below the last row with content; `cells` maps a 1-based column to its values. */
export interface RowsToAdd {
  readonly firstRow: number;
  readonly cells: ReadonlyMap<number, readonly CellToWrite[]>;
  /** Notes for the cells of one column, one per row (the example term dates carry one). */
  readonly notes?: { readonly column: number; readonly text: string };
}

export interface CellValidation {
  readonly row: number;
  readonly column: number;
  readonly validation: Validation;
}

export interface SheetPlan {
  readonly name: string;
  readonly create: boolean;
  /** Missing headers, in DOMAIN.md §4 order, written in row 1 from `firstNewColumn` on. */
  readonly newHeaders: readonly string[];
  readonly firstNewColumn: number;
  /** How many columns the sheet must have once the new headers are in. */
  readonly columnsNeeded: number;
  readonly freezeHeader: boolean;
  /** Re-applied on every run: pasting rows wipes dropdowns and formats, setting them again is harmless. */
  readonly formats: readonly ColumnFormat[];
  readonly protections: readonly ProtectionToAdd[];
  readonly rows?: RowsToAdd;
  readonly cellValidations: readonly CellValidation[];
  /** What changed on this sheet, in words, for the one message setup shows. */
  readonly report: readonly string[];
}

export interface SetupPlan {
  readonly sheets: readonly SheetPlan[];
  /** False when a run would leave the workbook exactly as it was. */
  readonly changed: boolean;
  readonly message: string;
}

const DATE_FORMAT = 'dd/mm/yyyy';
const TIMESTAMP_FORMAT = 'dd/mm/yyyy hh:mm';
/** Plain text, so a phone number keeps its leading 0. */
const TEXT_FORMAT = '@';

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  date: DATE_FORMAT,
  'date-or-not-required': DATE_FORMAT,
  timestamp: TIMESTAMP_FORMAT,
  phone: TEXT_FORMAT,
};

function validationFor(
  column: Column,
  listed: readonly string[] | undefined,
): Validation | undefined {
  if (listed && listed.length > 0) return { type: 'list', choices: listed };
  if (column.choices) return { type: 'list', choices: column.choices };
  if (column.kind === 'date') return { type: 'date' };
  return undefined;
}

export function columnProtection(sheet: SheetSchema, header: string): string {
  return `AP Placements: the add-on writes ${header} on ${sheet.name}; edits here are replaced`;
}

export function sheetProtection(sheet: SheetSchema): string {
  return `AP Placements: the add-on keeps the ${sheet.name} sheet; please do not edit it`;
}

/** Where each declared column sits once the plan is applied (1-based). */
function columnsAfterSetup(sheet: SheetSchema, index: HeaderIndex, firstNewColumn: number) {
  const positions = new Map<string, number>();
  let next = firstNewColumn;
  for (const key of Object.keys(sheet.columns)) {
    const existing = index.columnOf.get(key);
    positions.set(key, existing === undefined ? next++ : existing + 1);
  }
  return positions;
}

/** Joins neighbouring columns with the same format into one range (fewer service calls). */
function mergeAdjacent(formats: readonly ColumnFormat[]): ColumnFormat[] {
  const sameFormat = (a: ColumnFormat, b: ColumnFormat) =>
    a.numberFormat === b.numberFormat &&
    JSON.stringify(a.validation) === JSON.stringify(b.validation);
  const merged: ColumnFormat[] = [];
  for (const format of [...formats].sort((a, b) => a.column - b.column)) {
    const last = merged[merged.length - 1];
    if (last && last.column + last.width === format.column && sameFormat(last, format)) {
      merged[merged.length - 1] = { ...last, width: last.width + 1 };
    } else {
      merged.push(format);
    }
  }
  return merged;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function planSheet(
  sheet: SheetSchema,
  snapshot: SheetSnapshot,
  /** Dropdowns whose choices the school keeps elsewhere (the census reasons on Settings), by column key. */
  listed: ReadonlyMap<string, readonly string[]> = new Map(),
): SheetPlan {
  const index = indexHeaders(sheet, snapshot.exists ? snapshot.headerRow : []);
  const firstNewColumn = snapshot.lastColumn + 1;
  const positions = columnsAfterSetup(sheet, index, firstNewColumn);
  const report: string[] = [];
  if (snapshot.exists && index.missing.length > 0) {
    const columns = plural(index.missing.length, 'missing column', 'missing columns');
    report.push(`added ${columns} to ${sheet.name} (${index.missing.join(', ')})`);
  }

  const formats: ColumnFormat[] = [];
  const protections: ProtectionToAdd[] = [];
  const reprotected: string[] = [];
  for (const [key, column] of Object.entries(sheet.columns)) {
    const position = positions.get(key) ?? 0;
    const numberFormat = NUMBER_FORMATS[column.kind];
    const validation = validationFor(column, listed.get(key));
    if (numberFormat || validation) {
      formats.push({
        column: position,
        width: 1,
        ...(numberFormat && { numberFormat }),
        ...(validation && { validation }),
      });
    }
    const description = columnProtection(sheet, column.header);
    if (
      column.owner === 'add-on' &&
      !sheet.addOnSheet &&
      !snapshot.protections.includes(description)
    ) {
      protections.push({ description, column: position });
      if (index.columnOf.has(key)) reprotected.push(column.header);
    }
  }
  if (sheet.addOnSheet && !snapshot.protections.includes(sheetProtection(sheet))) {
    protections.push({ description: sheetProtection(sheet) });
    if (snapshot.exists) reprotected.push('the whole sheet');
  }
  if (snapshot.exists && reprotected.length > 0) {
    report.push(`protected ${sheet.name} again (${reprotected.join(', ')})`);
  }
  const freezeHeader = snapshot.frozenRows === 0;
  if (snapshot.exists && freezeHeader) report.push(`froze the header row of ${sheet.name}`);

  const content = plannedContent(sheet, snapshot, index, positions);
  if (content.report) report.push(content.report);

  return {
    name: sheet.name,
    create: !snapshot.exists,
    newHeaders: index.missing,
    firstNewColumn,
    columnsNeeded: Math.max(snapshot.lastColumn, ...positions.values()),
    freezeHeader,
    formats: mergeAdjacent(formats),
    protections,
    ...(content.rows && { rows: content.rows }),
    cellValidations: content.cellValidations,
    report,
  };
}

/**
 * The Census reason dropdown's choices: the codeset on Settings as it stands, or the labels setup
 * is about to write there when it has none (setup-content.ts codesetRows).
 */
function censusReasonChoices(settings: SheetSnapshot | undefined): readonly string[] {
  if (!settings?.exists) return SEEDED_CENSUS_REASONS;
  const index = indexHeaders(SettingsSheet, settings.headerRow);
  const name = index.columnOf.get('setting');
  const value = index.columnOf.get('value');
  if (name === undefined) return SEEDED_CENSUS_REASONS;
  const rows = settings.dataRows.map((row, offset) => ({
    rowNumber: offset + 2,
    name: row[name],
    value: value === undefined ? '' : row[value],
  }));
  const labels = censusReasons(rows).map((r) => r.label);
  return labels.length > 0 ? labels : SEEDED_CENSUS_REASONS;
}

function changes(plan: SheetPlan): boolean {
  return (
    plan.create ||
    plan.newHeaders.length > 0 ||
    plan.freezeHeader ||
    plan.protections.length > 0 ||
    plan.rows !== undefined
  );
}

/**
 * The plan for the whole workbook, and the one message that tells a person what it did, e.g.
 * "Set up: added 2 missing columns to Placements (Destination, Checks); nothing else changed."
 */
export function planWorkbookSetup(
  sheets: readonly SheetSchema[],
  snapshots: readonly SheetSnapshot[],
): SetupPlan {
  const listed = new Map([
    ['censusReason', censusReasonChoices(snapshots.find((s) => s.name === SettingsSheet.name))],
  ]);
  const plans = sheets.map((sheet) => {
    const snapshot = snapshots.find((s) => s.name === sheet.name);
    return planSheet(sheet, snapshot ?? absentSheet(sheet.name), listed);
  });
  const created = plans.filter((p) => p.create).map((p) => p.name);
  const parts = [
    ...(created.length > 0
      ? [`created ${plural(created.length, 'sheet', 'sheets')} (${created.join(', ')})`]
      : []),
    ...plans.flatMap((p) => p.report),
  ];
  const changed = plans.some(changes);
  if (!changed) {
    return {
      sheets: plans,
      changed,
      message: 'Set up: every sheet and column is already in place; nothing changed.',
    };
  }
  const addedColumnsWithData = plans.some(
    (p) => !p.create && p.newHeaders.length > 0 && hasData(snapshots, p.name),
  );
  const message =
    `Set up: ${parts.join('; ')}` +
    (created.length === 0 ? '; nothing else changed.' : '.') +
    (addedColumnsWithData
      ? ' If you had renamed one of these columns, copy its cells into the new one.'
      : '');
  return { sheets: plans, changed, message };
}

function hasData(snapshots: readonly SheetSnapshot[], name: string): boolean {
  return (snapshots.find((s) => s.name === name)?.lastRow ?? 0) > 1;
}

/** A sheet the workbook does not have. */
export function absentSheet(name: string): SheetSnapshot {
  return {
    name,
    exists: false,
    headerRow: [],
    lastColumn: 0,
    lastRow: 0,
    frozenRows: 0,
    protections: [],
    dataRows: [],
  };
}
