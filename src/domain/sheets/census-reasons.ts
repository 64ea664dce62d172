// The census reason codeset the school keeps on Settings: one "Census reason: <label>" row per reason, its code as the Value.
import { comparable } from '../cells';
import type { SettingRow } from './settings';

/**
 * What each codeset row's Setting starts with. The DfE's 2026/27 codeset for "primary reason for
 * placement" was not found in public sources (docs/census.md), so the school keeps it: the labels
 * are what staff choose on Placements, the codes what the return carries.
 */
export const CENSUS_REASON_PREFIX = 'Census reason: ';

/** A row above the codeset that says where it came from; the add-on never reads its Value. */
export const CENSUS_REASONS_MARKER = 'Census reasons';

export const CENSUS_REASONS_MARKER_NOTE =
  'Labels as DfE statistics and MIS validation name them, to be confirmed against the DfE school census 2026 to 2027 specification: type each code beside its reason, add or rename reasons as the specification says.';

/**
 * The labels setup writes when Settings has no codeset yet, each found in DfE or MIS material
 * (docs/census.md §Codeset): the DfE's definition of AP (exclusion, suspension, behaviour,
 * health), the school-arranged AP statistics ("Medical condition (mental health need)") and
 * validation error 2363 ("named on their EHC plan").
 */
export const SEEDED_CENSUS_REASONS: readonly string[] = [
  'Suspension',
  'To improve behaviour',
  'Medical condition (physical health need)',
  'Medical condition (mental health need)',
  'Named on EHC plan',
  'Other',
];

export interface CensusReason {
  readonly label: string;
  /** The code the return carries; undefined while the school has not typed it. */
  readonly code: string | undefined;
  readonly rowNumber: number;
}

/** The codeset label of a Setting cell, or undefined when the row is not a codeset row. */
export function censusReasonLabel(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const text = name.trim();
  if (!comparable(text).startsWith(comparable(CENSUS_REASON_PREFIX.trim()))) return undefined;
  const label = text.slice(text.indexOf(':') + 1).trim();
  return label === '' ? undefined : label;
}

/** Every codeset row in sheet order; a label twice counts once (the first row). */
export function censusReasons(rows: readonly SettingRow[]): CensusReason[] {
  const seen = new Set<string>();
  const reasons: CensusReason[] = [];
  for (const row of rows) {
    const label = censusReasonLabel(row.name);
    if (label === undefined || seen.has(comparable(label))) continue;
    seen.add(comparable(label));
    const code =
      typeof row.value === 'string' || typeof row.value === 'number'
        ? String(row.value).trim()
        : '';
    reasons.push({ label, code: code === '' ? undefined : code, rowNumber: row.rowNumber });
  }
  return reasons;
}

/** The reason a Placements cell names, matched as the add-on matches names (case and spacing ignored). */
export function reasonNamed(
  reasons: readonly CensusReason[],
  text: string | undefined,
): CensusReason | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const key = comparable(text);
  return reasons.find((r) => comparable(r.label) === key);
}
