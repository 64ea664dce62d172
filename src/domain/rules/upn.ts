// UPN format, check letter and LA number (DOMAIN.md §3.3; DfE unique pupil number guidance).
import { quoted } from '../cells';
import { localAuthorityOf } from './la-numbers';
import { error, type Problem } from './problem';

/** Check letters and temporary-UPN final letters: A–Z without I, O and S (DOMAIN.md §3.3). */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const FIX = 'check the UPN against the MIS';

/** The UPN as compared: spaces removed, capital letters (a pasted 'b8012 0000 5001' still matches). */
export function normaliseUpn(upn: string): string {
  return upn.replace(/\s+/g, '').toUpperCase();
}

/** The key two rows' UPNs are matched by; undefined for a blank or something that is not text. */
export function upnKey(upn: unknown): string | undefined {
  const key = typeof upn === 'string' ? normaliseUpn(upn) : '';
  return key === '' ? undefined : key;
}

/**
 * The check letter for characters 2–13: each weighted by its position (2…13), a final letter
 * counting as its place in CHECK_LETTERS, the sum taken modulo 23 (DOMAIN.md §3.3).
 */
export function upnCheckLetter(rest: string): string | undefined {
  if (!/^\d{11}[0-9A-Z]$/.test(rest)) return undefined;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) {
    const character = rest.charAt(i);
    const value = /\d/.test(character) ? Number(character) : CHECK_LETTERS.indexOf(character);
    if (value < 0) return undefined;
    sum += value * (i + 2);
  }
  return CHECK_LETTERS.charAt(sum % 23);
}

/** What is wrong with a UPN, each fault in a teacher's words; none for a blank cell. */
export function upnProblems(upn: string | undefined, column = 'UPN'): Problem[] {
  if (typeof upn !== 'string' || upn.trim() === '') return [];
  const value = normaliseUpn(upn);
  if (value.length !== 13) {
    return [
      error(
        column,
        `${quoted(upn)} has ${value.length} characters, not 13 (a letter then 12 digits) — ${FIX}`,
      ),
    ];
  }
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(value)) {
    return [
      error(
        column,
        `${quoted(upn)} should be a letter then 12 digits (a temporary UPN ends in a letter) — ${FIX}`,
      ),
    ];
  }
  const last = value.charAt(12);
  if (/[A-Z]/.test(last) && !CHECK_LETTERS.includes(last)) {
    return [
      error(column, `a temporary UPN never ends in I, O or S, so ${last} is a slip — ${FIX}`),
    ];
  }
  const problems: Problem[] = [];
  const expected = upnCheckLetter(value.slice(1));
  const actual = value.charAt(0);
  if (expected !== undefined && expected !== actual) {
    problems.push(error(column, `the check letter should be ${expected}, not ${actual} — ${FIX}`));
  }
  const laNumber = Number(value.slice(1, 4));
  if (localAuthorityOf(laNumber) === undefined) {
    problems.push(
      error(
        column,
        `characters 2–4 should be a local authority number, and no authority has ${value.slice(1, 4)} — ${FIX}`,
      ),
    );
  }
  return problems;
}
