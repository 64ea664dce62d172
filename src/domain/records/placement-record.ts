// "Placement record": one pupil's placements, every review, attendance by half-term with the absences and their
// follow-ups, the documents made and the Log lines, from the live workbook and every archive, in date order.
import type { IsoDate } from '../cells';
import type { SchoolCalendar } from '../calendar/school-calendar';
import { formatDate } from '../calendar/iso-date';
import type { SheetSchema } from '../columns';
import type { TemplateBlock } from '../documents/model';
import { Attendance } from '../sheets/attendance';
import { Documents } from '../sheets/documents';
import { Log } from '../sheets/log';
import { Reviews } from '../sheets/reviews';

/** One row as a person reads it: column name → the text shown, with the workbook it came from. */
export interface StoryRow {
  /** "Live workbook" or "Archive 2025-26". */
  readonly source: string;
  readonly cells: Readonly<Record<string, string>>;
  /** The day the row is about (Date, Review date, Created, Time), for the date order. */
  readonly day?: IsoDate;
  /** The moment, where the row has one (Log, Documents), to order lines on one day. */
  readonly sortKey?: string;
}

export interface PlacementStory {
  readonly placementId: string;
  readonly placement: readonly StoryRow[];
  readonly reviews: readonly StoryRow[];
  readonly attendance: readonly StoryRow[];
  readonly documents: readonly StoryRow[];
  readonly log: readonly StoryRow[];
}

export interface RecordRequest {
  /** "Placement record AP-0012" or "Subject access request". */
  readonly title: string;
  readonly madeAt: string;
  readonly madeBy: string;
  /** What was read, and what could not be (an archive this person's runs cannot open). */
  readonly read: readonly string[];
  readonly notRead: readonly string[];
  readonly stories: readonly PlacementStory[];
}

const ABSENT = 'Absent';

/** A sheet's columns as the record shows them: its headers, less those every row of the table shares. */
function headersBut(sheet: SheetSchema, left: readonly string[]): string[] {
  return Object.values(sheet.columns)
    .map((column) => column.header)
    .filter((header) => !left.includes(header));
}
const MARKS = ['Present', 'Late', 'Absent', 'No session'] as const;

const byDay = (a: StoryRow, b: StoryRow) =>
  (a.day ?? '').localeCompare(b.day ?? '') || (a.sortKey ?? '').localeCompare(b.sortKey ?? '');

/** A table of the named columns, one row per StoryRow, with the source when there is more than one. */
function table(rows: readonly StoryRow[], columns: readonly string[]): TemplateBlock {
  const sources = new Set(rows.map((r) => r.source));
  const withSource = sources.size > 1;
  return {
    kind: 'table',
    rows: [
      [...columns, ...(withSource ? ['From'] : [])],
      ...rows.map((row) => [
        ...columns.map((c) => row.cells[c] ?? ''),
        ...(withSource ? [row.source] : []),
      ]),
    ],
  };
}

/** The placement row: every column with something in it, as "Column · Value". */
function placementBlocks(story: PlacementStory): TemplateBlock[] {
  if (story.placement.length === 0) {
    return [{ kind: 'paragraph', text: 'No Placements row was found for this ID.' }];
  }
  return story.placement.map((row) => ({
    kind: 'table' as const,
    rows: [
      ['Column', `Value (${row.source})`],
      ...Object.entries(row.cells).filter(([, value]) => value.trim() !== ''),
    ],
  }));
}

interface HalfTermCount {
  readonly name: string;
  readonly from: string;
  readonly counts: Record<string, number>;
}

