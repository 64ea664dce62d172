// What the census AP return will need, checked on the row while staff can still fix it (issue 15, item 4).
import { isRunning, PLACEMENT, type PlacementRule } from './context';
import { warning, type Problem } from './problem';

/**
 * An agreed or running placement's Census reason: blank is a warning (the return cannot carry the placement
 * without it), and "named on an EHC plan" for a pupil whose SEN status is not EHCP is one too (the
 * census refuses it: MIS error 2363; docs/census.md). The provider's URN, UKPRN or setting type is
 * checked on Providers (check-providers.ts), and Sessions the census cannot count by
 * sessionsReadable.
 */
export const censusReasonChosen: PlacementRule = ({ placement }) => {
  // Agreed too: a placement starting before census day is returned then.
  if (!isRunning(placement.status) && placement.status !== 'Agreed') return [];
  const reason = placement.censusReason?.trim() ?? '';
  const problems: Problem[] = [];
  if (reason === '') {
    problems.push(
      warning(
        PLACEMENT.censusReason,
        'blank — choose the primary reason the placement was commissioned (not the pupil’s needs) from the list: the census AP return needs it (the reasons are on Settings)',
      ),
    );
  } else if (/\behc\b/i.test(reason) && placement.senStatus !== 'EHCP') {
    problems.push(
      warning(
        PLACEMENT.censusReason,
        `"${reason}" but SEN status is ${placement.senStatus ?? 'blank'} — the census refuses this reason for a pupil without an EHC plan (MIS error 2363): correct one of them`,
        [PLACEMENT.censusReason, PLACEMENT.senStatus],
      ),
    );
  }
  return problems;
};
