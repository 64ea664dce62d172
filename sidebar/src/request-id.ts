// The id a data-changing form carries (Repeatable in the contract), made in the browser.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * 22 characters of [A-Za-z0-9_-] from crypto.getRandomValues: 132 random bits, so two forms never
 * share one. 64 letters divide 256, so `byte & 63` picks each one equally often.
 */
export function newRequestId(length = 22): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
