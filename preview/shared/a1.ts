// A1 notation for the preview's grid, used by both the server and the page.

/** A 1-based column number as letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** The row and column of a single-cell reference such as 'C5', or undefined. */
export function parseCellA1(a1: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(a1);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
