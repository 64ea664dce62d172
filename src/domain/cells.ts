// Reads one spreadsheet cell as a value of its column's kind, or a problem in a teacher's words.
import * as z from 'zod/mini';

/** A calendar day as the add-on handles it: 'YYYY-MM-DD' in the spreadsheet's time zone. */
export type IsoDate = string;
/** A moment the add-on recorded: 'YYYY-MM-DD HH:mm:ss' in the spreadsheet's time zone. */
export type IsoTimestamp = string;
/** Risk assessment date may say this instead of a date (policy P7: "where appropriate"). */
export const NOT_REQUIRED = 'Not required';

/** Any raw cell in, a typed value out (undefined for a blank cell), or issues saying why not. */
export type CellSchema<T> = z.ZodMiniType<T, unknown>;

type Payload = z.core.ParsePayload;

// What getValues() returns for a cell whose formula failed (Sheets shows these instead of a value).
const SPREADSHEET_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/i;

function fail(ctx: Payload, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
}

/** Text for any value, even an object whose own toString is broken (the message must not throw). */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A value quoted for a message, cut short so a pasted essay cannot flood the Checks column. */
export function quoted(value: unknown): string {
  const text = asText(value);
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

/** The key two spellings of the same word share: trimmed, single-spaced, lower case, straight apostrophes. */
export function comparable(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/** First stage of every kind: blank becomes undefined; error values and unreadable things become problems. */
const filled = z.transform((value: unknown, ctx): string | number | boolean | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    if (SPREADSHEET_ERROR.test(text)) {
      return fail(
        ctx,
        `shows the spreadsheet error ${text}; correct the formula or type the value`,
      );
    }
    return text;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : fail(ctx, 'holds a number the add-on cannot read');
  }
  if (typeof value === 'boolean') return value;
  return fail(ctx, 'holds something the add-on cannot read; retype the value');
});

/**
 * A plain reader beside a cell schema: the value the schema would give, without zod's machinery,
 * or undefined when the cell needs the schema itself (a problem to explain, or a check only the
 * schema makes). Reading thousands of rows then costs little more than the reading (issue 14).
 */
export type FastReader = (value: unknown) => { readonly value: unknown } | undefined;

const fastReaders = new WeakMap<object, FastReader>();

/** The plain reader registered for `schema`, if it has one. */
export function fastReaderOf(schema: object): FastReader | undefined {
  return fastReaders.get(schema);
}

const BLANK = { value: undefined } as const;

/** What `filled` lets through, or BLANK, or undefined when `filled` would make a problem. */
function filledFast(value: unknown): string | number | boolean | typeof BLANK | undefined {
  if (value === undefined || value === null) return BLANK;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return BLANK;
    // 35 is '#': only text starting with it can be a spreadsheet error.
    return text.charCodeAt(0) === 35 && SPREADSHEET_ERROR.test(text) ? undefined : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  return undefined;
}

function kind<T>(
  read: (value: string | number | boolean, ctx: Payload) => T,
): CellSchema<T | undefined> {
  const schema = z.pipe(
    filled,
    z.transform((value: string | number | boolean | undefined, ctx) =>
      value === undefined ? undefined : read(value, ctx),
    ),
  );
  // The same `read`, given a context that only collects problems: any problem, and zod explains.
  // One context serves every call (reading is synchronous and `read` never keeps it).
  const ctx = { value: undefined as unknown, issues: [] as unknown[] };
  fastReaders.set(schema, (value) => {
    const cell = filledFast(value);
    if (cell === undefined || typeof cell === 'object') return cell;
    ctx.value = cell;
    ctx.issues.length = 0;
    const out = read(cell, ctx as unknown as Payload);
    return ctx.issues.length === 0 ? { value: out } : undefined;
  });
  return schema;
}

/** Free text. A number is fine (a URN typed into a cell becomes a number); a tick box is not. */
export const textCell = kind((value, ctx) =>
  typeof value === 'boolean'
    ? fail(ctx, `holds a tick box (${value ? 'ticked' : 'unticked'}), not text`)
    : String(value),
);

export const emailCell = z.pipe(
  textCell,
  z.optional(z.email({ error: (issue) => `${quoted(issue.input)} is not an email address` })),
);
// A blank email cell is read plainly; an address is checked by zod's own email rule.
fastReaders.set(emailCell, (value) => (filledFast(value) === BLANK ? BLANK : undefined));

