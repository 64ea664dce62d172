// The onEdit simple trigger: exposed now so the entry point is stable; it does nothing yet.
/**
 * Re-checking edited placement rows arrives with the placement checks (issue 3). Until then it
 * returns at once, silent on every sheet, and within the 30-second simple-trigger limit.
 */
export function onEdit(_event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  // Deliberately empty (see above).
}
