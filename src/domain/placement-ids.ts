// Numbers new placements AP-0001, AP-0002… so that no Placement ID is ever issued twice (DOMAIN.md §4).

/** The number in an ID as staff may have typed it: 'AP-0012', 'ap-12', ' AP-0012 '. */
export function placementNumber(cell: unknown): number | undefined {
  if (typeof cell !== 'string') return undefined;
  const digits = /^\s*AP-(\d+)\s*$/i.exec(cell)?.[1];
  const number = digits === undefined ? NaN : Number(digits);
  // A number too large to count on exactly can never be issued again anyway: it does not raise the count.
  return Number.isSafeInteger(number) ? number : undefined;
}

/** AP-0001 … AP-9999, then AP-10000: at least four digits, like the IDs the add-on reads. */
export function formatPlacementId(number: number): string {
  return `AP-${String(number).padStart(4, '0')}`;
}

/** What the add-on wrote down last time (document properties); anything unreadable counts as none. */
export function recordedHighest(stored: string | null | undefined): number {
  const number = Number(stored);
  return Number.isSafeInteger(number) && number > 0 ? number : 0;
}

export interface NewPlacementIds {
  /** The new ID of each row that needed one, by sheet row number. */
  readonly ids: ReadonlyMap<number, string>;
  /** The highest number now in use or ever issued: what to record for next time. */
  readonly highest: number;
}

/**
 * Gives each row that needs an ID the next number, in row order. The next number is above every
 * AP-number anywhere in the Placement ID column and above the highest ever issued (recorded
 * outside the sheet), so the ID of a deleted row is never issued again (DOMAIN.md §4: never reused).
 */
export function newPlacementIds(
  idColumn: readonly unknown[],
  rowsNeedingIds: readonly number[],
  highestIssued: number,
): NewPlacementIds {
  let highest = Math.max(0, highestIssued);
  for (const cell of idColumn) highest = Math.max(highest, placementNumber(cell) ?? 0);
  const ids = new Map<number, string>();
  for (const rowNumber of [...new Set(rowsNeedingIds)].sort((a, b) => a - b)) {
    highest += 1;
    ids.set(rowNumber, formatPlacementId(highest));
  }
  return { ids, highest };
}
