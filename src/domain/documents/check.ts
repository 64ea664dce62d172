// Before generating: unknown placeholders, unbalanced conditions and empty required values (§6).
import { conditionalStructure, elementsToDelete, markerText, readMarker } from './conditions';
import { valueOf, type MergeValues } from './merge-values';
import type { TemplateKind, TemplateScope } from './model';
import {
  findPlaceholders,
  isMarker,
  resolveName,
  strayBraces,
  type FieldSource,
  type Resolution,
} from './placeholders';

export interface TemplateProblem {
  /** placeholder: unknown or broken; condition: a marker; required: an empty value for this row. */
  readonly kind: 'placeholder' | 'condition' | 'required';
  readonly message: string;
  /** The column to fill in, for a required value. */
  readonly column?: string;
}

export interface PlaceholderUse {
  /** As typed, tidied: "Pupil's own assessment". */
  readonly name: string;
  /** Where the value comes from; undefined when the name is unknown. */
  readonly source?: FieldSource;
  readonly header?: string;
  readonly uses: number;
}

export interface ConditionUse {
  readonly marker: string;
  readonly name: string;
  readonly source?: FieldSource;
}

export interface UnknownName {
  readonly name: string;
  readonly resolution: Resolution;
  /** The marker it was found in, for a condition's name: "{{#if Looked afterr}}". */
  readonly marker?: string;
}

/** What a template holds, for the "Check templates" report. */
export interface TemplateDescription {
  readonly placeholders: readonly PlaceholderUse[];
  readonly conditions: readonly ConditionUse[];
  /** Placeholder and condition names that are not columns or computed fields, with what is wrong. */
  readonly unknown: readonly UnknownName[];
  /** Unbalanced, unknown or misplaced markers and braces that do not pair up. */
  readonly structure: readonly string[];
}

function elementsOf(text: string | readonly string[]): readonly string[] {
  return typeof text === 'string' ? text.split(/\r?\n/) : text;
}

/** A template's placeholders, conditions and what is wrong with them; text is split on new lines. */
export function describeTemplate(
  text: string | readonly string[],
  scope: TemplateScope = 'placement',
): TemplateDescription {
  const elements = elementsOf(text);
  const placeholders = new Map<string, PlaceholderUse>();
  const conditions: ConditionUse[] = [];
  const unknown = new Map<string, UnknownName>();
  const note = (name: string, resolution: Resolution, marker?: string) => {
    if ('field' in resolution) return resolution.field;
    const key = marker ?? name;
    if (!unknown.has(key))
      unknown.set(key, marker ? { name, resolution, marker } : { name, resolution });
    return undefined;
  };
  for (const placeholder of elements.flatMap((element) => findPlaceholders(element))) {
    if (isMarker(placeholder)) {
      const marker = readMarker(placeholder.name);
      if ('problem' in marker || marker.kind === 'close') continue;
      const { name } = marker.condition;
      const shown = markerText(marker.word, marker.condition);
      const field = note(name, resolveName(name, scope), shown);
      conditions.push(
        field ? { marker: shown, name, source: field.source } : { marker: shown, name },
      );
      continue;
    }
    const known = placeholders.get(placeholder.name);
    if (known) {
      placeholders.set(placeholder.name, { ...known, uses: known.uses + 1 });
      continue;
    }
    const field = note(placeholder.name, resolveName(placeholder.name, scope));
    placeholders.set(
      placeholder.name,
      field
        ? { name: placeholder.name, source: field.source, header: field.header, uses: 1 }
        : { name: placeholder.name, uses: 1 },
    );
  }
  const braces = elements
    .flatMap(strayBraces)
    .map(
      (excerpt) =>
        `'${excerpt}' has braces that do not pair up — write a placeholder as {{Column header}}`,
    );
  return {
    placeholders: [...placeholders.values()],
    conditions,
    unknown: [...unknown.values()],
    structure: [...conditionalStructure(elements).problems, ...braces],
  };
}

const SHEETS_OF: Readonly<Record<TemplateScope, string>> = {
  placement: 'Placements, Providers or Settings',
  provider: 'Providers or Settings',
};

function unknownMessage(kind: TemplateKind, { name, resolution, marker }: UnknownName): string {
  if ('field' in resolution) return '';
  const what = marker ? `${marker} looks at ${name}, which` : `{{${name}}}`;
  if (resolution.unknown === 'elsewhere') {
    return `${kind.name}: ${what} belongs to a placement, but this document is written per provider — remove it`;
  }
  const hint = resolution.suggestion ? ` (did you mean ${resolution.suggestion}?)` : '';
  return `${kind.name}: ${what} is not a column of ${SHEETS_OF[kind.scope]} — check the spelling${hint}`;
}

