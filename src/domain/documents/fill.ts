// Literal replacement of placeholders: values come out exactly as typed, never read as patterns.
import { valueOf, type MergeValues } from './merge-values';
import { valuePlaceholders } from './placeholders';

/** One literal replace-all: every `find` in the document becomes `replace`, character for character. */
export interface Replacement {
  readonly find: string;
  readonly replace: string;
}

/**
 * What an empty optional value shows. A dash, not nothing: a gap in a signed agreement reads as
 * something forgotten and can be written into after signing (like the blank on a cheque), while a
 * dash says plainly that the school had nothing to record. Sentences in the default templates put
 * optional values in tables or conditional blocks, so "—" never lands mid-sentence.
 */
export const EMPTY_VALUE = '—';

/** The value as the document shows it. */
export function shownValue(value: string): string {
  return value === '' ? EMPTY_VALUE : value;
}

/**
 * One replacement per placeholder as typed in the text (so `{{ Pupil’s own assessment }}` is found
 * as typed), for every name the values know. Unknown names are left alone: the template check has
 * refused them before anything is filled.
 */
export function placeholderReplacements(text: string, values: MergeValues): Replacement[] {
  const byRaw = new Map<string, string>();
  for (const placeholder of valuePlaceholders(text)) {
    if (byRaw.has(placeholder.raw)) continue;
    const value = valueOf(values, placeholder.name);
    if (value !== undefined) byRaw.set(placeholder.raw, shownValue(value));
  }
  return [...byRaw].map(([find, replace]) => ({ find, replace }));
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The reference filling: one pass from left to right, each found text replaced by its value. A
 * replacement function (not a replacement string) keeps `$&`, `$1` and `\` as typed, and text
 * already put in is never searched again, so a value holding `{{Pupil name}}` stays as it is.
 */
export function fillText(text: string, replacements: readonly Replacement[]): string {
  const byFind = new Map<string, string>();
  for (const { find, replace } of replacements) {
    if (find !== '' && !byFind.has(find)) byFind.set(find, replace);
  }
  if (byFind.size === 0) return text;
  // Longest first, so that of two finds starting at the same place the whole one wins.
  const finds = [...byFind.keys()].sort((a, b) => b.length - a.length).map(escapeForPattern);
  return text.replace(new RegExp(finds.join('|'), 'g'), (found) => byFind.get(found) ?? found);
}

// Private-use characters (Unicode's block for an application's own marks): no one types them.
/**
 * Token marks come from Unicode's Control Pictures block (␀ ␁ …): printable, so Docs keeps them.
 * Not the Private Use Area, which the Docs API strips from inserted text (insertText reference:
 * "Unicode characters from the Basic Multilingual Plane Private Use Area ... will be stripped out").
 */
const MARKS_FIRST = 0x2400;
const MARKS_LAST = 0x243f;

/** Two mark characters that appear nowhere in the given texts. */
function unusedMarks(texts: readonly string[]): [string, string] {
  const found: string[] = [];
  for (let code = MARKS_FIRST; code <= MARKS_LAST && found.length < 2; code += 1) {
    const mark = String.fromCharCode(code);
    if (!texts.some((text) => text.includes(mark))) found.push(mark);
  }
  const [open, close] = found;
  if (open === undefined || close === undefined) {
    throw new Error('every mark character (␀…) is already in the document or its values');
  }
  return [open, close];
}

/**
 * The same filling as a list of literal replace-alls to run one after another in a single batch
 * (Docs replaceAllText, matchCase true). Run straight, a value holding `{{Reason}}` would be
 * replaced again by a later step; so each placeholder first becomes a token of characters no value
 * or template holds, then each token becomes its value. The result equals fillText on the text.
 */
export function sequentialReplacements(
  replacements: readonly Replacement[],
  documentText: string,
): Replacement[] {
  const [open, close] = unusedMarks([documentText, ...replacements.map((r) => r.replace)]);
  const tokens = replacements.map((_, index) => `${open}${index}${close}`);
  return [
    ...replacements.map(({ find }, index) => ({ find, replace: tokens[index] ?? '' })),
    ...replacements.map(({ replace }, index) => ({ find: tokens[index] ?? '', replace })),
  ];
}
