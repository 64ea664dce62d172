// Drive v3 appProperties: the app's private key-value pairs on a file, merged by create, copy and update.
import { GoogleJsonResponseException } from './errors';

export type AppProperties = Record<string, string>;

/**
 * https://developers.google.com/drive/api/reference/rest/v3/files#File.FIELDS.app_properties:
 * "A collection of arbitrary key-value pairs which are private to the requesting app. Entries
 * with null values are cleared in update and copy requests."
 * https://developers.google.com/drive/api/guides/properties (limits): at most 30 private
 * properties per app on a file, and at most 124 bytes for one property's key plus value in UTF-8.
 */
export const MAX_APP_PROPERTIES = 30;
export const MAX_PROPERTY_BYTES = 124;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * `current` with `patch` applied: a string sets its key, null (or undefined) removes it. Values
 * that are not strings are sent as the JSON API would send them, as strings [open: Apps Script's
 * conversion of numbers]. Returns undefined when no property is left. Throws Google's 400 for a
 * map that is not an object or past the documented limits (the wording is [open]).
 */
export function mergeAppProperties(
  call: string,
  current: Readonly<AppProperties> | undefined,
  patch: unknown,
): AppProperties | undefined {
  if (patch === undefined) return current && { ...current };
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw new GoogleJsonResponseException(call, 'Invalid Value', 400);
  }
  const out: AppProperties = { ...current };
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null || value === undefined) {
      delete out[key];
      continue;
    }
    const text = typeof value === 'string' ? value : String(value);
    if (key === '' || bytes(key) + bytes(text) > MAX_PROPERTY_BYTES) {
      throw new GoogleJsonResponseException(
        call,
        `The property '${key}' is too large: a property's key and value may take at most ${MAX_PROPERTY_BYTES} bytes.`,
        400,
      );
    }
    out[key] = text;
  }
  if (Object.keys(out).length > MAX_APP_PROPERTIES) {
    throw new GoogleJsonResponseException(
      call,
      `A file may have at most ${MAX_APP_PROPERTIES} private properties per app.`,
      400,
    );
  }
  return Object.keys(out).length ? out : undefined;
}
