// The "AP Placements" menu, built when the workbook opens or the add-on is installed.
import { buildAddOnMenu } from '../workspace/ui';

/** No dead items: each one works on any workbook (DOMAIN.md setup comes first). */
const MENU = [
  { caption: 'Open sidebar', functionName: 'showSidebar' },
  { caption: 'Set up workbook', functionName: 'setUpWorkbook' },
  { caption: 'Validate all', functionName: 'validatePlacements' },
] as const;

/**
 * Fired by the editor in AuthMode.NONE (add-on not yet used in this document), LIMITED or FULL.
 * In NONE only building the menu is safe (PLATFORM.md), and building it is all onOpen needs to do
 * in any mode, so it reads no data and calls no other service whatever e.authMode says.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddOnMenu(MENU);
}

/** Google's advice for editor add-ons: onInstall builds the menu as onOpen would. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
