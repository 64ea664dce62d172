// The `fields` parameter (a partial-response field mask): 'a,b.c,d(e,f)', '*', applied to a resource.
import type { Json } from './errors';

/** A parsed mask: each key selects everything below it (true) or a narrower mask. */
export type Mask = Map<string, Mask | true>;

export class MaskError extends Error {}

/** Splits at commas outside parentheses; refuses unbalanced parentheses. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth < 0) throw new MaskError(text);
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (depth !== 0) throw new MaskError(text);
  parts.push(current.trim());
  return parts;
}

function merge(into: Mask, path: string[], leaf: Mask | true): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  const existing = into.get(head);
  if (rest.length === 0) {
    if (leaf === true || existing === true) into.set(head, true);
    else if (existing) for (const [k, v] of leaf) merge(existing, [k], v);
    else into.set(head, leaf);
    return;
  }
  if (existing === true) return;
  const child: Mask = existing ?? new Map();
  into.set(head, child);
  merge(child, rest, leaf);
}

/**
 * https://developers.google.com/sheets/api/guides/field-masks: comma-separated fields, a path's
 * steps joined by '.' or '/', `a(b,c)` selecting b and c inside a, '*' everything. Throws
 * MaskError on text that is not a mask.
 */
export function parseMask(text: string): Mask {
  const mask: Mask = new Map();
  for (const part of splitTop(text)) {
    if (part === '') throw new MaskError(text);
    const open = part.indexOf('(');
    const pathText = open === -1 ? part : part.slice(0, open);
    if (open !== -1 && !part.endsWith(')')) throw new MaskError(text);
    const path = pathText.split(/[./]/).map((s) => s.trim());
    if (path.some((s) => !/^(\*|[A-Za-z_][A-Za-z0-9_]*)$/.test(s))) throw new MaskError(text);
    merge(mask, path, open === -1 ? true : parseMask(part.slice(open + 1, -1)));
  }
  return mask;
}

/** The parts of `value` the mask selects; lists are masked element by element. */
export function applyMask(value: unknown, mask: Mask): unknown {
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  if (value === null || typeof value !== 'object') return value;
  if (mask.get('*') === true) return value;
  const source = value as Json;
  const out: Json = {};
  for (const key of Object.keys(source)) {
    const sub = mask.get(key) ?? mask.get('*');
    if (sub === undefined) continue;
    out[key] = sub === true ? source[key] : applyMask(source[key], sub);
  }
  return out;
}
