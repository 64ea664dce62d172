// The "AP Placements" menu, built when the workbook opens or the add-on is installed.
import { buildAddOnMenu } from '../workspace/ui';

/** No dead items: each one works on any workbook, saying what to do first when it cannot. */
const MENU = [
  { caption: 'Open sidebar', functionName: 'showSidebar' },
  { caption: 'Set up workbook', functionName: 'setUpWorkbook' },
  { caption: 'Validate all', functionName: 'validatePlacements' },
  {
    // For the selected rows of Placements (Providers for the safeguarding request), DOMAIN.md §6.
    caption: 'Generate documents',
    items: [
      { caption: 'Parent/carer agreement', functionName: 'generateParentAgreement' },
      { caption: 'Provider agreement', functionName: 'generateProviderAgreement' },
      { caption: 'Personalised plan', functionName: 'generatePersonalisedPlan' },
      { caption: 'Local authority notification', functionName: 'generateLaNotification' },
      {
        caption: 'Safeguarding confirmation request',
        functionName: 'generateSafeguardingRequest',
      },
    ],
  },
  {
    // Issue 15: what inspectors, the census and senior leaders ask for, made on demand.
    caption: 'Reports',
    items: [
      { caption: 'AP register', functionName: 'makeApRegister' },
      { caption: 'AP register (printable Doc)', functionName: 'makeApRegisterDoc' },
      { caption: 'Census AP return', functionName: 'makeCensusReturn' },
      { caption: 'Evaluation', functionName: 'makeEvaluation' },
    ],
  },
  {
    // Issue 16: records kept over the years, and a placement's whole story on request.
    caption: 'Records',
    items: [
      { caption: 'Archive the year', functionName: 'archiveTheYear' },
      { caption: 'Placement record', functionName: 'makePlacementRecord' },
      { caption: 'Subject access request (by UPN)', functionName: 'makeSubjectAccessRecord' },
      { caption: 'Archives past their keep-until date', functionName: 'listArchivesToReview' },
      // The Log as an audit trail, numbered and signed line by line.
      { caption: 'Check the Log', functionName: 'checkTheLog' },
    ],
  },
  {
    // DOMAIN.md §7: one hourly trigger sends the digests; the status says whose it is.
    caption: 'Reminders',
    items: [
      { caption: 'Turn reminders on', functionName: 'installReminders' },
      { caption: 'Turn reminders off', functionName: 'removeReminders' },
      { caption: 'Reminder status', functionName: 'reminderStatus' },
    ],
  },
  {
    // Issue 17: each provider reports its sessions through a Google Form kept by the hourly run.
    caption: 'Provider returns',
    items: [
      { caption: 'Turn provider returns on', functionName: 'turnProviderReturnsOn' },
      { caption: 'Turn provider returns off', functionName: 'turnProviderReturnsOff' },
    ],
  },
  // Once per colleague: drive.file reaches only what the add-on made for them or they picked (issue 12).
  { caption: 'Connect templates', functionName: 'showConnectTemplates' },
  { caption: 'Check templates', functionName: 'checkTemplates' },
  { caption: 'Restore default templates', functionName: 'restoreDefaultTemplates' },
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
