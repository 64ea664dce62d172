// The pieces every sidebar form is checked with (zod), and its problems as field errors staff read.
import * as z from 'zod/mini';
import { isIsoDate } from '../../calendar/iso-date';
import type { FieldErrors } from '../../../shared/sidebar-api';

/** A note or a list of attendees; a cell holds 50,000 characters, a form field far fewer. */
export const LONGEST_TEXT = 2000;
/** A name, a reason, a term's name. */
export const LONGEST_NAME = 200;

export type Schema<T> = z.ZodMiniType<T, unknown>;

export function text(label: string, longest = LONGEST_TEXT): Schema<string> {
  return z.string({ error: `${label} should be text.` }).check(
    z.maxLength(longest, {
      error: `${label} is too long: keep it under ${longest.toLocaleString('en-GB')} characters.`,
    }),
  );
}

/** Text that must not be blank. */
export function filledText(label: string, longest = LONGEST_TEXT): Schema<string> {
  return text(label, longest).check(
    z.refine((value: string) => value.trim() !== '', { error: `Fill in ${label}.` }),
  );
}

/** A calendar day 'YYYY-MM-DD': what a date field sends (never a Date: PLATFORM.md). */
export function day(label: string): Schema<string> {
  const notADate = `${label} should be a real date.`;
  return z
    .string({ error: `${label}: choose a date.` })
    .check(
      z.maxLength(10, { error: notADate, abort: true }),
      z.refine(isIsoDate, { error: notADate }),
    );
}

const PLACEMENT_ID = /^AP-\d{4,12}$/;

/** A Placement ID as the add-on issues them (AP-0007), any case; it comes back upper case. */
export const placementId: Schema<string> = z.pipe(
  z.string({ error: 'Choose a placement.' }).check(
    z.maxLength(20, { error: 'That is not a Placement ID like AP-0007.', abort: true }),
    z.refine((value: string) => PLACEMENT_ID.test(value.trim().toUpperCase()), {
      error: 'That is not a Placement ID like AP-0007.',
    }),
  ),
  z.transform((value: string) => value.trim().toUpperCase()),
);

export function oneOf<const C extends readonly [string, ...string[]]>(
  label: string,
  choices: C,
): Schema<C[number]> {
  return z.enum(choices, {
    error: `${label} should be one of: ${choices.filter((c) => c !== '').join(', ')}.`,
  });
}

export const yesNoBlank = (label: string) => oneOf(label, ['Yes', 'No', ''] as const);

export function yesOrNo(label: string): Schema<boolean> {
  return z.boolean({ error: `${label} should be ticked or not.` });
}

/** A sheet row number below the header. */
export function rowNumber(label: string): Schema<number> {
  return z
    .int({ error: `${label} should be a row number.` })
    .check(
      z.gte(2, { error: `${label} should be a row below the header.` }),
      z.lte(10_000_000, { error: `${label} is beyond the end of any sheet.` }),
    );
}

/** The sidebar's id for one form sent (Repeatable in src/shared/sidebar-api.ts). */
export const requestId = z.optional(
  z.string({ error: 'The request id could not be read.' }).check(
    z.regex(/^[A-Za-z0-9_-]{8,64}$/, {
      error: 'The request id could not be read: reload the sidebar, then try again.',
    }),
  ),
);

export function form<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, { error: 'The form could not be read.' });
}

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly fieldErrors: FieldErrors };

/** "marks.2.code": a field inside a list is named by its position, from 0, as the form sends it. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || 'form';
}

/**
 * Each field's first problem. A field the form should not have is named as such; a form that is
 * not an object at all is "form".
 */
export function parseForm<T>(schema: Schema<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  // A Map, then own properties: a field the browser named "__proto__" is reported like any other.
  const errors = new Map<string, string>();
  const add = (name: string, message: string) => {
    if (!errors.has(name)) errors.set(name, message);
  };
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys.slice(0, 20)) {
        add(fieldName([...issue.path, key]).slice(0, 100), 'This form has no such field.');
      }
      continue;
    }
    add(
      fieldName(issue.path),
      issue.code === 'invalid_type' && issue.path.length === 0
        ? 'The form could not be read: reopen the sidebar and try again.'
        : issue.message,
    );
  }
  return { ok: false, fieldErrors: Object.fromEntries(errors) };
}
