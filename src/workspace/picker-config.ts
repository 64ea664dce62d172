// What the Google Picker needs from the deployment: the Cloud project number and a browser API key.
// Kept in script properties set once by whoever deploys the add-on (README "Deployment"), never in
// the repository; script properties are shared by every user of the script
// (https://developers.google.com/apps-script/guides/properties).

export const PICKER_PROJECT_NUMBER = 'PICKER_PROJECT_NUMBER';
export const PICKER_API_KEY = 'PICKER_API_KEY';

export interface PickerDeployment {
  /** The Cloud project number, digits only. */
  readonly appId: string;
  readonly developerKey: string;
}

export type PickerDeploymentRead =
  | { readonly ok: true; readonly deployment: PickerDeployment }
  | { readonly ok: false; readonly missing: readonly string[] };

/** A project number is digits (Cloud console, project info); a key has no spaces. */
export function readPickerDeployment(): PickerDeploymentRead {
  const props = PropertiesService.getScriptProperties();
  const appId = (props.getProperty(PICKER_PROJECT_NUMBER) ?? '').trim();
  const developerKey = (props.getProperty(PICKER_API_KEY) ?? '').trim();
  const missing = [
    ...(/^\d{6,20}$/.test(appId) ? [] : [PICKER_PROJECT_NUMBER]),
    ...(/^[\w-]{10,200}$/.test(developerKey) ? [] : [PICKER_API_KEY]),
  ];
  return missing.length > 0
    ? { ok: false, missing }
    : { ok: true, deployment: { appId, developerKey } };
}

/**
 * This person's OAuth token, with the add-on's scopes (drive.file among them): the Picker grants
 * what is picked to the app it names (https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()).
 */
export function oauthToken(): string {
  return ScriptApp.getOAuthToken();
}
