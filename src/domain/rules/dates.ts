// Placement dates in order, agreement and LA notice before the start, no Active past its end (DOMAIN.md §5).
import { formatDate, isIsoDate } from '../calendar/iso-date';
import { PLACEMENT, type PlacementRule } from './context';
import { error, warning, type Problem } from './problem';

const FIX_ORDER = 'correct whichever date is wrong';

/** Start date ≤ Planned end date ≤ Actual end date (an error); a Terminated placement may end early. */
export const datesInOrder: PlacementRule = ({ placement }) => {
  const { startDate: start, plannedEndDate: planned, actualEndDate: actual } = placement;
  const problems: Problem[] = [];
  if (isIsoDate(start) && isIsoDate(planned) && planned < start) {
    problems.push(
      error(
        PLACEMENT.plannedEndDate,
        `${formatDate(planned)} is before the Start date (${formatDate(start)}) — ${FIX_ORDER}`,
        [PLACEMENT.startDate, PLACEMENT.plannedEndDate],
      ),
    );
  }
  if (isIsoDate(start) && isIsoDate(actual) && actual < start) {
    problems.push(
      error(
        PLACEMENT.actualEndDate,
        `${formatDate(actual)} is before the Start date (${formatDate(start)}) — ${FIX_ORDER}`,
        [PLACEMENT.startDate, PLACEMENT.actualEndDate],
      ),
    );
  } else if (
    isIsoDate(planned) &&
    isIsoDate(actual) &&
    actual < planned &&
    placement.status !== 'Terminated'
  ) {
    problems.push(
      error(
        PLACEMENT.actualEndDate,
        `${formatDate(actual)} is before the Planned end date (${formatDate(planned)}) — ${FIX_ORDER}; a placement stopped early is Terminated`,
        [PLACEMENT.plannedEndDate, PLACEMENT.actualEndDate],
      ),
    );
  }
  return problems;
};

/** Parent agreement signed (P10) and LA notified (P11) should come before the start: warnings. */
export const agreedBeforeStart: PlacementRule = ({ placement }) => {
  const start = placement.startDate;
  if (!isIsoDate(start)) return [];
  const problems: Problem[] = [];
  const late = [
    [
      PLACEMENT.parentAgreementSigned,
      placement.parentAgreementSigned,
      'parents/carers sign the agreement before the placement starts (P10)',
    ],
    [
      PLACEMENT.laNotified,
      placement.laNotified,
      'the school tells the local authority when it commissions the placement, before it starts (P11)',
    ],
  ] as const;
  for (const [column, date, rule] of late) {
    if (isIsoDate(date) && date > start) {
      problems.push(
        warning(
          column,
          `${formatDate(date)} is after the Start date (${formatDate(start)}) — ${rule}`,
          [column, PLACEMENT.startDate],
        ),
      );
    }
  }
  return problems;
};

/** An Active placement whose Planned end date has passed (a warning: end it or extend the plan). */
export const activePastPlannedEnd: PlacementRule = ({ placement, today }) => {
  const planned = placement.plannedEndDate;
  if (placement.status !== 'Active' || !isIsoDate(planned) || planned >= today) return [];
  return [
    warning(
      PLACEMENT.plannedEndDate,
      `${formatDate(planned)} has passed and the placement is still Active — set Status to Ended with the Actual end date and Destination, or agree a new Planned end date at a review`,
      [PLACEMENT.plannedEndDate, PLACEMENT.status],
    ),
  ];
};
