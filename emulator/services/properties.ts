// PropertiesService: script, document and per-user key-value stores, with Google's size limits.
import { hasActiveDocument } from '../core/document';
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { utf8Length } from './enums';

/**
 * Quotas: 9 KB per value, 500 KB per property store.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * Measured here in UTF-8 bytes of 1,024; whether keys count toward the store total and whether
 * Google's KB is 1,000 or 1,024 bytes is [open]; keys are counted (the stricter reading).
 */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

/** [reported] wordings: "Argument too large: value"; the store one is seen in many scripts' logs. */
const VALUE_TOO_LARGE = 'Argument too large: value';
const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export type PropertyScope = 'script' | 'document' | 'user';

export class PropertiesState {
  readonly #stores = new Map<string, Map<string, string>>();

  /** The store behind a scope: 'script', 'document' (the bound spreadsheet), or a user's. */
  store(scope: PropertyScope, user = ''): Map<string, string> {
    const key = scope === 'user' ? `user:${user}` : scope;
    let store = this.#stores.get(key);
    if (!store) {
      store = new Map();
      this.#stores.set(key, store);
    }
    return store;
  }

  /** Host views (calls on them are not counted): the script, document and a user's store. */
  get script(): Properties {
    return new Properties(this.store('script'));
  }
  get document(): Properties {
    return new Properties(this.store('document'));
  }
  user(email: string): Properties {
    return new Properties(this.store('user', email));
  }

  /** Host view for assertions: a copy of one store as a plain object. */
  snapshot(scope: PropertyScope, user = ''): Record<string, string> {
    return Object.fromEntries(this.store(scope, user));
  }
}

function storeBytes(store: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += utf8Length(k) + utf8Length(v);
  return n;
}

export class Properties
  extends Emulated
  implements
    Pick<
      GoogleAppsScript.Properties.Properties,
      | 'getProperty'
      | 'setProperty'
      | 'deleteProperty'
      | 'getProperties'
      | 'setProperties'
      | 'getKeys'
      | 'deleteAllProperties'
    >
{
  readonly [KIND] = 'Properties';
  readonly #store: Map<string, string>;

  constructor(store: Map<string, string>) {
    super();
    this.#store = store;
  }

  getProperty(key: string): string | null {
    return this.#store.get(String(key)) ?? null;
  }
  /** Values are stored as strings: setProperty('n', 5) reads back '5'. */
  setProperty(key: string, value: string): this {
    this.#write({ [String(key)]: value }, false);
    return this;
  }
  deleteProperty(key: string): this {
    this.#store.delete(String(key));
    return this;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.#store);
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    if (properties === null || typeof properties !== 'object') {
      throw new AppsScriptError('Invalid argument: properties');
    }
    this.#write(properties, Boolean(deleteAllOthers));
    return this;
  }
  getKeys(): string[] {
    return [...this.#store.keys()];
  }
  deleteAllProperties(): this {
    this.#store.clear();
    return this;
  }

  /** All-or-nothing: a write that breaks a limit changes nothing. */
  #write(entries: Record<string, unknown>, replace: boolean): void {
    const next = new Map(replace ? [] : this.#store);
    for (const [key, raw] of Object.entries(entries)) {
      const value = String(raw);
      if (utf8Length(value) > PROPERTY_VALUE_MAX_BYTES) throw new AppsScriptError(VALUE_TOO_LARGE);
      next.set(key, value);
    }
    if (storeBytes(next) > PROPERTY_STORE_MAX_BYTES) throw new AppsScriptError(STORE_FULL);
    this.#store.clear();
    for (const [k, v] of next) this.#store.set(k, v);
  }
}

export class PropertiesService
  extends Emulated
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'
    >
{
  readonly [KIND] = 'PropertiesService';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  getScriptProperties(): Properties {
    return new Properties(this.#exec.workspace.properties.store('script'));
  }
  /**
   * The bound spreadsheet's store; null where there is no document ("When document properties
   * are not available this method returns null"), as in an editor add-on's clock run (core/document.ts).
   * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
   */
  getDocumentProperties(): Properties {
    // Typed as Google types it (never null), as SpreadsheetApp.getActiveSpreadsheet() is.
    if (!hasActiveDocument(this.#exec)) return null as unknown as Properties;
    return new Properties(this.#exec.workspace.properties.store('document'));
  }
  /** One store per user, keyed by the effective user (the trigger owner in a trigger run). */
  getUserProperties(): Properties {
    return new Properties(this.#exec.workspace.properties.store('user', this.#exec.effectiveUser));
  }
}
