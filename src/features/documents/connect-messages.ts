// What a person is told when their runs cannot reach the school's templates, and how to connect them.
import { listOf } from '../../domain/words';
import { PICKER_API_KEY, PICKER_PROJECT_NUMBER } from '../../workspace/picker-config';

export const CONNECT_TEMPLATES = 'Connect templates';
export const CONNECT_WHERE = `Extensions > AP Placements > ${CONNECT_TEMPLATES}`;

/** Why Google refuses, in a sentence a teacher can act on. */
const WHY =
  'Google lets the add-on use only the files it made for you or that you picked, and these were set up by a colleague';

/**
 * Nothing was made because `labels` cannot be reached for this person: the one action is to
 * connect (issue 12, item 1); a deleted file is the rarer case, said last.
 */
export function notConnectedMessage(labels: readonly string[], afterwards: string): string {
  const them = labels.length === 1 ? 'it' : 'them';
  return `Nothing was made: the add-on cannot reach the ${listOf(labels)} for you. ${WHY}. Choose ${CONNECT_WHERE} and pick the school's five templates and documents folder (once is enough), then ${afterwards}. If you know ${labels.length === 1 ? 'it was' : 'they were'} deleted, choose Set up workbook to make ${them} again.`;
}

/** A recorded file in the bin: restoring it keeps the school's wording. */
export function inBinMessage(label: string, afterwards: string): string {
  return `Nothing was made: the ${label} is in the bin. Restore it from the bin in Google Drive (or choose Set up workbook to make a new one), then ${afterwards}.`;
}

/** The deployment has no Picker settings: only the deployer can fix that (README "Deployment"). */
export function pickerNotDeployedMessage(missing: readonly string[]): string {
  return `${CONNECT_TEMPLATES} needs the Google Picker, which whoever installed the add-on for your school has not finished setting up: the script ${missing.length === 1 ? 'property' : 'properties'} ${listOf(missing)} ${missing.length === 1 ? 'is' : 'are'} missing (the add-on's README, "Deployment", says how to add ${missing.length === 1 ? 'it' : 'them'}). Until then, the colleague who set up the workbook can make the documents. Expected: ${PICKER_PROJECT_NUMBER} (the Cloud project number, digits) and ${PICKER_API_KEY} (a browser key restricted to the Google Picker API).`;
}

export const NOTHING_TO_CONNECT =
  'There are no templates on Settings yet: choose Extensions > AP Placements > Set up workbook first.';
