// Finds sentences in a template that say something WAS done (checked, signed, agreed…) and what records it (issue 11).
import { conditionalStructure } from '../../../src/domain/documents/conditions';
import { templateElements, type DefaultTemplate } from '../../../src/domain/documents/model';
import { resolveName, valuePlaceholders } from '../../../src/domain/documents/placeholders';

/**
 * Each word that reports a finished check, agreement or step, with the columns (or computed
 * fields) that record it. A sentence using the word must sit in an {{#if Column}} block on one of
 * them, or show that column's value while the template requires it (generation then stops when it
 * is blank). A word with no column can never be said as done: reword it as what will happen.
 */
export const RECORDED_BY: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    checked: [
      'Transport checks date',
      'Risk assessment date',
      'Safeguarding confirmation received',
    ],
    'carried out': ['Transport checks date', 'Safeguarding confirmation received'],
    done: ['Transport checks date', 'Risk assessment date', 'Safeguarding confirmation received'],
    completed: ['Transport checks date', 'Risk assessment date'],
    made: ['Safeguarding confirmation received'],
    confirmed: ['Transport checks date', 'Safeguarding confirmation received'],
    received: ['Safeguarding confirmation received'],
    obtained: ['Safeguarding confirmation received'],
    assessed: ['Risk assessment date'],
    agreed: ['Initial meeting date', 'Parent agreement signed', 'Provider agreement signed'],
    signed: ['Parent agreement signed', 'Provider agreement signed'],
    met: ['Initial meeting date'],
    talked: ['Initial meeting date'],
    discussed: ['Initial meeting date'],
    notified: ['LA notified', 'Parent notice date'],
    told: ['LA notified', 'Parent notice date'],
    informed: ['LA notified', 'Parent notice date'],
    given: ['Parent notice date'],
    sent: ['Parent notice date'],
    approved: ['Approved'],
    visited: ['Last QA visit'],
    reviewed: ['Last review'],
    commissioned: [],
    arranged: [],
    shared: [],
  }),
);

/** Has/have/had/was/were, then up to this many words, then the word: "has been carried out". */
const WINDOW = 4;
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were']);
/** "We checked", "the school confirmed": a subject right before the word ("keep you informed" is not one). */
const SUBJECTS = new Set(['we', 'i', 'school', 'provider', 'sendco', 'dsl']);
/** "agreed at the initial meeting", "signed on {{…}}": the word reports when or by whom. */
const WHEN_OR_WHO = new Set(['at', 'on', 'by']);
const NEGATIONS = new Set(['not', 'never', "hasn't", "haven't", "wasn't", "weren't"]);

/** A sentence's words in lower case, each placeholder one word "{{}}". */
function wordsOf(sentence: string): string[] {
  return sentence
    .replace(/\{\{[^{}]*\}\}/g, ' {{}} ')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .split(/[^a-z'{}]+/)
    .filter((w) => w !== '');
}

/** The listed word (one or two words long) starting at position i, if any. */
function wordAt(words: readonly string[], i: number): { word: string; length: number } | undefined {
  const two = `${words[i] ?? ''} ${words[i + 1] ?? ''}`;
  if (RECORDED_BY.has(two)) return { word: two, length: 2 };
  const one = words[i] ?? '';
  return RECORDED_BY.has(one) ? { word: one, length: 1 } : undefined;
}

/** The completed-step words a sentence asserts: "has checked", "we agreed", "agreed at the …". */
export function completedWords(sentence: string): string[] {
  const words = wordsOf(sentence);
  const found: string[] = [];
  words.forEach((_, i) => {
    const listed = wordAt(words, i);
    if (!listed) return;
    const before = words.slice(Math.max(0, i - WINDOW - 1), i);
    const aux = before.map((w) => AUXILIARIES.has(w)).lastIndexOf(true);
    const negated = aux >= 0 && before.slice(aux).some((w) => NEGATIONS.has(w));
    const afterAux = aux >= 0 && !negated;
    const afterSubject = SUBJECTS.has(words[i - 1] ?? '');
    const next = words[i + listed.length];
    const reportsWhen =
      WHEN_OR_WHO.has(next ?? '') && ['the', '{{}}'].includes(words[i + listed.length + 1] ?? '');
    if (afterAux || afterSubject || reportsWhen) found.push(listed.word);
  });
  return found;
}

/** A template's sentences, each with the {{#if …}} conditions that hold around it. */
export interface TemplateSentence {
  readonly text: string;
  /** The headers of the plain {{#if Column}} blocks around it: what must be filled for it to show. */
  readonly filled: readonly string[];
}

/** The header a name stands for, in this template's scope; the name itself when unknown. */
function headerOf(name: string, template: DefaultTemplate): string {
  const resolved = resolveName(name, template.scope);
  return 'field' in resolved ? resolved.field.header : name;
}

export function templateSentences(template: DefaultTemplate): TemplateSentence[] {
  const elements = templateElements(template.blocks);
  const { blocks } = conditionalStructure(elements);
  return elements.flatMap((element, position) => {
    const filled = blocks
      .filter((b) => b.open < position && position < b.close)
      .filter((b) => b.word === 'if' && b.condition.equals === undefined)
      .map((b) => headerOf(b.condition.name, template));
    return element
      .split(/\n| \| /)
      .flatMap((cell) => cell.split(/(?<=[.!?])\s+/))
      .filter((text) => text.trim() !== '' && !/^\{\{[#/]/.test(text.trim()))
      .map((text) => ({ text, filled }));
  });
}

/** A claim of something done that nothing recorded stands behind. */
export interface UntiedClaim {
  readonly template: string;
  readonly word: string;
  readonly sentence: string;
}

/** The sentence's claims that no enclosing condition nor required value ties to a recording column. */
export function untiedClaims(
  template: DefaultTemplate,
  isCommitment: (sentence: string) => boolean = () => false,
): UntiedClaim[] {
  const required = new Set(template.required.map((name) => headerOf(name, template)));
  return templateSentences(template).flatMap(({ text, filled }) => {
    if (isCommitment(text)) return [];
    const shown = valuePlaceholders(text)
      .map((p) => headerOf(p.name, template))
      .filter((header) => required.has(header));
    return completedWords(text)
      .filter((word) => {
        const columns = RECORDED_BY.get(word) ?? [];
        return !columns.some((c) => filled.includes(c) || shown.includes(c));
      })
      .map((word) => ({ template: template.name, word, sentence: text }));
  });
}
