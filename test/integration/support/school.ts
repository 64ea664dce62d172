// A set-up workbook with invented placements typed in as staff would, and ways to read its cells by header.
import type { AddOn, Workspace } from '../../../emulator';
import { upnCheckLetter } from '../../../src/domain/rules/upn';
import { CLEAN_PLACEMENT, CLEAN_PROVIDER, COMPLETE_REVIEW } from '../../unit/rules/fixtures';
import { columnLetter, loadWorkbook } from './workbook';

export type Cells = Readonly<Record<string, unknown>>;
export { CLEAN_PLACEMENT, CLEAN_PROVIDER, COMPLETE_REVIEW };

/** Tue 20 Jan 2026, 9am: a school day in Spring 1, two weeks into the clean placement. */
export const SCHOOL_DAY = '2026-01-20T09:00:00Z';

/** 'YYYY-MM-DD' as a person types it in an en_GB sheet; everything else as it is. */
export function typed(value: unknown): unknown {
  const iso = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : (value ?? '');
}

/** A valid invented UPN for pupil `n` (LA 801, DOMAIN.md §3.3). */
export function upn(n: number): string {
  const rest = `80120000${String(n).padStart(4, '0')}`;
  return `${upnCheckLetter(rest)}${rest}`;
}

/** A clean placement for pupil `n`, with its own ID, name and UPN (no real pupils). */
export function placement(n: number, cells: Cells = {}): Cells {
  return {
    ...CLEAN_PLACEMENT,
    'Placement ID': `AP-${String(n).padStart(4, '0')}`,
    'Pupil name': `Pupil ${n} Example`,
    UPN: upn(n),
    ...cells,
  };
}

export class School {
  constructor(
    readonly ws: Workspace,
    readonly addOn: AddOn,
  ) {}

  headers(sheet: string): string[] {
    return (this.ws.spreadsheet.sheet(sheet).values()[0] ?? []).map(String);
  }

  /** A1 of a cell found by its column's header. */
  a1(sheet: string, row: number, header: string): string {
    const column = this.headers(sheet).indexOf(header);
    if (column < 0) throw new Error(`No column ${header} on ${sheet}`);
    return `${columnLetter(column + 1)}${row}`;
  }

  cell(sheet: string, row: number, header: string) {
    return this.ws.spreadsheet.sheet(sheet).cell(this.a1(sheet, row, header));
  }

  /** A row's cells by header, each as the values the sheet holds. */
  rowValues(sheet: string, rows: readonly Cells[]): unknown[][] {
    const headers = this.headers(sheet);
    return rows.map((row) => headers.map((h) => typed(row[h])));
  }

  /** Staff typing or pasting rows from `firstRow`, without firing onEdit (setting the scene). */
  type(sheet: string, rows: readonly Cells[], firstRow = 2): void {
    this.ws.spreadsheet.userEdit(this.ws.user, sheet, `A${firstRow}`, this.rowValues(sheet, rows));
  }

  /** A person's edit in the sheet: onEdit fires. */
  edit(sheet: string, row: number, header: string, value: unknown): void {
    this.addOn.edit(sheet, this.a1(sheet, row, header), [[typed(value)]]);
  }

  checks(row: number): string {
    return String(this.cell('Placements', row, 'Checks').value);
  }
}

/** Setup run, the clean provider and the given placements typed in; nothing validated yet. */
export function school(
  placements: readonly Cells[],
  options: {
    now?: string;
    spreadsheetTimeZone?: string;
    providers?: readonly Cells[];
    reviews?: readonly Cells[];
    /** Where the built add-on is: dist/ unless a test loads the full-scope variant. */
    distDir?: string;
  } = {},
): School {
  const { ws, addOn } = loadWorkbook({
    now: options.now ?? SCHOOL_DAY,
    ...(options.spreadsheetTimeZone && { spreadsheetTimeZone: options.spreadsheetTimeZone }),
    ...(options.distDir && { distDir: options.distDir }),
  });
  addOn.run('setUpWorkbook');
  const built = new School(ws, addOn);
  built.type('Providers', options.providers ?? [CLEAN_PROVIDER]);
  if (placements.length > 0) built.type('Placements', placements);
  if (options.reviews?.length) built.type('Reviews', options.reviews);
  ws.meter.reset();
  return built;
}