/** Sessions by half-term (the calendar's; outside it, by month), each mark counted. */
function byHalfTerm(rows: readonly StoryRow[], calendar: SchoolCalendar): HalfTermCount[] {
  const groups = new Map<string, HalfTermCount>();
  for (const row of [...rows].sort(byDay)) {
    const day = row.day;
    const half = day ? calendar.halfTermContaining(day) : undefined;
    const key = half ? `${half.start}` : (day?.slice(0, 7) ?? 'no date');
    const name = half
      ? `${half.name || 'Half-term'} (${formatDate(half.start)} to ${formatDate(half.end)})`
      : day
        ? `Month of ${formatDate(`${day.slice(0, 7)}-01`).replace(/^\w+ 1 /, '')}`
        : 'Without a date';
    const group = groups.get(key) ?? { name, from: key, counts: {} };
    const mark = row.cells['Mark'] || 'No mark';
    group.counts[mark] = (group.counts[mark] ?? 0) + 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.from.localeCompare(b.from));
}

function storyBlocks(story: PlacementStory, calendar: SchoolCalendar): TemplateBlock[] {
  const blocks: TemplateBlock[] = [{ kind: 'heading1', text: story.placementId }];
  blocks.push({ kind: 'heading2', text: 'Placement' }, ...placementBlocks(story));

  const reviews = [...story.reviews].sort(byDay);
  blocks.push({ kind: 'heading2', text: `Reviews (${reviews.length})` });
  blocks.push(
    reviews.length === 0
      ? { kind: 'paragraph', text: 'No review is recorded.' }
      : table(reviews, headersBut(Reviews, ['Placement ID'])),
  );

  const attendance = [...story.attendance].sort(byDay);
  blocks.push({ kind: 'heading2', text: `Attendance (${attendance.length} sessions recorded)` });
  if (attendance.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No attendance is recorded.' });
  } else {
    const groups = byHalfTerm(attendance, calendar);
    const others = [
      ...new Set(
        groups.flatMap((g) => Object.keys(g.counts)).filter((m) => !MARKS.includes(m as never)),
      ),
    ];
    const marks = [...MARKS, ...others];
    blocks.push({
      kind: 'table',
      rows: [
        ['Half-term', 'Sessions', ...marks],
        ...groups.map((g) => [
          g.name,
          String(Object.values(g.counts).reduce((a, b) => a + b, 0)),
          ...marks.map((m) => String(g.counts[m] ?? 0)),
        ]),
      ],
    });
  }
  const absences = attendance.filter((row) => row.cells['Mark'] === ABSENT);
  blocks.push({ kind: 'heading2', text: `Absences and their follow-up (${absences.length})` });
  blocks.push(
    absences.length === 0
      ? { kind: 'paragraph', text: 'No absence is recorded.' }
      : table(absences, headersBut(Attendance, ['Placement ID', 'Mark'])),
  );

  const documents = [...story.documents].sort(byDay);
  blocks.push({ kind: 'heading2', text: `Documents made (${documents.length})` });
  blocks.push(
    documents.length === 0
      ? { kind: 'paragraph', text: 'The add-on has made no document for this placement.' }
      : table(documents, headersBut(Documents, ['Subject'])),
  );

  const log = [...story.log].sort(byDay);
  blocks.push({ kind: 'heading2', text: `Log (${log.length} lines)` });
  blocks.push(
    log.length === 0
      ? { kind: 'paragraph', text: 'The Log has no line about this placement.' }
      : table(log, headersBut(Log, ['Subject', 'No.', 'Check'])),
  );
  return blocks;
}

/** The whole Doc: who asked and when, what was read (and what could not be), then each placement. */
export function placementRecordBlocks(
  request: RecordRequest,
  calendar: SchoolCalendar,
): TemplateBlock[] {
  const blocks: TemplateBlock[] = [
    { kind: 'title', text: request.title },
    {
      kind: 'paragraph',
      text: `Made ${request.madeAt} by ${request.madeBy || 'a user Google did not name'} with the AP Placements add-on. It holds personal data about one pupil: keep it only as long as the request needs, and share it only with those entitled to it.`,
    },
    { kind: 'paragraph', text: `Read: ${request.read.join('; ')}.` },
  ];
  if (request.notRead.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `NOT READ, so this record may be incomplete: ${request.notRead.join('; ')}.`,
    });
  }
  if (request.stories.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No placement was found.' });
  }
  for (const story of request.stories) blocks.push(...storyBlocks(story, calendar));
  return blocks;
}
