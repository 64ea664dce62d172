// A year of invented placements to archive, and every row of the three archived sheets, wherever it is now.
import type { Workspace } from '../../../emulator';
import { COMPLETE_REVIEW, placement, school, type Cells, type School } from '../support/school';

/** Tue 10 Aug 2027, in the summer holiday after the 2026-27 school year. */
export const SUMMER = '2027-08-10T09:00:00Z';

export const SHEETS = ['Placements', 'Attendance', 'Reviews'] as const;

const ended = (n: number, end: string, status = 'Ended'): Cells =>
  placement(n, {
    Status: status,
    'Start date': '2026-09-07',
    'Actual end date': end,
    Destination: 'Mainstream school',
  });

/** Week days of Sept–Oct 2026 as ISO days. */
const DAYS = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-10-05', '2026-10-06'];

/**
 * Four placements: two that ended in 2026-27 (one Terminated), one Active, one Ended with no end
 * date (kept back); attendance for each on five days, two sessions, interleaved as staff enter it
 * (day by day); a row typed twice; text that looks like a number, a date and a formula; reviews.
 */
export function yearToArchive(now = SUMMER): School {
  const s = school(
    [
      ended(1, '2027-03-19'),
      ended(2, '2027-05-10', 'Terminated'),
      placement(3, { Status: 'Active' }),
      placement(4, { Status: 'Ended', 'Actual end date': '', Destination: 'Mainstream school' }),
    ],
    { now },
  );
  const attendance: Cells[] = [];
  for (const day of DAYS) {
    for (const n of [1, 2, 3, 4]) {
      for (const session of ['AM', 'PM']) {
        const absent = n === 1 && day === '2026-10-05' && session === 'AM';
        attendance.push({
          Date: day,
          'Placement ID': `AP-000${n}`,
          Session: session,
          Mark: absent ? 'Absent' : 'Present',
          Code: absent ? 'N' : 'B',
          ...(absent
            ? {
                'Absence reason': "'0123 =SUM(1)",
                'Followed up by': 'pastoral@example.sch.uk',
                'Follow-up note': '\'=HYPERLINK("x")',
              }
            : {}),
        });
      }
    }
  }
  // Typed twice by mistake: both rows are records, both move.
  attendance.push({
    Date: '2026-10-06',
    'Placement ID': 'AP-0002',
    Session: 'PM',
    Mark: 'Present',
    Code: 'B',
  });
  s.type('Attendance', attendance);
  s.type('Reviews', [
    { ...COMPLETE_REVIEW, 'Review date': '2026-10-16', 'Placement ID': 'AP-0001' },
    { ...COMPLETE_REVIEW, 'Review date': '2026-10-16', 'Placement ID': 'AP-0003' },
    {
      ...COMPLETE_REVIEW,
      'Review date': '2026-11-27',
      'Placement ID': 'AP-0002',
      Decision: 'Terminate placement',
    },
    { ...COMPLETE_REVIEW, 'Review date': '2027-02-26', 'Placement ID': 'AP-0001' },
  ]);
  s.ws.meter.reset();
  return s;
}

const text = (cell: unknown): string =>
  cell instanceof Date
    ? cell.toISOString()
    : cell === '' || cell === null
      ? ''
      : `${typeof cell}:${String(cell)}`;

/** Each non-blank row of a sheet as "header=value|..." (blank cells and Archived on left out). */
export function rowsOf(values: readonly (readonly unknown[])[]): string[] {
  const header = (values[0] ?? []).map(String);
  return values
    .slice(1)
    .map((row) =>
      header
        .map((h, c) => (h === 'Archived on' || text(row[c]) === '' ? '' : `${h}=${text(row[c])}`))
        .filter(Boolean)
        .sort()
        .join('|'),
    )
    .filter((row) => row !== '');
}

export function liveRows(ws: Workspace, sheet: string): string[] {
  return rowsOf(ws.spreadsheet.sheet(sheet).values());
}

export const sorted = (rows: readonly string[]) => [...rows].sort();
