// A template filled as plain text, without Docs: for tests, the local preview and the emulator's checks.
import { elementsToDelete } from './conditions';
import { fillText, placeholderReplacements } from './fill';
import type { MergeValues } from './merge-values';
import { templateElements, type TemplateBlock } from './model';

/**
 * The body elements that stay once the blocks are worked out, filled, one per line (a table's rows
 * on lines of their own, cells separated by " | "). The same steps as a generated Doc: delete the
 * left-out blocks and the markers, then replace every placeholder literally. Throws on unbalanced
 * markers (check the template first).
 */
export function renderText(
  template: readonly TemplateBlock[] | readonly string[],
  values: MergeValues,
): string {
  const elements: readonly string[] =
    template.length > 0 && typeof template[0] === 'string'
      ? (template as readonly string[])
      : templateElements(template as readonly TemplateBlock[]);
  const deleted = new Set<number>();
  for (const { first, last } of elementsToDelete(elements, values)) {
    for (let position = first; position <= last; position += 1) deleted.add(position);
  }
  const kept = elements.filter((_, position) => !deleted.has(position)).join('\n');
  return fillText(kept, placeholderReplacements(kept, values));
}
