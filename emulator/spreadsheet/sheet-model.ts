// One sheet's document state: a sparse grid of cells, dimensions, frozen panes, protections.
import type { ChartModel } from './chart';
import { cellA1, parseA1, shiftSpan, type Rect } from './a1';
import {
  DEFAULT_BACKGROUND,
  DEFAULT_NUMBER_FORMAT,
  hasContent,
  isEmptyCell,
  readValue,
  type Cell,
  type CellValue,
} from './cell';
import { displayValue } from './format';
import type { ValidationRule } from './validation-rule';

export type ProtectionTypeName = 'RANGE' | 'SHEET';

export interface ProtectionModel {
  readonly id: number;
  readonly type: ProtectionTypeName;
  /** The protected block; for a sheet protection, null (the whole sheet). */
  rect: Rect | null;
  description: string;
  warningOnly: boolean;
  /** null: mirrors the spreadsheet's own permissions (Range.protect() docs). */
  editors: string[] | null;
  domainEdit: boolean;
  unprotected: Rect[];
  rangeName: string | null;
}

/** What `state.sheet(name).cell('A1')` reports, for tests and the preview. */
export interface CellSnapshot {
  value: CellValue;
  formula: string;
  note: string;
  background: string;
  fontWeight: 'normal' | 'bold';
  numberFormat: string;
  validation: ValidationRule | null;
  displayValue: string;
}

export interface Book {
  readonly timeZone: string;
}

export class SheetModel {
  /** rows[r-1][c-1]; sparse, grown on write. */
  rows: Array<Array<Cell | undefined> | undefined> = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  protections: ProtectionModel[] = [];
  /** Embedded charts, in the order inserted (chart.ts). */
  charts: ChartModel[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();

  constructor(
    readonly book: Book,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  at(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell, created if absent, for writing. Call `tidy` after clearing attributes. */
  ensure(row: number, column: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[column - 1] ??= {});
  }

  tidy(row: number, column: number): void {
    const r = this.rows[row - 1];
    const cell = r?.[column - 1];
    if (r && cell && isEmptyCell(cell)) r[column - 1] = undefined;
  }

  /** getLastRow(): the last row with content (a value or a formula), 0 when none. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(at: number, count: number): void {
    if (at - 1 < this.rows.length) this.rows.splice(at - 1, 0, ...new Array<undefined>(count));
    this.maxRows += count;
    if (at <= this.frozenRows) this.frozenRows += count;
    this.#shiftProtections('rows', at, count, 'insert');
    this.#shiftSizes(this.rowHeights, at, count, 'insert');
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
    this.maxRows -= count;
    this.frozenRows = shiftSpan(1, this.frozenRows, at, count, 'delete')?.length ?? 0;
    this.#shiftProtections('rows', at, count, 'delete');
    this.#shiftSizes(this.rowHeights, at, count, 'delete');
  }

  insertColumns(at: number, count: number): void {
    for (const row of this.rows) {
      if (row && at - 1 < row.length) row.splice(at - 1, 0, ...new Array<undefined>(count));
    }
    this.maxColumns += count;
    if (at <= this.frozenColumns) this.frozenColumns += count;
    this.#shiftProtections('columns', at, count, 'insert');
    this.#shiftSizes(this.columnWidths, at, count, 'insert');
  }

  deleteColumns(at: number, count: number): void {
    for (const row of this.rows) row?.splice(at - 1, count);
    this.maxColumns -= count;
    this.frozenColumns = shiftSpan(1, this.frozenColumns, at, count, 'delete')?.length ?? 0;
    this.#shiftProtections('columns', at, count, 'delete');
    this.#shiftSizes(this.columnWidths, at, count, 'delete');
  }

  #shiftRect(
    rect: Rect,
    axis: 'rows' | 'columns',
    at: number,
    n: number,
    mode: 'insert' | 'delete',
  ): Rect | null {
    if (axis === 'rows') {
      const s = shiftSpan(rect.row, rect.numRows, at, n, mode);
      return s && { ...rect, row: s.start, numRows: s.length };
    }
    const s = shiftSpan(rect.column, rect.numColumns, at, n, mode);
    return s && { ...rect, column: s.start, numColumns: s.length };
  }

  #shiftProtections(
    axis: 'rows' | 'columns',
    at: number,
    n: number,
    mode: 'insert' | 'delete',
  ): void {
    this.protections = this.protections.filter((p) => {
      p.unprotected = p.unprotected.flatMap((r) => this.#shiftRect(r, axis, at, n, mode) ?? []);
      if (!p.rect) return true;
      p.rect = this.#shiftRect(p.rect, axis, at, n, mode);
      return p.rect !== null; // a protected range whose cells are all deleted goes with them
    });
  }

  #shiftSizes(sizes: Map<number, number>, at: number, n: number, mode: 'insert' | 'delete'): void {
    const moved = [...sizes].flatMap(([i, size]) => {
      const s = shiftSpan(i, 1, at, n, mode);
      return s ? [[s.start, size] as const] : [];
    });
    sizes.clear();
    for (const [i, size] of moved) sizes.set(i, size);
  }

  // ---- host views, for tests, fixtures and the preview ----

  /** The used range's values (A1 to last row/column with content), as getDataRange().getValues(). */
  values(): CellValue[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    const out: CellValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= cols; c++) line.push(readValue(this.at(r, c)));
      out.push(line);
    }
    return out;
  }

  cell(a1: string): CellSnapshot {
    const rect = parseA1(a1, this.maxRows, this.maxColumns);
    if (!rect) throw new Error(`Not a cell reference: ${a1}`);
    const cell = this.at(rect.row, rect.column);
    return {
      value: readValue(cell),
      formula: cell?.formula ?? '',
      note: cell?.note ?? '',
      background: cell?.background ?? DEFAULT_BACKGROUND,
      fontWeight: cell?.fontWeight ?? 'normal',
      numberFormat: cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT,
      validation: cell?.validation ?? null,
      displayValue: displayValue(cell?.value, cell?.numberFormat, this.book.timeZone),
    };
  }

  /** A1 of every non-empty cell, e.g. to assert nothing was written outside a block. */
  usedCells(): string[] {
    const out: string[] = [];
    this.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) out.push(cellA1(r + 1, c + 1));
      }),
    );
    return out;
  }
}
