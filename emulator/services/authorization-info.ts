// AuthorizationInfo: whether the user granted the scopes the script (or a caller's list) needs.
import { Emulated, KIND } from '../core/emulated';

type Status = GoogleAppsScript.Script.AuthorizationStatus;

/**
 * https://developers.google.com/apps-script/reference/script/authorization-info: what
 * ScriptApp.getAuthorizationInfo(authMode[, oAuthScopes]) returns. Without a list, the scopes are
 * the manifest's (`Workspace.requestedScopes`); with one, that list: the status is REQUIRED when
 * any of them is not granted, getAuthorizationUrl() is null when nothing is required, and
 * getAuthorizedScopes() "returns the authorized scopes from the specified list".
 */
export class AuthorizationInfo
  extends Emulated
  implements Pick<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus'>
{
  readonly [KIND] = 'AuthorizationInfo';
  readonly #wanted: readonly string[];
  readonly #granted: ReadonlySet<string>;
  readonly #url: string;

  constructor(wanted: readonly string[], granted: ReadonlySet<string>, url: string) {
    super();
    this.#wanted = [...wanted];
    this.#granted = new Set(granted);
    this.#url = url;
  }

  getAuthorizationStatus(): Status {
    const required = this.#wanted.some((s) => !this.#granted.has(s));
    return (required ? 'REQUIRED' : 'NOT_REQUIRED') as unknown as Status;
  }
  /** [open] the URL's form; null when no authorization is required (the reference). */
  getAuthorizationUrl(): string | null {
    return String(this.getAuthorizationStatus()) === 'REQUIRED' ? this.#url : null;
  }
  getAuthorizedScopes(): string[] {
    return this.#wanted.filter((s) => this.#granted.has(s));
  }
}
