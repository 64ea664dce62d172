// Session and User: who runs the execution, their locale, and the script's time zone.
import { createHash } from 'node:crypto';
import type { Execution } from '../core/execution';
import { Emulated, KIND } from '../core/emulated';

export class User extends Emulated implements GoogleAppsScript.Base.User {
  readonly [KIND] = 'User';
  readonly #email: string;
  constructor(email: string) {
    super();
    this.#email = email;
  }
  getEmail(): string {
    return this.#email;
  }
  /** Deprecated by Google; returns the email as it did. */
  getUserLoginId(): string {
    return this.#email;
  }
}

/** Locale reported for the active user: the school's British English. */
export const DEFAULT_LOCALE = 'en_GB';

export class Session
  extends Emulated
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getActiveUserLocale'
      | 'getTemporaryActiveUserKey'
    >
{
  readonly [KIND] = 'Session';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  /**
   * The email may be '' (consumer accounts, simple triggers, another domain).
   * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
   */
  getActiveUser(): User {
    return new User(this.#exec.activeUser);
  }
  getEffectiveUser(): User {
    return new User(this.#exec.effectiveUser);
  }
  getScriptTimeZone(): string {
    return this.#exec.workspace.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return DEFAULT_LOCALE;
  }
  /**
   * Stable per user and script, opaque, available even when the email is not. Google rotates it
   * every 30 days; the emulator never does.
   * https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()
   */
  getTemporaryActiveUserKey(): string {
    const user = this.#exec.activeUser || this.#exec.workspace.user;
    return createHash('sha256').update(`temporary-key:${user}`).digest('base64');
  }
}
