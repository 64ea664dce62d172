// A data-validation rule as plain data (what a cell stores), and whether a value satisfies it.
import { serialOf } from '../core/zone';
import type { Rect } from './a1';
import { isDate, type CellValue } from './cell';

export const CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;
export type CriteriaName = (typeof CRITERIA)[number];

/** VALUE_IN_RANGE points at cells by sheet id, so renaming the sheet keeps the rule. */
export interface RangeRef {
  readonly $range: { readonly sheetId: number } & Rect;
}

export type RuleArg = string | number | boolean | Date | string[] | RangeRef;

export interface ValidationRule {
  readonly criteria: CriteriaName;
  readonly args: readonly RuleArg[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export function isRangeRef(a: unknown): a is RangeRef {
  return typeof a === 'object' && a !== null && '$range' in a;
}

export function copyArg(a: RuleArg): RuleArg {
  if (isDate(a)) return new Date(a.getTime());
  if (Array.isArray(a)) return [...a];
  return a;
}

/** Date criteria compare calendar days in the spreadsheet's zone [open: assumed, not documented]. */
function day(v: unknown, tz: string): number | undefined {
  return isDate(v) ? Math.floor(serialOf(v.getTime(), tz)) : undefined;
}

/**
 * Whether `value` passes `rule`. `lookup` reads a VALUE_IN_RANGE source; `tz` is the spreadsheet's
 * zone, in which date criteria compare days. CUSTOM_FORMULA is not evaluated: it passes.
 */
export function satisfies(
  rule: ValidationRule,
  value: CellValue | undefined,
  tz: string,
  lookup: (ref: RangeRef) => CellValue[],
): boolean {
  if (value === undefined || value === '') return true; // clearing a cell is always allowed
  const [a, b] = rule.args;
  const t = day(value, tz);
  const argTime = (x: RuleArg | undefined): number => day(x, tz) ?? NaN;
  const n = typeof value === 'number' ? value : undefined;
  const s = String(value);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(a) && a.some((item) => item === s);
    case 'VALUE_IN_RANGE':
      return isRangeRef(a) && lookup(a).some((item) => String(item) === s && item !== '');
    case 'CHECKBOX':
      if (a === undefined) return typeof value === 'boolean';
      return value === a || value === b;
    case 'DATE_IS_VALID_DATE':
      return t !== undefined;
    case 'DATE_AFTER':
      return t !== undefined && t > argTime(a);
    case 'DATE_BEFORE':
      return t !== undefined && t < argTime(a);
    case 'DATE_ON_OR_AFTER':
      return t !== undefined && t >= argTime(a);
    case 'DATE_ON_OR_BEFORE':
      return t !== undefined && t <= argTime(a);
    case 'DATE_EQUAL_TO':
      return t !== undefined && t === argTime(a);
    case 'DATE_BETWEEN':
      return t !== undefined && t >= argTime(a) && t <= argTime(b);
    case 'DATE_NOT_BETWEEN':
      return t !== undefined && (t < argTime(a) || t > argTime(b));
    case 'NUMBER_BETWEEN':
      return n !== undefined && n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return n !== undefined && (n < Number(a) || n > Number(b));
    case 'NUMBER_EQUAL_TO':
      return n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== undefined && n !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return n !== undefined && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== undefined && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== undefined && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== undefined && n <= Number(a);
    case 'TEXT_CONTAINS':
      return s.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !s.includes(String(a));
    case 'TEXT_EQUAL_TO':
      return s === String(a);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);
    case 'TEXT_IS_VALID_URL':
      return /^(https?:\/\/)?[^\s.]+\.[^\s]+$/.test(s);
    case 'CUSTOM_FORMULA':
      return true;
  }
}
