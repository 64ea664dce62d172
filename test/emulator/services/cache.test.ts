// CacheService: expiry on the virtual clock, Google's size limits, and eviction at any time.
import { directExecution } from '../../../emulator/core/direct';
import { CacheService } from '../../../emulator/services/cache';
import { Workspace } from '../../../emulator/workspace';

const REF = 'https://developers.google.com/apps-script/reference/cache/cache';

function setUp(user?: string, workspace = new Workspace()) {
  return {
    workspace,
    service: new CacheService(directExecution(workspace, { effectiveUser: user })),
  };
}

describe(`Cache (${REF})`, () => {
  it('put then get; a missing key is null', () => {
    const cache = setUp().service.getScriptCache();
    expect(cache.get('k')).toBeNull();
    cache.put('k', 'v');
    expect(cache.get('k')).toBe('v');
  });

  it(`a value lives 600 s by default (${REF}#put(String,String))`, () => {
    const { workspace, service } = setUp();
    const cache = service.getScriptCache();
    cache.put('k', 'v');
    workspace.clock.advance(599_000);
    expect(cache.get('k')).toBe('v');
    workspace.clock.advance(1_000);
    expect(cache.get('k')).toBeNull();
  });

  it(`an explicit TTL is honoured and capped at 21600 s (${REF}#put(String,String,Integer); capping vs rejecting is [open])`, () => {
    const { workspace, service } = setUp();
    const cache = service.getScriptCache();
    cache.put('short', 'v', 5);
    cache.put('long', 'v', 100_000);
    workspace.clock.advance(5_000);
    expect(cache.get('short')).toBeNull();
    workspace.clock.advance(21_600_000 - 5_001);
    expect(cache.get('long')).toBe('v');
    workspace.clock.advance(1);
    expect(cache.get('long')).toBeNull();
  });

  it('getAll returns only the keys found; putAll/removeAll work on many keys', () => {
    const cache = setUp().service.getUserCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.removeAll(['b']);
    cache.remove('c');
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ a: '1' });
  });

  it('a key over 250 characters throws "Argument too large: key" (limit documented; wording [reported])', () => {
    const cache = setUp().service.getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k'.repeat(250), 'v')).not.toThrow();
  });

  it(`a value over 100 KB throws "Argument too large: value" (${REF}#put(String,String); wording [reported])`, () => {
    const cache = setUp().service.getScriptCache();
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.putAll({ ok: 'x', big: 'x'.repeat(200 * 1024) })).toThrow();
    expect(cache.get('ok')).toBeNull();
  });

  it('script, document and each user’s caches are separate', () => {
    const { workspace, service } = setUp('a@example.sch.uk');
    service.getScriptCache().put('k', 'script');
    service.getDocumentCache().put('k', 'doc');
    service.getUserCache().put('k', 'a');
    const b = setUp('b@example.sch.uk', workspace).service;
    expect(b.getUserCache().get('k')).toBeNull();
    expect(b.getScriptCache().get('k')).toBe('script');
    expect(b.getDocumentCache().get('k')).toBe('doc');
  });

  it('the host can evict everything at any time; Google allows eviction before expiry', () => {
    const { workspace, service } = setUp();
    const cache = service.getScriptCache();
    cache.put('k', 'v');
    workspace.cache.evictAll();
    expect(cache.get('k')).toBeNull();
    workspace.cache.evictOnPut = true;
    cache.put('k', 'v');
    expect(cache.get('k')).toBeNull();
  });

  it('past 1,000 items the oldest are evicted ([reported] item limit)', () => {
    const cache = setUp().service.getScriptCache();
    for (let i = 0; i <= 1000; i += 1) cache.put(`k${i}`, 'v');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k1000')).toBe('v');
  });
});
