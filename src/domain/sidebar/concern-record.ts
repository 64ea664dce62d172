// A safeguarding concern's date (date only: details belong in the school's safeguarding system, P15).
import type { IsoDate } from '../cells';
import { formatDate } from '../calendar/iso-date';
import { isFinished } from '../rules/context';
import type { PlacementOnDay } from '../reminders/reminder-day';
import type { ConcernForm, FieldErrors } from '../../shared/sidebar-api';

export type ConcernPlan =
  | {
      readonly ok: true;
      /** False when the same date is already there: nothing to write, the alert still goes. */
      readonly write: boolean;
      /** The reminders alert only for a running or planned placement (reviews.ts). */
      readonly finished: boolean;
    }
  | { readonly ok: false; readonly fieldErrors: FieldErrors };

/**
 * The date goes into Safeguarding concern date unless a later one is there already: that concern
 * is the one the checks and the alert are about, and an older date would hide it.
 */
export function planConcern(
  form: ConcernForm,
  p: PlacementOnDay | undefined,
  today: IsoDate,
): ConcernPlan {
  if (!p) {
    return {
      ok: false,
      fieldErrors: { placementId: `${form.placementId} is not on the Placements sheet.` },
    };
  }
  if (form.date > today) {
    return {
      ok: false,
      fieldErrors: {
        date: `${formatDate(form.date)} is still to come: enter the day the concern arose.`,
      },
    };
  }
  const existing = p.row.record.safeguardingConcernDate;
  if (existing !== undefined && existing > form.date) {
    return {
      ok: false,
      fieldErrors: {
        date: `A later concern, ${formatDate(existing)}, is already recorded for ${form.placementId} on Placements row ${p.row.rowNumber}; it is kept. Record this one's details in the school's safeguarding system.`,
      },
    };
  }
  return { ok: true, write: existing !== form.date, finished: isFinished(p.row.record.status) };
}
