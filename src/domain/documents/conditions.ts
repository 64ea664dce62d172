// Conditional blocks staff type in a template: {{#if X}} … {{/if}}, {{#unless X}} … {{/unless}}.
import { comparable } from '../cells';
import { valueOf, type MergeValues } from './merge-values';
import { findPlaceholders, isMarker, placeholderName } from './placeholders';

export type ConditionWord = 'if' | 'unless';

/** "Looked after", or "Route = Off-site direction". */
export interface Condition {
  readonly name: string;
  /** Present for `Name = value`: kept when the value equals it, ignoring case and spacing. */
  readonly equals?: string;
}

export type Marker =
  | { readonly kind: 'open'; readonly word: ConditionWord; readonly condition: Condition }
  | { readonly kind: 'close'; readonly word: ConditionWord };

const OPEN = /^#\s*(if|unless)\b\s*(.*)$/i;
const CLOSE = /^\/\s*(if|unless)$/i;

/** A marker's meaning from the name inside its braces, or why it is not one the add-on knows. */
export function readMarker(name: string): Marker | { readonly problem: string } {
  const close = CLOSE.exec(name);
  if (close) return { kind: 'close', word: (close[1] ?? '').toLowerCase() as ConditionWord };
  const open = OPEN.exec(name);
  if (!open) {
    return {
      problem: `{{${name}}} is not a marker the add-on knows — use {{#if Column}}, {{#if Column = value}} or {{#unless Column}}, each ended by {{/if}} or {{/unless}}`,
    };
  }
  const word = (open[1] ?? '').toLowerCase() as ConditionWord;
  const [left = '', ...right] = (open[2] ?? '').split('=');
  const conditionName = placeholderName(left);
  if (conditionName === '') {
    return {
      problem: `{{${name}}} does not say which column to look at, like {{#${word} Looked after}}`,
    };
  }
  if (right.length === 0) return { kind: 'open', word, condition: { name: conditionName } };
  return {
    kind: 'open',
    word,
    condition: { name: conditionName, equals: placeholderName(right.join('=')) },
  };
}

/** One conditional block, by the positions (0-based) of its opening and closing paragraphs. */
export interface ConditionalBlock {
  readonly open: number;
  readonly close: number;
  readonly word: ConditionWord;
  readonly condition: Condition;
}

export interface ConditionalStructure {
  readonly blocks: readonly ConditionalBlock[];
  /** Unbalanced, unknown or misplaced markers, each naming its paragraph (counted from 1). */
  readonly problems: readonly string[];
}

/** "{{#if Looked after}}" as staff would type it, for messages. */
export function markerText(word: ConditionWord, condition: Condition): string {
  const equals = condition.equals === undefined ? '' : ` = ${condition.equals}`;
  return `{{#${word} ${condition.name}${equals}}}`;
}

/**
 * Reads the blocks of a template's body elements (paragraphs, and each table as one element).
 * Every marker must be a paragraph of its own, so that a left-out block removes whole paragraphs.
 */
export function conditionalStructure(elements: readonly string[]): ConditionalStructure {
  const blocks: ConditionalBlock[] = [];
  const problems: string[] = [];
  const open: { position: number; word: ConditionWord; condition: Condition }[] = [];
  elements.forEach((text, position) => {
    const where = `paragraph ${position + 1}`;
    const markers = findPlaceholders(text).filter(isMarker);
    if (markers.length === 0) return;
    const [first] = markers;
    if (markers.length > 1 || !first || text.trim() !== first.raw) {
      markers.forEach((m) =>
        problems.push(
          `${m.raw} (${where}) must be on a paragraph of its own, with nothing else on that line`,
        ),
      );
      return;
    }
    const marker = readMarker(first.name);
    if ('problem' in marker) {
      problems.push(`${marker.problem} (${where})`);
    } else if (marker.kind === 'open') {
      open.push({ position, word: marker.word, condition: marker.condition });
    } else {
      const opened = open.pop();
      if (!opened) {
        problems.push(`{{/${marker.word}}} (${where}) has no {{#${marker.word} …}} before it`);
      } else if (opened.word !== marker.word) {
        problems.push(
          `{{/${marker.word}}} (${where}) closes ${markerText(opened.word, opened.condition)} (paragraph ${opened.position + 1}) — end it with {{/${opened.word}}}`,
        );
      } else {
        blocks.push({ open: opened.position, close: position, ...opened });
      }
    }
  });
  for (const unclosed of open) {
    problems.push(
      `${markerText(unclosed.word, unclosed.condition)} (paragraph ${unclosed.position + 1}) is never ended — add {{/${unclosed.word}}} on its own paragraph where the block ends`,
    );
  }
  blocks.sort((a, b) => a.open - b.open);
  return { blocks, problems };
}

/** Words that mean "no" in a cell: a condition on them is false (No, None, blank). */
const ABSENT = new Set(['', 'no', 'none']);

/** Whether the block's paragraphs stay in the document for these values. */
export function conditionHolds(
  word: ConditionWord,
  condition: Condition,
  values: MergeValues,
): boolean {
  const value = comparable(valueOf(values, condition.name) ?? '');
  const holds =
    condition.equals === undefined ? !ABSENT.has(value) : value === comparable(condition.equals);
  return word === 'if' ? holds : !holds;
}

/** A run of body elements to delete, by position (0-based, both ends included). */
export interface ElementSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The elements to delete for these values, markers included: every marker paragraph, and the
 * whole of every block whose condition does not hold (nested blocks with it). Adjacent runs are
 * joined; in document order. Throws on a template whose markers are not balanced: the template
 * check refuses those before anything is generated.
 */
export function elementsToDelete(elements: readonly string[], values: MergeValues): ElementSpan[] {
  const { blocks, problems } = conditionalStructure(elements);
  if (problems.length > 0) throw new Error(`template markers are not balanced: ${problems[0]}`);
  const deleted = new Set<number>();
  for (const block of blocks) {
    deleted.add(block.open);
    deleted.add(block.close);
    if (!conditionHolds(block.word, block.condition, values)) {
      for (let position = block.open; position <= block.close; position += 1) deleted.add(position);
    }
  }
  const spans: ElementSpan[] = [];
  for (const position of [...deleted].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && last.last === position - 1) spans[spans.length - 1] = { ...last, last: position };
    else spans.push({ first: position, last: position });
  }
  return spans;
}
