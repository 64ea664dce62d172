// A pupil's initials for Minimal emails: enough for staff to recognise, not a name (DOMAIN.md §7).

/**
 * The first letter of every part of the name, upper-cased and followed by a dot. Parts are split at
 * spaces and hyphens, so "Mary-Jane O'Neil" is "M.J.O." and "Jordan Blake" is "J.B."; a part with
 * no letter (punctuation, digits) gives nothing. Blank or missing names give ''.
 */
export function initials(name: string | undefined): string {
  if (typeof name !== 'string') return '';
  return name
    .split(/[\s\-‐‑–—]+/)
    .map((part) => /\p{L}/u.exec(part)?.[0]?.toUpperCase() ?? '')
    .filter((letter) => letter !== '')
    .map((letter) => `${letter}.`)
    .join('');
}
