// Deterministic ids shaped like Google Forms' own: published form ids, item ids, response ids.

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function letters(seed: number, length: number): string {
  let h = Math.imul(seed, 0x9e3779b1) >>> 0 || 1;
  let out = '';
  while (out.length < length) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    out += CHARS[h & 63];
  }
  return out;
}

/** The id in a form's respondent URL: 56 characters starting 1FAIpQLS, as Google's do. */
export function publishedFormId(seed: number): string {
  return `1FAIpQLS${letters(seed, 48)}`;
}

/** Item.getId(): an integer; Google's are up to ten digits. */
export function itemId(seed: number): number {
  return 100_000_000 + ((Math.imul(seed, 0x2545f491) >>> 0) % 1_900_000_000);
}

/** FormResponse.getId(): a string such as "2_ABaOnud…" (Google's start "2_ABaOnu"). */
export function responseId(seed: number): string {
  return `2_ABaOnu${letters(seed + 0x51ed, 60)}`;
}
