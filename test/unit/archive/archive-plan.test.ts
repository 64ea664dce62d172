// The archive's plan: copy until equal, mark, then remove what the archive holds; replanned after any interruption.
import {
  ARCHIVED_ON,
  blocksBottomUp,
  planRemoval,
  planSync,
  readSheet,
  readyToMark,
  syncIsEmpty,
  type Sheets,
} from '../../../src/domain/archive/archive-plan';
import { columnNames, printRow } from '../../../src/domain/archive/row-prints';
import { momentOfSerial, serialOfMoment } from '../../../src/domain/calendar/serial-day';

const serialOf = (d: Date) => d.getTime() / 86_400_000 + 25_569;

const PLACEMENTS = ['Placement ID', 'Status'];
const ATTENDANCE = ['Date', 'Placement ID', 'Mark'];
const REVIEWS = ['Review date', 'Placement ID'];

function sheets(
  placements: unknown[][],
  attendance: unknown[][] = [],
  reviews: unknown[][] = [],
  placementHeader = PLACEMENTS,
): Sheets {
  return {
    Placements: readSheet(placements.length ? [placementHeader, ...placements] : [], serialOf),
    Attendance: readSheet(attendance.length ? [ATTENDANCE, ...attendance] : [], serialOf),
    Reviews: readSheet(reviews.length ? [REVIEWS, ...reviews] : [], serialOf),
  };
}

const empty = sheets([]);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('copying a moving placement', () => {
  const live = sheets(
    [
      ['AP-0001', 'Ended'],
      ['AP-0002', 'Active'],
    ],
    [
      [day('2026-01-12'), 'AP-0001', 'Present'],
      [day('2026-01-12'), 'AP-0002', 'Present'],
      [day('2026-01-12'), 'AP-0001', 'Present'], // typed twice: two rows, both kept
    ],
    [[day('2026-02-01'), 'ap-1']],
  );
  const moving = new Set(['AP-0001']);

  it('adds every row of the moving placement to an empty archive, headers first', () => {
    const sync = planSync(live, empty, moving);
    expect(sync.Placements.header).toEqual([...PLACEMENTS, ARCHIVED_ON]);
    expect(sync.Placements.add).toEqual([['AP-0001', 'Ended', '']]);
    expect(sync.Attendance.add).toHaveLength(2);
    expect(sync.Reviews.add).toEqual([[day('2026-02-01'), 'ap-1']]);
  });

  it('adds nothing again once the archive holds it (a reply lost after the append)', () => {
    const archive = sheets(
      [['AP-0001', 'Ended', '']],
      [
        [46034, 'AP-0001', 'Present'],
        [46034, 'AP-0001', 'Present'],
      ],
      [[46054, 'ap-1']],
      [...PLACEMENTS, ARCHIVED_ON],
    );
    expect(syncIsEmpty(planSync(live, archive, moving))).toBe(true);
    expect(readyToMark(archive, moving)).toEqual(['AP-0001']);
  });

  it('adds only the missing copy of two identical rows', () => {
    const archive = sheets(
      [['AP-0001', 'Ended', '']],
      [[46034, 'AP-0001', 'Present']],
      [[46054, 'ap-1']],
      [...PLACEMENTS, ARCHIVED_ON],
    );
    const sync = planSync(live, archive, moving);
    expect(sync.Attendance.add).toHaveLength(1);
    expect(sync.Attendance.removeFromArchive).toEqual([]);
  });

  it('replaces a copy of a row a person changed since (the placement is still live)', () => {
    const archive = sheets([['AP-0001', 'Active', '']], [], [], [...PLACEMENTS, ARCHIVED_ON]);
    const sync = planSync(live, archive, moving);
    expect(sync.Placements.removeFromArchive).toEqual([2]);
    expect(sync.Placements.add).toEqual([['AP-0001', 'Ended', '']]);
  });

  it('takes a placement that is no longer moving out of the archive while it is still live', () => {
    const archive = sheets([['AP-0002', 'Active', '']], [], [], [...PLACEMENTS, ARCHIVED_ON]);
    expect(planSync(live, archive, moving).Placements.removeFromArchive).toEqual([2]);
  });
});

describe('after a placement is marked archived', () => {
  const archive = sheets(
    [['AP-0001', 'Ended', '2026-08-01 10:00:00']],
    [[46034, 'AP-0001', 'Present']],
    [],
    [...PLACEMENTS, ARCHIVED_ON],
  );

  it('removes the live rows the archive holds, and adds (never removes) what it lacks', () => {
    const live = sheets(
      [['AP-0001', 'Ended']],
      [
        [day('2026-01-12'), 'AP-0001', 'Present'],
        [day('2026-01-13'), 'AP-0001', 'Absent'], // typed after the copy
      ],
    );
    const sync = planSync(live, archive, new Set());
    expect(sync.Attendance.add).toEqual([[day('2026-01-13'), 'AP-0001', 'Absent']]);
    expect(sync.Placements.removeFromArchive).toEqual([]);
    const removal = planRemoval(live, archive);
    expect(removal.Placements.map((r) => r.rowNumber)).toEqual([2]);
    expect(removal.Attendance.map((r) => r.rowNumber)).toEqual([2]);
  });

  it('never takes a marked placement out of the archive, even if its live row comes back changed', () => {
    const live = sheets([['AP-0001', 'Active']]);
    const sync = planSync(live, archive, new Set());
    expect(sync.Placements.removeFromArchive).toEqual([]);
    expect(sync.Placements.add).toEqual([['AP-0001', 'Active', '']]);
  });
});

describe('prints', () => {
  it('compare a date cell and its serial number equal, and ignore column order', () => {
    const a = printRow(['Date', 'Mark'], [day('2026-01-12'), 'Present'], serialOf);
    const b = printRow(['Mark', 'Date'], ['Present', 46034], serialOf);
    expect(a).toBe(b);
  });

  it('tell text from a number, and name columns without a header', () => {
    expect(printRow(['A'], ['1'], serialOf)).not.toBe(printRow(['A'], [1], serialOf));
    expect(columnNames(['Notes', '', 'Notes'])).toEqual(['Notes', 'Column B', 'Notes (2)']);
  });
});

it('removes blocks bottom up', () => {
  expect(blocksBottomUp([5, 2, 3, 9, 10, 11])).toEqual([
    [9, 3],
    [5, 1],
    [2, 2],
  ]);
});

it('turns a wall-clock moment into the serial the Sheets API reads back, and back again', () => {
  // Sheets' serial: days since 30 December 1899, the time as the fraction (DateTimeRenderOption).
  expect(serialOfMoment('2026-01-12 00:00:00')).toBe(46034);
  expect(serialOfMoment('2026-01-12 18:00:00')).toBe(46034.75);
  expect(momentOfSerial(serialOfMoment('2026-10-25 01:30:00') ?? 0)).toBe('2026-10-25 01:30:00');
  expect(serialOfMoment('12/01/2026')).toBeUndefined();
});
