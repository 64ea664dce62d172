// A report's rows as one rectangle: a sheet's setValues takes every row at the same width.
export type ReportCell = string | number;

/** Every row padded with blank cells to the widest. */
export function rectangular(rows: readonly (readonly ReportCell[])[]): ReportCell[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<ReportCell>(width - r.length).fill('')]);
}
