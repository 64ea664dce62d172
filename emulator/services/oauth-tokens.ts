// The OAuth access tokens ScriptApp.getOAuthToken() hands out: whose they are, with which scopes, until when.
import type { VirtualClock } from '../core/clock';

/**
 * Google's access tokens last an hour ("access tokens have limited lifetimes", typically 3,600 s:
 * https://developers.google.com/identity/protocols/oauth2#expiration). getOAuthToken "gets the
 * OAuth 2.0 access token for the effective user" with the script's scopes
 * (https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()).
 */
export const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

export interface IssuedToken {
  readonly user: string;
  readonly scopes: readonly string[];
  readonly expires: number;
}

export class OAuthTokens {
  readonly #tokens = new Map<string, IssuedToken>();
  #next = 1;

  constructor(readonly clock: VirtualClock) {}

  /** A new token for `user`; deterministic within a workspace, never one already issued. */
  issue(user: string, scopes: Iterable<string>): string {
    const token = `ya29.emulated-${(this.#next++).toString(36)}-${(Math.imul(this.#next, 0x9e3779b1) >>> 0).toString(36)}`;
    this.#tokens.set(token, {
      user,
      scopes: [...scopes],
      expires: this.clock.now() + TOKEN_LIFETIME_MS,
    });
    return token;
  }

  /** Whose token this is while it is valid; undefined when unknown or expired (Google: 401). */
  holder(token: string): IssuedToken | undefined {
    const issued = this.#tokens.get(token);
    return issued && issued.expires > this.clock.now() ? issued : undefined;
  }
}