/** UK numbers: 10–13 digits after removing spaces and brackets; a lost leading 0 is put back. */
export const phoneCell = kind((value, ctx) => {
  if (typeof value === 'number' && Number.isInteger(value) && String(value).length === 10) {
    return `0${value}`;
  }
  const text = String(value);
  const digits = text.replace(/[\s().-]/g, '');
  return /^\+?\d{10,13}$/.test(digits) ? text : fail(ctx, `${quoted(text)} is not a phone number`);
});

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Staff in England type day first; a typed 04/09/2025 is 4 September, never April.
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Days in each month of a common year; February gains a day in a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function calendarDate(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days already read: a sheet holds thousands of cells but few distinct days. */
const readDays = new Map<string, IsoDate | null>();
const READ_DAYS_KEPT = 4096;

/** Reads 'YYYY-MM-DD' (what the table adapter makes of a date cell) or a typed 'dd/mm/yyyy'. */
export function readDateText(text: string): IsoDate | undefined {
  const known = readDays.get(text);
  if (known !== undefined) return known ?? undefined;
  const day = readDayText(text);
  if (readDays.size >= READ_DAYS_KEPT) readDays.clear();
  readDays.set(text, day ?? null);
  return day;
}

function readDayText(text: string): IsoDate | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = UK_DATE.exec(text);
  if (uk) return calendarDate(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  return undefined;
}

function readDate(value: string | number | boolean, ctx: Payload): IsoDate {
  if (typeof value === 'number') {
    return fail(ctx, `holds the number ${value}, not a date; retype it as dd/mm/yyyy`);
  }
  const date = typeof value === 'string' ? readDateText(value) : undefined;
  return date ?? fail(ctx, `${quoted(value)} is not a date; type it as dd/mm/yyyy`);
}

export const dateCell = kind(readDate);

export const dateOrNotRequiredCell = kind((value, ctx) => {
  if (typeof value === 'string' && comparable(value) === comparable(NOT_REQUIRED)) {
    return NOT_REQUIRED;
  }
  const date = typeof value === 'string' ? readDateText(value) : undefined;
  return date ?? fail(ctx, `${quoted(value)} is not a date or '${NOT_REQUIRED}'`);
});

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export const timestampCell = kind((value, ctx): IsoTimestamp => {
  const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
  if (!match || !readDateText(match[1] ?? '')) {
    return fail(ctx, `${quoted(value)} is not a date and time`);
  }
  return `${match[1]} ${match[2] ?? '00'}:${match[3] ?? '00'}:${match[4] ?? '00'}`;
});

/** A choice from a dropdown, whatever its case or spacing; the canonical spelling comes back. */
export function choiceCell<const C extends string>(
  choices: readonly C[],
): CellSchema<C | undefined> {
  const byKey = new Map(choices.map((choice) => [comparable(choice), choice]));
  // Cells as typed, to the choice they mean: a column holds thousands of cells but few spellings.
  const bySpelling = new Map<string, C | null>();
  const choiceOf = (text: string): C | undefined => {
    const known = bySpelling.get(text);
    if (known !== undefined) return known ?? undefined;
    const choice = byKey.get(comparable(text));
    if (bySpelling.size < 1024) bySpelling.set(text, choice ?? null);
    return choice;
  };
  return kind((value, ctx) => {
    const choice = typeof value === 'boolean' ? undefined : choiceOf(String(value));
    return choice ?? fail(ctx, `${quoted(value)} is not one of: ${choices.join(', ')}`);
  });
}

export const YES_NO = ['Yes', 'No'] as const;

/** Yes/No columns: a dropdown, but a tick box or a typed 'y' or 'YES' reads the same. */
export const yesNoCell = kind((value, ctx) => {
  if (typeof value === 'boolean') return value;
  const key = comparable(String(value));
  if (key === 'yes' || key === 'y' || key === 'true') return true;
  if (key === 'no' || key === 'n' || key === 'false') return false;
  return fail(ctx, `${quoted(value)} should be Yes or No`);
});

export interface NumberRules {
  readonly min?: number;
  readonly max?: number;
  readonly wholeNumber?: boolean;
  /** Year group: 'Year 9', 'Yr 9' and 'Y9' all mean 9. */
  readonly yearPrefix?: boolean;
}

export function numberCell(rules: NumberRules = {}): CellSchema<number | undefined> {
  const { min = -Infinity, max = Infinity } = rules;
  return kind((value, ctx) => {
    let number: number | undefined;
    if (typeof value === 'number') number = value;
    if (typeof value === 'string') {
      const unprefixed = rules.yearPrefix ? value.replace(/^(year|yr|y)\s*/i, '') : value;
      const plain = unprefixed.replace(/[£,\s]/g, '');
      if (/^-?\d+(\.\d+)?$/.test(plain)) number = Number(plain);
    }
    if (number === undefined) return fail(ctx, `${quoted(value)} is not a number`);
    if (rules.wholeNumber && !Number.isInteger(number)) {
      return fail(ctx, `${number} should be a whole number`);
    }
    if (number < min || number > max) {
      return fail(ctx, `${number} should be between ${min} and ${max}`);
    }
    return number;
  });
}

/** Placement IDs are the add-on's (AP-0001…); typed in lower case they still match. */
export const placementIdCell = kind((value, ctx) => {
  const id = String(value).toUpperCase();
  return /^AP-\d{4,}$/.test(id)
    ? id
    : fail(ctx, `${quoted(value)} is not a Placement ID like AP-0001`);
});

/** A blank cell reads as the default (Settings defaults, Review every 6 weeks). */
export function withDefault<T>(schema: CellSchema<T | undefined>, fallback: T): CellSchema<T> {
  const withFallback = z.pipe(
    schema,
    z.transform((value: T | undefined) => value ?? fallback),
  );
  const base = fastReaders.get(schema);
  if (base) {
    fastReaders.set(withFallback, (value) => {
      const read = base(value);
      return read && { value: read.value ?? fallback };
    });
  }
  return withFallback;
}
