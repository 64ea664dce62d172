// The base of every emulated Apps Script object: what the runtime wraps in a counting proxy.
export const KIND: unique symbol = Symbol('apps-script-kind');

/**
 * An object the bundle may hold (SpreadsheetApp, a Range, a Menu...). Its public prototype
 * methods are the Apps Script API; the runtime exposes only those (names not starting with `_`),
 * counts each call as `${this[KIND]}.${method}` and converts values between the host and the
 * script's realm. Host-only state lives in the *State classes on the Workspace, not here.
 */
export abstract class Emulated {
  abstract readonly [KIND]: string;
}

/** Apps Script errors surface in scripts as `Exception: ...`; we keep the message text Google uses. */
export class AppsScriptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}
