// Builds DOM nodes from data with textContent only: nothing the workbook holds ever becomes markup.
import { LINKS_IN_TEXT } from '../shared/links';

export interface Props {
  readonly className?: string;
  readonly text?: string;
  readonly title?: string;
  /** Attributes with constant names; values are set as text by setAttribute. */
  readonly attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The preview page has no #${id}`);
  return node as T;
}

/** Virtual time as the school reads it, in the spreadsheet's zone. */
export function formatTime(ms: number, timeZone: string, withWeekday = false): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    ...(withWeekday ? { weekday: 'short' } : {}),
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

/**
 * Text with each https link in it as a button that asks `open` (the preview opens documents and
 * rows itself, and nothing remote): never an <a href> that could leave the machine.
 */
export function linkedText(text: string, open: (url: string) => void): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKS_IN_TEXT)) {
    const url = match[0].replace(/[.,;:)]+$/, '');
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    const button = el('button', { className: 'link', text: url, attrs: { type: 'button' } });
    button.addEventListener('click', () => open(url));
    parts.push(button);
    last = at + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
