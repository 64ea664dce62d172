// Off-site direction: written notice to parents at least 2 school days before the first day
// (Education (Educational Provision for Improving Behaviour) Regulations 2010, amended 2012; DOMAIN.md §3).
import { formatDate, isIsoDate } from '../calendar/iso-date';
import type { PlacementContext } from './context';

export const NOTICE_SCHOOL_DAYS = 2;

/**
 * Why the Parent notice date does not give 2 school days' notice, or undefined when it does (or
 * when there is nothing to measure yet). Notice on Monday for a Wednesday start is 2 school days.
 */
export function parentNoticeGap(context: PlacementContext): string | undefined {
  const { parentNoticeDate: notice, startDate: start } = context.placement;
  if (!isIsoDate(notice)) return 'blank';
  if (!isIsoDate(start)) return undefined;
  const days = context.calendar.schoolDaysBetween(notice, start);
  if (days === undefined || days >= NOTICE_SCHOOL_DAYS) return undefined;
  const { calendar } = context;
  // Notice given at a weekend or in a holiday starts counting from the next school day.
  const counted = calendar.isSchoolDay(notice) ? notice : calendar.addSchoolDays(notice, 1);
  const earliest = counted && calendar.addSchoolDays(counted, NOTICE_SCHOOL_DAYS);
  const when =
    days < 0
      ? `notice was given on ${formatDate(notice)}, after the Start date (${formatDate(start)})`
      : `notice given on ${formatDate(notice)} is ${days} school day${days === 1 ? '' : 's'} before the Start date (${formatDate(start)})`;
  return earliest ? `${when}; the earliest lawful start is ${formatDate(earliest)}` : when;
}
