// The Today view (issue 17): every session expected off site this school day, returned or not, absent and not followed up.
import { expectedSessionsOn } from '../returns/expected';
import { needsFollowUp } from '../reminders/attendance';
import type { TodaySession, TodayView } from '../../shared/sidebar-api';
import { placementLabel } from './labels';
import type { SidebarDay } from './sidebar-day';

const ORDER: Readonly<Record<TodaySession['state'], number>> = {
  'absent, not followed up': 0,
  'not returned': 1,
  returned: 2,
};

/**
 * The answer to "where is every pupil we placed off site, this session?": the same expected
 * sessions the provider forms list and the missing-attendance chase uses, each with its mark
 * from Attendance (a provider's return or a colleague's), or the provider's phone to ring.
 */
export function todayView(sd: SidebarDay, returnsOn: boolean): TodayView {
  const { today, index, placementById } = sd.day;
  const sessions = expectedSessionsOn(sd.day, today).map((expected): TodaySession => {
    const p = placementById.get(expected.placementId);
    const label = p ? placementLabel(p.row.record, p.row.rowNumber) : expected.placementId;
    const base = {
      placementId: expected.placementId,
      label,
      provider: expected.provider,
      session: expected.session,
    };
    const row = (sd.attendanceByPlacement.get(expected.placementId) ?? []).find(
      ({ record }) => record.date === today && record.session === expected.session,
    );
    if (!row) {
      const phone = p?.context.provider?.contactPhone;
      return { ...base, state: 'not returned', ...(phone ? { providerPhone: phone } : {}) };
    }
    const { record } = row;
    return {
      ...base,
      state: needsFollowUp(record, today) ? 'absent, not followed up' : 'returned',
      mark: record.mark ?? '',
      ...(record.reportedBy ? { reportedBy: record.reportedBy } : {}),
      row: row.rowNumber,
    };
  });
  sessions.sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  return { date: today, isSchoolDay: index.calendar.isSchoolDay(today), returnsOn, sessions };
}
