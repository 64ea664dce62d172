// The attendance code the register suggests when staff leave Code blank (DOMAIN.md §3.1).
// Pure and free of the server's modules: the sidebar shows the very code the server will save.
import type { Mark } from '../../shared/sidebar-api';

/**
 * Reasons that name one absence code without doubt, by a word in them. Anything else (a holiday,
 * "family", "refused", transport) depends on whether the school authorises it: N until staff choose.
 * I illness; M medical or dental appointment; R religious observance; E suspended or excluded.
 */
const CLEAR_REASONS: readonly (readonly [RegExp, string])[] = [
  [/\b(ill|illness|sick|sickness|unwell|poorly)\b/, 'I'],
  [/\b(medical|doctor|gp|dentist|dental|hospital|orthodontist|optician)\b/, 'M'],
  [/\b(religious|religion)\b/, 'R'],
  [/\b(suspended|suspension|excluded|exclusion)\b/, 'E'],
];

/** The code for a present or late AP session, from the placement's Attendance code. */
export function attendingCode(placementCode: string): string {
  // B is school-arranged AP; D a pupil dual registered at the provider. K is for provision the
  // local authority arranges, never a school-arranged placement (DOMAIN.md §3.1, and the K error
  // of the placement checks), so a K placement is suggested B, as the checks tell staff to use.
  return placementCode.trim().toUpperCase() === 'D' ? 'D' : 'B';
}

/** The placement's Attendance code says K, which the register never suggests (see attendingCode). */
export function isLocalAuthorityCode(placementCode: string): boolean {
  return placementCode.trim().toUpperCase() === 'K';
}

/** The reason as compared: trimmed, spaces and curly quotes made plain, lower case. */
function plain(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/**
 * Present or Late: B, or D for a dual registered placement (never K: see attendingCode). Absent:
 * the code a reason names without doubt, else N (no reason yet, or one the school has still to
 * decide on: "reason not yet known", DOMAIN.md §3.1), never blank. No session: '' (no session
 * happened, so there is nothing to code).
 */
export function suggestCode(mark: Mark, absenceReason: string, placementCode: string): string {
  if (mark === 'Present' || mark === 'Late') return attendingCode(placementCode);
  if (mark !== 'Absent') return '';
  const reason = plain(absenceReason);
  return CLEAR_REASONS.find(([words]) => words.test(reason))?.[1] ?? 'N';
}
