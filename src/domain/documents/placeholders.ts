// Finds the {{placeholders}} in a template's text and says which column or computed field each names.
import { comparable } from '../cells';
import { Placements } from '../sheets/placements';
import { Providers } from '../sheets/providers';
import { SETTINGS } from '../sheets/settings';
import type { TemplateScope } from './model';

export type FieldSource = 'Placements' | 'Providers' | 'Settings' | 'Computed';

/** A value a document can show: a column of a sheet, a setting, or a field the add-on works out. */
export interface Field {
  readonly source: FieldSource;
  /** Spelt as DOMAIN.md §4 spells it: "Pupil's own assessment". */
  readonly header: string;
  /** One key per field, so Providers' DSL name and Settings' DSL name stay apart. */
  readonly key: string;
}

/** Fields no sheet holds; the add-on works them out when it fills a document (DOMAIN.md §6). */
export const COMPUTED = {
  today: 'Today',
  reviewDates: 'Review dates',
  sessionTimetable: 'Session timetable',
  /** The 2010 off-site direction regulations ask the notice to state the number of days. */
  numberOfDays: 'Number of days',
  checklist: 'Checklist',
} as const;

export const fieldKey = (source: FieldSource, header: string) => `${source}:${comparable(header)}`;

function fieldsOf(source: FieldSource, headers: readonly string[]): Map<string, Field> {
  return new Map(
    headers.map((header) => [
      comparable(header),
      { source, header, key: fieldKey(source, header) },
    ]),
  );
}

const FIELDS: ReadonlyMap<FieldSource, ReadonlyMap<string, Field>> = new Map([
  ['Placements', fieldsOf('Placements', Placements.headers)],
  ['Providers', fieldsOf('Providers', Providers.headers)],
  [
    'Settings',
    fieldsOf(
      'Settings',
      Object.values(SETTINGS).map((s) => s.header),
    ),
  ],
  ['Computed', fieldsOf('Computed', Object.values(COMPUTED))],
]);

/**
 * Where a bare name is looked up, first match wins: the row's own columns before Settings, so in a
 * letter to a provider {{DSL name}} is the provider's DSL. The school's is {{Settings: DSL name}};
 * the placement's own risk assessment is {{Placements: Risk assessment date}}, the provider's
 * {{Providers: Risk assessment date}}.
 */
const LOOKUP_ORDER: Readonly<Record<TemplateScope, readonly FieldSource[]>> = {
  placement: ['Placements', 'Providers', 'Settings', 'Computed'],
  provider: ['Providers', 'Settings', 'Computed'],
};

/** One {{…}} as typed in the template. */
export interface Placeholder {
  /** Exactly as typed, braces and stray spaces included: what a literal replace-all must find. */
  readonly raw: string;
  /** What is inside the braces, trimmed and single-spaced, curly apostrophes straightened. */
  readonly name: string;
  readonly index: number;
}

// Braces around anything without braces or a line break: `{{{{A}}` holds one placeholder, {{A}}. A
// placeholder split over two paragraphs is not one: Docs' replace-all never finds text across them.
const PLACEHOLDER = /\{\{([^{}\r\n]*)\}\}/g;

/** The name inside braces as staff mean it: stray spaces and curly apostrophes do not count. */
export function placeholderName(inside: string): string {
  return inside
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'");
}

/** Every {{…}} in the text, condition markers ({{#if …}}, {{/if}}) included, in order. */
export function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({
    raw: match[0],
    name: placeholderName(match[1] ?? ''),
    index: match.index ?? 0,
  }));
}

/** {{#if …}}, {{/unless}} and the like: structure, not a value. */
export function isMarker(placeholder: Placeholder): boolean {
  return /^[#/]/.test(placeholder.name);
}

/** The placeholders that stand for values, markers left out. */
export function valuePlaceholders(text: string): Placeholder[] {
  return findPlaceholders(text).filter((p) => !isMarker(p));
}

/** Braces left over once the placeholders are taken out: `{{Pupil name}` or `{Pupil name}}`. */
export function strayBraces(text: string): string[] {
  const rest = text.replace(PLACEHOLDER, ' ');
  return [...rest.matchAll(/\{\{[^{}\r\n]{0,30}|[^{}\r\n]{0,30}\}\}/g)].map((match) =>
    match[0].replace(/\s+/g, ' ').trim(),
  );
}

export type Resolution =
  | { readonly field: Field }
  /** `elsewhere`: the name is a Placements column or placement field, in a per-provider template. */
  | { readonly unknown: 'misspelt' | 'elsewhere'; readonly suggestion?: string };

const SHEET_PREFIX = /^(placements|providers|settings)\s*:\s*(.+)$/i;

/** Today's date is the only computed field a per-provider document has. */
function availableIn(field: Field, scope: TemplateScope): boolean {
  return !(scope === 'provider' && field.source === 'Computed' && field.header !== COMPUTED.today);
}

function findField(name: string, scope: TemplateScope): Field | undefined {
  const prefixed = SHEET_PREFIX.exec(name);
  const key = comparable(prefixed ? (prefixed[2] ?? '') : name);
  const sheet = prefixed?.[1]?.toLowerCase();
  for (const source of LOOKUP_ORDER[scope]) {
    if (sheet !== undefined && source.toLowerCase() !== sheet) continue;
    const field = FIELDS.get(source)?.get(key);
    if (field && availableIn(field, scope)) return field;
  }
  return undefined;
}

/** Which field a placeholder's name stands for in a template of this scope. */
export function resolveName(name: string, scope: TemplateScope): Resolution {
  const field = findField(name, scope);
  if (field) return { field };
  if (scope === 'provider' && findField(name, 'placement')) return { unknown: 'elsewhere' };
  const suggestion = closestName(comparable(name), scope);
  return suggestion ? { unknown: 'misspelt', suggestion } : { unknown: 'misspelt' };
}

/** Every name a template of this scope may use, in the order staff would look for them. */
export function knownNames(scope: TemplateScope): string[] {
  const names = new Set<string>();
  for (const source of LOOKUP_ORDER[scope]) {
    for (const field of FIELDS.get(source)?.values() ?? []) {
      if (availableIn(field, scope)) names.add(field.header);
    }
  }
  return [...names];
}

/** A near spelling (one or two letters out) of a known name, to suggest in the message. */
function closestName(key: string, scope: TemplateScope): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of knownNames(scope)) {
    const distance = editDistance(key, comparable(name), 2);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance, giving up (returning limit + 1) once every path is beyond the limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
