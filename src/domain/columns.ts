// Declares a sheet once: its headers in order, who owns each column, its kind, dropdown and parser.
import * as cells from './cells';
import type { CellSchema } from './cells';

/** Who may type in a column. The add-on writes only its own columns (DOMAIN.md §4). */
export type ColumnOwner = 'person' | 'add-on';

export type ColumnKind =
  | 'text'
  | 'email'
  | 'phone'
  | 'date'
  | 'timestamp'
  | 'date-or-not-required'
  | 'choice'
  | 'yes-no'
  | 'number'
  | 'placement-id';

export interface Column<T = unknown> {
  /** The header text: the contract staff, templates and code share (DOMAIN.md §4). */
  readonly header: string;
  readonly owner: ColumnOwner;
  readonly kind: ColumnKind;
  /** The dropdown setup puts on the column, in the order staff see it. */
  readonly choices?: readonly string[];
  /** What a blank cell reads as, and what setup writes into a new Settings row. */
  readonly defaultValue?: T;
  readonly schema: CellSchema<T>;
}

export interface ColumnOptions {
  readonly owner?: ColumnOwner;
}

function column<T>(
  header: string,
  kind: ColumnKind,
  schema: CellSchema<T>,
  options: ColumnOptions = {},
  choices?: readonly string[],
): Column<T> {
  return { header, kind, schema, owner: options.owner ?? 'person', ...(choices && { choices }) };
}

export const text = (header: string, options?: ColumnOptions) =>
  column(header, 'text', cells.textCell, options);
export const email = (header: string, options?: ColumnOptions) =>
  column(header, 'email', cells.emailCell, options);
export const phone = (header: string, options?: ColumnOptions) =>
  column(header, 'phone', cells.phoneCell, options);
export const date = (header: string, options?: ColumnOptions) =>
  column(header, 'date', cells.dateCell, options);
export const timestamp = (header: string, options?: ColumnOptions) =>
  column(header, 'timestamp', cells.timestampCell, options);
export const dateOrNotRequired = (header: string, options?: ColumnOptions) =>
  column(header, 'date-or-not-required', cells.dateOrNotRequiredCell, options);
export const yesNo = (header: string, options?: ColumnOptions) =>
  column(header, 'yes-no', cells.yesNoCell, options, cells.YES_NO);
export const placementId = (header: string, options?: ColumnOptions) =>
  column(header, 'placement-id', cells.placementIdCell, options);
export const number = (header: string, rules?: cells.NumberRules, options?: ColumnOptions) =>
  column(header, 'number', cells.numberCell(rules), options);

export function choice<const C extends string>(
  header: string,
  choices: readonly C[],
  options?: ColumnOptions,
): Column<C | undefined> {
  return column(header, 'choice', cells.choiceCell(choices), options, choices);
}

/** The same column, where a blank cell means the default (Review every 6 weeks, Reminder hour 7). */
export function withDefault<T>(base: Column<T | undefined>, defaultValue: T): Column<T> {
  return { ...base, defaultValue, schema: cells.withDefault(base.schema, defaultValue) };
}

export type Columns = Readonly<Record<string, Column>>;

export interface SheetSchema<C extends Columns = Columns> {
  readonly name: string;
  readonly columns: C;
  /** Header texts in DOMAIN.md §4 order: the order setup writes them in a new sheet. */
  readonly headers: readonly string[];
  /** Documents and Log belong to the add-on from top to bottom and are protected whole. */
  readonly addOnSheet: boolean;
}

export type RecordOf<S extends SheetSchema> = {
  [K in keyof S['columns']]: S['columns'][K] extends Column<infer T> ? T : never;
};

export function defineSheet<const C extends Columns>(
  name: string,
  columns: C,
  options: { addOnSheet?: boolean } = {},
): SheetSchema<C> {
  const headers = Object.values(columns).map((c) => c.header);
  return { name, columns, headers, addOnSheet: options.addOnSheet ?? false };
}

/** A problem with one cell, naming its column so staff can find it (DOMAIN.md §5). */
export interface ColumnProblem {
  readonly column: string;
  readonly message: string;
}

export interface ParsedRow<T> {
  /** Every column: the cell's value, or its default/undefined when the cell could not be read. */
  readonly record: T;
  readonly problems: readonly ColumnProblem[];
}

/**
 * Reads one row. Never throws: a cell that cannot be read becomes a problem and the rest of the
 * row is still read, so one bad UPN does not hide a missing start date.
 */
export function parseCells<S extends SheetSchema>(
  sheet: S,
  cellOf: (key: string, column: Column) => unknown,
): ParsedRow<RecordOf<S>> {
  const record: Record<string, unknown> = {};
  let problems: ColumnProblem[] | undefined;
  for (const [key, column] of Object.entries(sheet.columns)) {
    problems = readInto(
      record,
      key,
      column,
      cells.fastReaderOf(column.schema),
      cellOf(key, column),
      problems,
    );
  }
  return { record: record as RecordOf<S>, problems: problems ?? [] };
}

/** One cell into `record`: the plain reader first, zod to explain a cell it rejects. */
function readInto(
  record: Record<string, unknown>,
  key: string,
  column: Column,
  fast: cells.FastReader | undefined,
  cell: unknown,
  problems: ColumnProblem[] | undefined,
): ColumnProblem[] | undefined {
  const read = fast?.(cell);
  if (read) {
    record[key] = read.value;
    return problems;
  }
  const result = column.schema.safeParse(cell);
  if (result.success) {
    record[key] = result.data;
    return problems;
  }
  record[key] = column.defaultValue;
  const reason = result.error.issues[0]?.message ?? 'could not be read';
  return [...(problems ?? []), { column: column.header, message: `${column.header}: ${reason}` }];
}

/**
 * parseCells for many rows of one sheet whose columns are where `columnOf` says: the columns and
 * their readers looked up once, not per row (a sheet of 60,000 rows is read in one go).
 */
export function rowReader<S extends SheetSchema>(
  sheet: S,
  columnOf: ReadonlyMap<string, number>,
  /** Only these columns (the rest undefined); every column when not given. */
  only?: readonly string[],
): (cells: readonly unknown[]) => ParsedRow<RecordOf<S>> {
  const wanted = only && new Set(only);
  const columns = Object.entries(sheet.columns).filter(([key]) => !wanted || wanted.has(key));
  const plan = columns.map(([key, column]) => ({
    key,
    column,
    at: columnOf.get(key) ?? -1,
    fast: cells.fastReaderOf(column.schema),
  }));
  return (row) => {
    const record: Record<string, unknown> = {};
    let problems: ColumnProblem[] | undefined;
    for (const { key, column, at, fast } of plan) {
      problems = readInto(record, key, column, fast, at < 0 ? undefined : row[at], problems);
    }
    return { record: record as RecordOf<S>, problems: problems ?? NO_PROBLEMS };
  };
}

const NO_PROBLEMS: readonly ColumnProblem[] = Object.freeze([]);

/** Reads one row given as { 'Header text': cell }; missing headers read as blank cells. */
export function parseRow<S extends SheetSchema>(
  sheet: S,
  cellsByHeader: Readonly<Record<string, unknown>>,
): ParsedRow<RecordOf<S>> {
  return parseCells(sheet, (_key, column) => cellsByHeader[column.header]);
}
