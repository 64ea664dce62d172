// The part of Drive's search query language (`q`) the emulator understands: parents, name, mimeType, trashed, appProperties.
import type { DriveFileRecord } from './state';

/**
 * https://developers.google.com/drive/api/guides/ref-search-terms: `'<id>' in parents`,
 * `name = '...'`, `name != '...'`, `name contains '...'`, `mimeType = '...'`, `mimeType != '...'`,
 * `trashed = true|false`, `appProperties has { key='k' and value='v' }` (custom properties: "has"
 * is their only operator, and a key without a value is refused [reported]), combined with `and`,
 * `or`, `not` and parentheses. Strings escape `'`
 * and `\` with a backslash. Anything else fails as Google fails a bad query: "Invalid Value".
 * (`name contains` matches a prefix of any word in Google's index; here any substring [open].)
 */
export class QueryError extends Error {}

type Token = { kind: 'str' | 'word' | 'op'; value: string };
type Predicate = (f: DriveFileRecord) => boolean;

function tokens(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "'") {
      let value = '';
      i += 1;
      while (i < q.length && q[i] !== "'") {
        if (q[i] === '\\' && i + 1 < q.length) i += 1;
        value += q[i];
        i += 1;
      }
      if (i >= q.length) throw new QueryError('unterminated string');
      i += 1;
      out.push({ kind: 'str', value });
    } else if ('(){}='.includes(ch)) {
      out.push({ kind: 'op', value: ch });
      i += 1;
    } else if (ch === '!' && q[i + 1] === '=') {
      out.push({ kind: 'op', value: '!=' });
      i += 2;
    } else {
      const m = /^[A-Za-z_]+/.exec(q.slice(i));
      if (!m) throw new QueryError(`unexpected ${ch}`);
      out.push({ kind: 'word', value: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

export function compileQuery(q: string, resolve: (id: string) => string): Predicate {
  const ts = tokens(q);
  let at = 0;
  const peek = (): Token | undefined => ts[at];
  const next = (): Token => {
    const t = ts[at];
    if (!t) throw new QueryError('unexpected end');
    at += 1;
    return t;
  };
  const word = (w: string): boolean => peek()?.kind === 'word' && peek()?.value.toLowerCase() === w;

  const term = (): Predicate => {
    const first = next();
    if (first.kind === 'str') {
      if (!word('in')) throw new QueryError('expected in');
      next();
      const field = next();
      if (field.value !== 'parents') throw new QueryError('only parents supports in');
      const id = resolve(first.value);
      return (f) => f.parents.includes(id);
    }
    if (first.kind !== 'word') throw new QueryError('expected a field');
    if (first.value === 'appProperties') return appPropertiesTerm();
    const op = next();
    const value = next();
    const field = first.value;
    if (field === 'trashed') {
      if (op.value !== '=' && op.value !== '!=') throw new QueryError('bad operator');
      const want = value.value === 'true';
      return op.value === '=' ? (f) => f.trashed === want : (f) => f.trashed !== want;
    }
    if (value.kind !== 'str' || (field !== 'name' && field !== 'mimeType')) {
      throw new QueryError(`unsupported term ${field}`);
    }
    const get = (f: DriveFileRecord): string => (field === 'name' ? f.name : f.mimeType);
    if (op.value === '=') return (f) => get(f) === value.value;
    if (op.value === '!=') return (f) => get(f) !== value.value;
    if (op.value === 'contains' && field === 'name') {
      const needle = value.value.toLowerCase();
      return (f) => f.name.toLowerCase().includes(needle);
    }
    throw new QueryError('bad operator');
  };

  /**
   * https://developers.google.com/drive/api/guides/search-files#custom: files whose app property
   * `additionalID` has a value: `appProperties has { key='additionalID' and value='8e8a…' }`.
   */
  const appPropertiesTerm = (): Predicate => {
    if (!word('has')) throw new QueryError('appProperties takes has');
    next();
    if (next().value !== '{') throw new QueryError('expected {');
    const pair: Record<string, string> = {};
    for (;;) {
      const name = next();
      if (name.kind !== 'word' || (name.value !== 'key' && name.value !== 'value')) {
        throw new QueryError('expected key or value');
      }
      if (next().value !== '=') throw new QueryError('expected =');
      const text = next();
      if (text.kind !== 'str') throw new QueryError('expected a string');
      pair[name.value] = text.value;
      if (!word('and')) break;
      next();
    }
    if (next().value !== '}') throw new QueryError('expected }');
    const { key, value } = pair;
    if (key === undefined || value === undefined) throw new QueryError('key and value needed');
    return (f) => f.appProperties?.[key] === value;
  };

  const unary = (): Predicate => {
    if (word('not')) {
      next();
      const inner = unary();
      return (f) => !inner(f);
    }
    if (peek()?.value === '(') {
      next();
      const inner = or();
      if (next().value !== ')') throw new QueryError('expected )');
      return inner;
    }
    return term();
  };
  const and = (): Predicate => {
    const parts = [unary()];
    while (word('and')) {
      next();
      parts.push(unary());
    }
    return (f) => parts.every((p) => p(f));
  };
  const or = (): Predicate => {
    const parts = [and()];
    while (word('or')) {
      next();
      parts.push(and());
    }
    return (f) => parts.some((p) => p(f));
  };

  const predicate = or();
  if (at !== ts.length) throw new QueryError('trailing input');
  return predicate;
}
