// The weekly Sessions must be readable: reminders of missing attendance depend on them (P13, DOMAIN.md §7).
import { PLACEMENT, type PlacementRule } from './context';
import { error, warning } from './problem';

/** Unreadable Sessions: a warning while Proposed, an error once the timetable is agreed. */
export const sessionsReadable: PlacementRule = ({ placement, sessions }) => {
  const report = placement.status === 'Proposed' ? warning : error;
  return sessions.problems.map((text) => report(PLACEMENT.sessions, text));
};
