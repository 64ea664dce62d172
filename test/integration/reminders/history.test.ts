// Years of attendance history do not change what the hourly run sends (issue 14, item 4): it reads
// only the recent rows and the open absences into records, whatever lies further back.
import { placement, type School } from '../support/school';
import { inEachDeployment } from '../support/deployment';
import { mailLines, remindingSchool, sentKeys } from '../support/reminders';

const AP1 = placement(1, { 'Start date': '2021-09-06' });

/** Five school years of Present returns for AP-0001, Mondays and Wednesdays, before this term. */
function pastYears(): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let day = Date.UTC(2021, 8, 6); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 1 && weekday !== 3) continue;
    const date = new Date(day).toISOString().slice(0, 10);
    rows.push({ Date: date, 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Present' });
  }
  return rows;
}

function monday(history: boolean): School {
  const s = remindingSchool([AP1], { now: '2026-01-19T05:45:00Z' });
  s.type('Attendance', [
    ...(history ? pastYears() : []),
    // An absence two years ago nobody followed up: chased whatever its age.
    { Date: '2024-01-17', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'absent' },
    { Date: '2026-01-12', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Present' },
    { Date: '2026-01-14', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Absent' },
  ]);
  s.addOn.run('installReminders');
  s.addOn.advanceTo('2026-01-20T23:00:00Z');
  return s;
}

inEachDeployment(() => {
  describe('five years of attendance history', () => {
    const without = monday(false);
    const withHistory = monday(true);

    it('really is there: hundreds of rows above this term', () => {
      expect(withHistory.ws.spreadsheet.sheet('Attendance').values().length).toBeGreaterThan(400);
    });

    it('sends the same digests, with the same items, as a workbook without it', () => {
      expect(sentKeys(withHistory)).toEqual(sentKeys(without));
      expect(mailLines(withHistory)).toEqual(mailLines(without));
    });

    it('still chases the old absence nobody followed up', () => {
      expect(sentKeys(withHistory).some((k) => k.includes('absence:AP-0001:2024-01-17'))).toBe(
        true,
      );
    });
  });
});
