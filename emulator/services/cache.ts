// CacheService: script, document and per-user caches that expire on the virtual clock.
import type { VirtualClock } from '../core/clock';
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { utf8Length } from './enums';

/** https://developers.google.com/apps-script/reference/cache/cache#putkey,-value,-expirationinseconds */
export const CACHE_DEFAULT_TTL_S = 600;
export const CACHE_MAX_TTL_S = 21600;
export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
/** [reported] a cache holds at most 1,000 items; past that the oldest are evicted. */
export const CACHE_MAX_ITEMS = 1000;

export interface CacheEntry {
  readonly value: string;
  readonly expiresAt: number;
}

export type CacheScope = 'script' | 'document' | 'user';

export class CacheState {
  readonly #caches = new Map<string, Map<string, CacheEntry>>();
  /** When true, every put is forgotten at once: Google may evict at any time, so code must cope. */
  evictOnPut = false;

  constructor(readonly clock: VirtualClock) {}

  cache(scope: CacheScope, user = ''): Map<string, CacheEntry> {
    const key = scope === 'user' ? `user:${user}` : scope;
    let cache = this.#caches.get(key);
    if (!cache) {
      cache = new Map();
      this.#caches.set(key, cache);
    }
    return cache;
  }

  /** Drop everything from every cache (the host switch: eviction is allowed at any time). */
  evictAll(): void {
    for (const cache of this.#caches.values()) cache.clear();
  }
}

/** [reported] wordings, as scripts log them; not in the reference. */
function checkKey(key: string): void {
  if (key.length > CACHE_KEY_MAX_CHARS) throw new AppsScriptError('Argument too large: key');
}

export class Cache
  extends Emulated
  implements
    Pick<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>
{
  readonly [KIND] = 'Cache';
  readonly #state: CacheState;
  readonly #entries: Map<string, CacheEntry>;

  constructor(state: CacheState, entries: Map<string, CacheEntry>) {
    super();
    this.#state = state;
    this.#entries = entries;
  }

  get(key: string): string | null {
    const k = String(key);
    checkKey(k);
    const entry = this.#entries.get(k);
    if (!entry) return null;
    if (entry.expiresAt <= this.#state.clock.now()) {
      this.#entries.delete(k);
      return null;
    }
    return entry.value;
  }
  /** Only the keys found appear in the result. */
  getAll(keys: string[]): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) out[String(key)] = value;
    }
    return out;
  }
  /**
   * TTL defaults to 600 s and is capped at 21,600 s (6 h). Whether Google caps or rejects a longer
   * TTL is [open]; capping is safe because the cache may evict earlier anyway.
   */
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.putAll({ [String(key)]: value }, expirationInSeconds);
  }
  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    const ttl = Math.min(
      Math.max(Number(expirationInSeconds ?? CACHE_DEFAULT_TTL_S), 1),
      CACHE_MAX_TTL_S,
    );
    const checked = Object.entries(values).map(([k, v]) => {
      checkKey(k);
      const text = String(v);
      if (utf8Length(text) > CACHE_VALUE_MAX_BYTES) {
        throw new AppsScriptError('Argument too large: value');
      }
      return [k, text] as const;
    });
    if (this.#state.evictOnPut) return;
    const expiresAt = this.#state.clock.now() + ttl * 1000;
    for (const [k, text] of checked) {
      this.#entries.delete(k);
      this.#entries.set(k, { value: text, expiresAt });
    }
    while (this.#entries.size > CACHE_MAX_ITEMS) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }
  remove(key: string): void {
    this.#entries.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.#entries.delete(String(key));
  }
}

export class CacheService
  extends Emulated
  implements
    Pick<
      GoogleAppsScript.Cache.CacheService,
      'getScriptCache' | 'getDocumentCache' | 'getUserCache'
    >
{
  readonly [KIND] = 'CacheService';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  #cache(scope: CacheScope, user = ''): Cache {
    const state = this.#exec.workspace.cache;
    return new Cache(state, state.cache(scope, user));
  }
  getScriptCache(): Cache {
    return this.#cache('script');
  }
  /** Never null here: the add-on always runs in its spreadsheet. */
  getDocumentCache(): Cache {
    return this.#cache('document');
  }
  getUserCache(): Cache {
    return this.#cache('user', this.#exec.effectiveUser);
  }
}
