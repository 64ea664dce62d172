// ScriptApp: enums, installable triggers (create, list, delete) and the script's id.
import type { Execution } from '../core/execution';
import { Emulated, KIND } from '../core/emulated';
import { AuthorizationInfo } from './authorization-info';
import { enumOf } from './enums';
import { Trigger, WeekDay } from './trigger';
import { spreadsheetIdOf, TriggerBuilder } from './triggers';

export { TriggerState } from './trigger-state';
export type { TriggerEventType, TriggerRecord } from './trigger-state';

type Api = GoogleAppsScript.Script.ScriptApp;

export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');
export const EventType = enumOf(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
export const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const InstallationSource = enumOf(
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
);

export class ScriptApp
  extends Emulated
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'newTrigger'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'deleteTrigger'
      | 'getScriptId'
      | 'getOAuthToken'
      | 'getInstallationSource'
    >
{
  readonly [KIND] = 'ScriptApp';
  readonly AuthMode = AuthMode as unknown as Api['AuthMode'];
  readonly AuthorizationStatus = AuthorizationStatus as unknown as Api['AuthorizationStatus'];
  readonly EventType = EventType as unknown as Api['EventType'];
  readonly TriggerSource = TriggerSource as unknown as Api['TriggerSource'];
  readonly InstallationSource = InstallationSource as unknown as Api['InstallationSource'];
  readonly WeekDay = WeekDay as unknown as Api['WeekDay'];
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this.#exec, String(functionName));
  }

  /**
   * Only the effective user's triggers: "a given account cannot see triggers installed from a
   * second account". https://developers.google.com/apps-script/guides/triggers/installable#restrictions
   */
  getProjectTriggers(): Trigger[] {
    return this.#exec.workspace.triggers
      .ownedBy(this.#exec.effectiveUser)
      .map((t) => new Trigger(t));
  }

  /**
   * This user's triggers for the spreadsheet: its spreadsheet triggers and (the workspace holds
   * one document) every clock trigger. Whether Google lists a bound script's clock triggers here
   * is [open]; for an add-on they belong to the document.
   * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
   */
  getUserTriggers(spreadsheet: unknown): Trigger[] {
    const id = spreadsheetIdOf(spreadsheet);
    return this.#exec.workspace.triggers
      .ownedBy(this.#exec.effectiveUser)
      .filter((t) => t.triggerSourceId === id || t.eventType === 'CLOCK')
      .map((t) => new Trigger(t));
  }

  /** Deleting a trigger that is already gone does nothing here (Google's behaviour is [open]). */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const record = this.#exec.workspace.triggers.get(trigger.getUniqueId());
    if (record && record.owner === this.#exec.effectiveUser) {
      this.#exec.workspace.triggers.remove(record.uniqueId);
    }
  }

  /**
   * "How the script came to be installed as an add-on for the current user": NONE for a script
   * bound to the sheet ("Script is not running as an add-on"); for an add-on the workspace's
   * `installationSource`, by default APPS_MARKETPLACE_DOMAIN_ADD_ON (a school's admin installs it
   * for the domain). What a "Test as add-on" deployment reports is [open].
   * https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource()
   */
  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    const ws = this.#exec.workspace;
    const source = ws.deployment === 'bound' ? 'NONE' : ws.installationSource;
    return source as unknown as GoogleAppsScript.Script.InstallationSource;
  }

  /**
   * getAuthorizationInfo(authMode) checks the manifest's scopes; getAuthorizationInfo(authMode,
   * oAuthScopes) the listed ones ("Gets an object that determines if the user needs to authorize
   * this script to use the requested scopes"). Granted here means in `Workspace.grantedScopes`.
   * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
   */
  getAuthorizationInfo(_authMode: unknown, oAuthScopes?: readonly string[]): AuthorizationInfo {
    const ws = this.#exec.workspace;
    const wanted = Array.isArray(oAuthScopes)
      ? oAuthScopes.map(String)
      : [...(ws.requestedScopes ?? ws.grantedScopes)];
    const url = `https://script.google.com/macros/d/${ws.triggers.scriptId}/authorize`;
    return new AuthorizationInfo(wanted, ws.grantedScopes, url);
  }

  getScriptId(): string {
    return this.#exec.workspace.triggers.scriptId;
  }

  /**
   * "The OAuth 2.0 access token for the effective user", carrying the scopes the script was
   * granted; what a Google Picker opened by the add-on is given (PickerBuilder.setOAuthToken).
   * https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()
   */
  getOAuthToken(): string {
    const ws = this.#exec.workspace;
    return ws.oauthTokens.issue(this.#exec.effectiveUser, ws.grantedScopes);
  }
}
