// Everything a generation needs, worked out before any file exists: problems, or name, deletions, replacements.
import type { IsoDate } from '../cells';
import {
  requiredValueProblems,
  templateProblems,
  type DocumentSubject,
  type TemplateProblem,
} from './check';
import { elementsToDelete } from './conditions';
import { placeholderReplacements, sequentialReplacements, type Replacement } from './fill';
import type { MergeValues } from './merge-values';
import type { TemplateKind } from './model';
import { documentName } from './naming';

/**
 * One element of the template's body as the Docs adapter reads it: a paragraph, or a whole table
 * (its text, cells and rows in any separator with a line break between rows), with its Docs indexes.
 */
export interface BodyElement {
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
}

/** A Docs deleteContentRange range in the body. */
export interface DeleteRange {
  readonly startIndex: number;
  readonly endIndex: number;
}

/**
 * The ranges to delete for the blocks left out, last first, so each deletion leaves the indexes of
 * the ones still to do unchanged. Docs refuses to delete the body's final line break, so a range
 * that reaches the last element stops one short of its end (an empty paragraph stays).
 */
export function deleteRanges(elements: readonly BodyElement[], values: MergeValues): DeleteRange[] {
  const lastPosition = elements.length - 1;
  return elementsToDelete(
    elements.map((e) => e.text),
    values,
  )
    .map(({ first, last }) => {
      const startIndex = elements[first]?.startIndex ?? 0;
      const endIndex = elements[last]?.endIndex ?? startIndex;
      return { startIndex, endIndex: last === lastPosition ? endIndex - 1 : endIndex };
    })
    .filter((range) => range.endIndex > range.startIndex)
    .reverse();
}

export type DocumentPlan =
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] }
  | {
      readonly ok: true;
      /** The new file's name (naming.ts). */
      readonly name: string;
      /** Run first, in this order. */
      readonly deletions: readonly DeleteRange[];
      /** Then these, in this order, each a literal replaceAllText with matchCase true. */
      readonly replacements: readonly Replacement[];
    };

/**
 * The plan for one document from its template's body: refused with every problem when the template
 * or the row is not ready (DOMAIN.md §6: nothing half-filled is saved), else the file name and one
 * batch of requests (deletions, then replacements) that fills the copy whatever the values hold.
 */
export function planDocument(
  kind: TemplateKind,
  elements: readonly BodyElement[],
  values: MergeValues,
  subject: DocumentSubject,
  today: IsoDate,
): DocumentPlan {
  const texts = elements.map((e) => e.text);
  const broken = templateProblems(kind, texts);
  if (broken.length > 0) return { ok: false, problems: broken };
  const missing = requiredValueProblems(kind, texts, values, subject);
  if (missing.length > 0) return { ok: false, problems: missing };
  const text = texts.join('\n');
  return {
    ok: true,
    name: documentName(kind, subject, today),
    deletions: deleteRanges(elements, values),
    replacements: sequentialReplacements(placeholderReplacements(text, values), text),
  };
}
