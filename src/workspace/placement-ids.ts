// Issues new Placement IDs, remembering the highest number ever issued in the document's properties.
import { newPlacementIds, recordedHighest } from '../domain/placement-ids';

/** Kept outside the sheet, so deleting the row with the highest ID does not free its number. */
const HIGHEST_ISSUED = 'lastPlacementNumber';

/**
 * New IDs for `rowsNeedingIds`, above every number in `idColumn` and every number issued before
 * (DOMAIN.md §4: never reused). The record only ever goes up. Call it holding the document lock,
 * so two runs cannot issue the same number.
 */
export function issuePlacementIds(
  idColumn: readonly unknown[],
  rowsNeedingIds: readonly number[],
): ReadonlyMap<number, string> {
  // null outside a document (PropertiesService reference); the column alone then guards reuse.
  const store = PropertiesService.getDocumentProperties();
  const recorded = recordedHighest(store?.getProperty(HIGHEST_ISSUED));
  const { ids, highest } = newPlacementIds(idColumn, rowsNeedingIds, recorded);
  if (store && highest > recorded) store.setProperty(HIGHEST_ISSUED, String(highest));
  return ids;
}

/**
 * Raises the record of the highest number issued to every number in `idColumn` (IDs a person
 * typed never went through `issuePlacementIds`): called before rows leave the workbook for an
 * archive, so their IDs are never issued again once they are gone from it.
 */
export function keepHighestIssued(idColumn: readonly unknown[]): void {
  const store = PropertiesService.getDocumentProperties();
  if (!store) return;
  const recorded = recordedHighest(store.getProperty(HIGHEST_ISSUED));
  const { highest } = newPlacementIds(idColumn, [], recorded);
  if (highest > recorded) store.setProperty(HIGHEST_ISSUED, String(highest));
}
