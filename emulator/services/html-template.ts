// Compiles and runs HtmlService template scriptlets (<? ?>, <?= ?>, <?!= ?>) on the host side.
import vm from 'node:vm';

type Chunk =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code' | 'print' | 'raw'; readonly text: string };

/** Split a template into literal text and scriptlets; an unclosed `<?` runs to the end. */
export function parseTemplate(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<?', at);
    if (open < 0) {
      chunks.push({ kind: 'text', text: source.slice(at) });
      break;
    }
    if (open > at) chunks.push({ kind: 'text', text: source.slice(at, open) });
    let start = open + 2;
    let kind: 'code' | 'print' | 'raw' = 'code';
    if (source.startsWith('!=', start)) {
      kind = 'raw';
      start += 2;
    } else if (source.startsWith('=', start)) {
      kind = 'print';
      start += 1;
    }
    const close = source.indexOf('?>', start);
    const end = close < 0 ? source.length : close;
    chunks.push({ kind, text: source.slice(start, end) });
    at = close < 0 ? source.length : close + 2;
  }
  return chunks;
}

/** The JavaScript the template runs, in the spirit of HtmlTemplate.getCode(). */
export function templateCode(source: string): string {
  const lines = parseTemplate(source).map((c) => {
    if (c.kind === 'text') return `__output.append(${JSON.stringify(c.text)});`;
    if (c.kind === 'code') return c.text;
    const expr = c.text.trim().replace(/;+\s*$/, '');
    const method = c.kind === 'print' ? 'appendEscaped' : 'append';
    return `__output.${method}(${expr});`;
  });
  return lines.join('\n');
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const asText = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/**
 * Run the template with `variables` (the properties assigned to the HtmlTemplate) as its only
 * globals. Limitation: on Google scriptlets also see the script's own globals (e.g. an
 * `include()` helper); here they see only the assigned properties and JavaScript built-ins.
 * `<?= ?>` escapes for HTML text everywhere; Google escapes by context (e.g. inside <script>).
 */
export function evaluateTemplate(source: string, variables: Record<string, unknown>): string {
  const parts: string[] = [];
  const output = {
    append: (v: unknown) => void parts.push(asText(v)),
    appendEscaped: (v: unknown) => void parts.push(escapeHtml(asText(v))),
  };
  const context = vm.createContext({ ...variables, __output: output });
  vm.runInContext(`(function () {\n${templateCode(source)}\n})();`, context, {
    filename: 'HtmlTemplate',
  });
  return parts.join('');
}
