// What google.script.run can carry: numbers, booleans, strings, null, plain objects and arrays of them.
// https://developers.google.com/apps-script/guides/html/reference/run#parameters
import { AppsScriptError } from '../core/emulated';

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === null || Object.prototype.toString.call(v) === '[object Object]';
};

function hasDate(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Object.prototype.toString.call(v) === '[object Date]') return true;
  return Object.values(v).some(hasDate);
}

/** A client argument that is not legal data fails the call, as on Google ("Failed due to illegal value"). */
export function assertClientArgument(value: unknown, where: string): void {
  const walk = (v: unknown, path: string): void => {
    if (v === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof v)) return;
    if (typeof v !== 'object' || (!Array.isArray(v) && !isPlainObject(v))) {
      throw new AppsScriptError(`Failed due to illegal value in property: ${path}`);
    }
    for (const [k, child] of Object.entries(v)) walk(child, `${path}.${k}`);
  };
  walk(value, where);
}

/**
 * The value the sidebar's success handler receives. A Date anywhere makes the whole result arrive
 * as null ([reported]: PLATFORM.md "A Date anywhere fails or arrives as null"); undefined
 * properties are dropped, as by the JSON-like transport.
 */
export function toClientValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (hasDate(value)) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}
