// One cell's stored content and formatting, and the value conversions every writer shares.
import type { ValidationRule } from './validation-rule';

export type CellValue = string | number | boolean | Date;

/** Google's default for a cell nobody formatted, as getNumberFormat() reports it [reported]. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const DEFAULT_BACKGROUND = '#ffffff';
export const PLAIN_TEXT = '@';

export interface Cell {
  /** The value, or a formula's cached result; absent when empty. */
  value?: CellValue;
  formula?: string;
  note?: string;
  background?: string;
  fontWeight?: 'bold';
  fontColor?: string;
  numberFormat?: string;
  validation?: ValidationRule;
  wrap?: boolean;
  horizontalAlignment?: string;
}

/** Works across realms: a Date made in the script's vm context fails `instanceof Date`. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function copyValue(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}

/** getValues() shape: '' for empty. */
export function readValue(cell: Cell | undefined): CellValue {
  return cell?.value === undefined ? '' : copyValue(cell.value);
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

export function isEmptyCell(cell: Cell): boolean {
  return Object.values(cell).every((v) => v === undefined);
}

export function copyCell(cell: Cell): Cell {
  const out: Cell = { ...cell };
  if (cell.value !== undefined) out.value = copyValue(cell.value);
  return out;
}

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  grey: '#808080',
  gray: '#808080',
  purple: '#800080',
  pink: '#ffc0cb',
  cyan: '#00ffff',
  magenta: '#ff00ff',
};

/** Colours come back as lowercase #rrggbb (named CSS colours and #rgb are expanded). */
export function normaliseColor(color: string): string {
  const c = color.trim().toLowerCase();
  const named = NAMED[c];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}
