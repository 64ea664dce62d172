// Short ways to write the default templates' blocks, so each template reads like the document.
import type { TemplateBlock } from '../model';

export const title = (text: string): TemplateBlock => ({ kind: 'title', text });
export const heading = (text: string): TemplateBlock => ({ kind: 'heading1', text });
export const subheading = (text: string): TemplateBlock => ({ kind: 'heading2', text });
export const paragraph = (text: string): TemplateBlock => ({ kind: 'paragraph', text });

/** A table whose first row is its header row. */
export const table = (...rows: readonly (readonly string[])[]): TemplateBlock => ({
  kind: 'table',
  rows,
});

export const signatures = (...parties: readonly string[]): TemplateBlock => ({
  kind: 'signatures',
  parties,
});

/**
 * Paragraphs kept only when the condition holds: `{{#if condition}}` … `{{/if}}`, each marker a
 * paragraph of its own (conditions.ts). Only paragraphs and headings go inside, never a table, so
 * a left-out block is a run of whole paragraphs that Docs deletes in one range.
 */
export function onlyIf(condition: string, ...blocks: readonly TemplateBlock[]): TemplateBlock[] {
  return [paragraph(`{{#if ${condition}}}`), ...blocks, paragraph('{{/if}}')];
}

/** Paragraphs kept only when the condition does not hold: `{{#unless condition}}` … `{{/unless}}`. */
export function unless(condition: string, ...blocks: readonly TemplateBlock[]): TemplateBlock[] {
  return [paragraph(`{{#unless ${condition}}}`), ...blocks, paragraph('{{/unless}}')];
}