/** What is wrong with the template itself, whatever the row: (a) unknown names, (c) conditions. */
export function templateProblems(
  kind: TemplateKind,
  text: string | readonly string[],
): TemplateProblem[] {
  const description = describeTemplate(text, kind.scope);
  return [
    ...description.unknown.map((unknown) => ({
      kind: 'placeholder' as const,
      message: unknownMessage(kind, unknown),
    })),
    ...description.structure.map((problem) => ({
      kind: 'condition' as const,
      message: `${kind.name}: ${problem}`,
    })),
  ];
}

/** The row a document is generated for, to name it in messages and in the file name. */
export type DocumentSubject =
  | {
      readonly scope: 'placement';
      readonly placementId: string | undefined;
      readonly rowNumber: number;
    }
  | {
      readonly scope: 'provider';
      readonly provider: string | undefined;
      readonly rowNumber: number;
    };

/** "AP-0007 (Placements row 12)", "Riverside Skills Centre (Providers row 3)". */
export function subjectLabel(subject: DocumentSubject): string {
  const name = subject.scope === 'placement' ? subject.placementId : subject.provider;
  const sheet = subject.scope === 'placement' ? 'Placements' : 'Providers';
  return name ? `${name} (${sheet} row ${subject.rowNumber})` : `${sheet} row ${subject.rowNumber}`;
}

function whereToFill(source: FieldSource, header: string, values: MergeValues): string {
  if (source === 'Placements' && header === 'Placement ID') {
    return 'Placement ID is blank — run Validate all, which gives every placement row its ID';
  }
  if (source === 'Settings') return `${header} is blank on Settings — fill it in`;
  if (source === 'Computed') {
    return `${header} could not be worked out — check Start date, Planned end date, Sessions and Term dates`;
  }
  if (source === 'Providers' && values.scope === 'placement') {
    const provider = valueOf(values, 'Providers: Provider');
    return provider
      ? `${header} is blank on Providers for ${provider} — fill it in`
      : `${header} is not known: the placement's Provider is not on the Providers sheet — add it there`;
  }
  return `${header} is blank — fill it in on ${source}`;
}

/**
 * (b) The required values that are empty for this row, counting only placeholders left in the
 * document once its blocks are worked out (a looked-after section's social worker is required only
 * for a looked-after pupil). The file name needs the Placement ID or the provider's name, so they
 * are always required. Call after templateProblems finds nothing.
 */
export function requiredValueProblems(
  kind: TemplateKind,
  text: string | readonly string[],
  values: MergeValues,
  subject: DocumentSubject,
): TemplateProblem[] {
  const elements = elementsOf(text);
  const deleted = new Set(
    elementsToDelete(elements, values).flatMap(({ first, last }) =>
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
    ),
  );
  const used = new Set<string>();
  elements.forEach((element, position) => {
    if (deleted.has(position)) return;
    for (const placeholder of findPlaceholders(element)) {
      const resolved = resolveName(placeholder.name, kind.scope);
      if ('field' in resolved) used.add(resolved.field.key);
    }
  });
  const naming = kind.scope === 'placement' ? 'Placements: Placement ID' : 'Providers: Provider';
  const problems: TemplateProblem[] = [];
  for (const name of [naming, ...kind.required]) {
    const resolved = resolveName(name, kind.scope);
    if (!('field' in resolved)) continue;
    const { field } = resolved;
    if (name !== naming && !used.has(field.key)) continue;
    if ((values.byField.get(field.key) ?? '') !== '') continue;
    if (problems.some((p) => p.column === field.header)) continue;
    problems.push({
      kind: 'required',
      column: field.header,
      message: `${kind.name} for ${subjectLabel(subject)}: ${whereToFill(field.source, field.header, values)}, then generate again`,
    });
  }
  return problems;
}

/**
 * One template's lines in the "Check templates" report: what it uses, then anything to fix.
 * "Parent/carer agreement: OK — 31 placeholders, 14 conditions" and one line per problem.
 */
export function templateReport(kind: TemplateKind, text: string | readonly string[]): string[] {
  const description = describeTemplate(text, kind.scope);
  const problems = templateProblems(kind, text);
  const names = description.placeholders.map((p) => `{{${p.name}}}`).join(', ');
  const conditions = [...new Set(description.conditions.map((c) => c.marker))].join(', ');
  const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = `${counted(description.placeholders.length, 'placeholder')} (${names || 'none'}); ${counted(description.conditions.length, 'condition')} (${conditions || 'none'})`;
  return [
    `${kind.name}: ${problems.length === 0 ? 'OK' : `${problems.length} to fix`} — ${counts}`,
    ...problems.map((p) => p.message),
  ];
}
