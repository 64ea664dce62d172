// The school's AP policy points P1–P15 in a few plain words (DOMAIN.md §2), for text staff read.

/** Each policy point as a short gloss: what the point asks of the school. */
export const POLICY_POINTS: Readonly<Record<number, string>> = {
  1: 'the reasons a pupil goes to alternative provision',
  2: 'good provision: education, progress, qualifications and next steps',
  3: 'a personalised plan with objectives, a baseline and timeframes',
  4: 'ongoing contact with the provider and pupil through the Head of Pastoral Care',
  5: "a full record: progress, achievements, destination and the pupil's own view",
  6: 'the Head Teacher, DSL and SENDCO involved from start to reintegration',
  7: 'risk assessments, insurance at all times and safe transport',
  8: "a looked-after child's social worker and virtual school head involved",
  9: 'senior leaders monitor outcomes, progress and attendance',
  10: 'parents/carers involved, agreement signed, reviews agreed at the initial meeting',
  11: 'the local authority told when the school commissions a placement',
  12: "written confirmation of the provider's staff safeguarding checks",
  13: 'every absence from the provision followed up by the school',
  14: 'reviews at least half-termly',
  15: 'a safeguarding concern means an immediate review',
};

/** Other references the rules cite in brackets, spelt out. */
const OTHER_SOURCES: Readonly<Record<string, string>> = {
  KCSIE: 'Keeping Children Safe in Education',
};

/** "policy point 14: reviews at least half-termly"; the bare reference for a point we do not know. */
export function policyPoint(point: number): string {
  const gloss = POLICY_POINTS[point];
  return gloss === undefined ? `policy point ${point}` : `policy point ${point}: ${gloss}`;
}

/** One reference in a bracket: "P14", "KCSIE", or anything else (kept as written). */
function spellOutReference(reference: string): string {
  const point = /^P(\d{1,2})$/.exec(reference);
  if (point) return policyPoint(Number(point[1]));
  return OTHER_SOURCES[reference] ?? reference;
}

/** A bracket that cites the policy: "(P14: at least half-termly)", "(P12, KCSIE)", "(P15)". */
const CITATION = /\((P\d{1,2}(?:, *[A-Z][A-Za-z0-9]*)*)(?:: *[^()]*)?\)/g;

/**
 * The text with every policy citation spelt out, as staff read it in the sidebar and in a cell's
 * note: "(P14: at least half-termly)" → "(policy point 14: reviews at least half-termly)". A
 * bracket's own words after the colon give way to the point's gloss, which says the same more
 * fully; text that cites nothing is returned unchanged.
 */
export function spellOutPolicy(text: string): string {
  return text.replace(
    CITATION,
    (_, references: string) => `(${references.split(/, */).map(spellOutReference).join('; ')})`,
  );
}
