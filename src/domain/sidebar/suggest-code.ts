// The attendance code the register suggests when staff leave Code blank (DOMAIN.md §3.1).
import { comparable } from '../cells';
import type { Mark } from '../../shared/sidebar-api';

/**
 * Reasons that name one absence code without doubt, by a word in them. Anything else (a holiday,
 * "family", "refused", transport) depends on whether the school authorises it, so staff choose.
 * I illness; M medical or dental appointment; R religious observance; E suspended or excluded.
 */
const CLEAR_REASONS: readonly (readonly [RegExp, string])[] = [
  [/\b(ill|illness|sick|sickness|unwell|poorly)\b/, 'I'],
  [/\b(medical|doctor|gp|dentist|dental|hospital|orthodontist|optician)\b/, 'M'],
  [/\b(religious|religion)\b/, 'R'],
  [/\b(suspended|suspension|excluded|exclusion)\b/, 'E'],
];

/**
 * Present or Late: the placement's own code (B, D or K; B when blank). Absent with no reason: N
 * (reason not yet known), as DOMAIN.md §3.1 says; with a reason that names one code, that code;
 * with any other reason, '' for staff to choose. No session: '' (the session did not happen).
 */
export function suggestCode(mark: Mark, absenceReason: string, placementCode: string): string {
  if (mark === 'Present' || mark === 'Late') return placementCode;
  if (mark !== 'Absent') return '';
  const reason = comparable(absenceReason);
  if (reason === '') return 'N';
  return CLEAR_REASONS.find(([words]) => words.test(reason))?.[1] ?? '';
}
