// Reads a placement's rows from the live workbook and from every archive Settings links, as text a person reads.
import { columnNames } from '../../domain/archive/row-prints';
import { ARCHIVED_ON, idOf } from '../../domain/archive/archive-plan';
import { parseYearLabel } from '../../domain/archive/school-year';
import { formatDate, formatMoment } from '../../domain/calendar/iso-date';
import { dayOfSerial, momentOfSerial } from '../../domain/calendar/serial-day';
import type { ColumnKind, SheetSchema } from '../../domain/columns';
import type { PlacementStory, StoryRow } from '../../domain/records/placement-record';
import { Attendance } from '../../domain/sheets/attendance';
import { Documents } from '../../domain/sheets/documents';
import { Log } from '../../domain/sheets/log';
import { Placements } from '../../domain/sheets/placements';
import { Reviews } from '../../domain/sheets/reviews';
import type { Grid } from '../../domain/table';
import { openArchive, spreadsheetIdIn, spreadsheetLink } from '../../workspace/archive-book';
import { isDate, usedValues, type SheetDates, type Spreadsheet } from '../../workspace/spreadsheet';

type DayKind = 'day' | 'moment';

/** Which columns hold a day or a moment, by header, from the sheets' schemas. */
function dayKinds(schema: SheetSchema): Map<string, DayKind> {
  const kinds = new Map<string, DayKind>();
  for (const column of Object.values(schema.columns)) {
    const kind: ColumnKind = column.kind;
    if (kind === 'date' || kind === 'date-or-not-required') kinds.set(column.header, 'day');
    if (kind === 'timestamp') kinds.set(column.header, 'moment');
  }
  // The archive's own column on Placements (archive-plan.ts).
  if (schema === Placements) kinds.set(ARCHIVED_ON, 'moment');
  return kinds;
}

/** How one workbook's cells become words: live Date cells, or the archive's serial numbers. */
interface Reader {
  readonly source: string;
  /** A date cell's day and moment ('YYYY-MM-DD', 'YYYY-MM-DD HH:mm:ss'). */
  when(cell: unknown, kind: DayKind | undefined): { day: string; moment: string } | undefined;
}

export function liveReader(dates: SheetDates): Reader {
  return {
    source: 'Live workbook',
    when: (cell) =>
      isDate(cell) ? { day: dates.isoDate(cell), moment: dates.isoTimestamp(cell) } : undefined,
  };
}

function archiveReader(source: string): Reader {
  return {
    source,
    when: (cell, kind) => {
      if (typeof cell !== 'number' || !kind) return undefined;
      const moment = momentOfSerial(cell);
      const day = dayOfSerial(cell);
      return moment && day ? { day, moment } : undefined;
    },
  };
}

export type StoryPart = Exclude<keyof PlacementStory, 'placementId'>;

const PARTS: ReadonlyArray<{ part: StoryPart; schema: SheetSchema; dayColumn: string }> = [
  { part: 'placement', schema: Placements, dayColumn: 'Start date' },
  { part: 'reviews', schema: Reviews, dayColumn: 'Review date' },
  { part: 'attendance', schema: Attendance, dayColumn: 'Date' },
  { part: 'documents', schema: Documents, dayColumn: 'Created' },
  { part: 'log', schema: Log, dayColumn: 'Time' },
];

/** Rows of one sheet as StoryRows, with the Placement ID (or Subject) each is about. */
function storyRows(
  grid: Grid,
  schema: SheetSchema,
  dayColumn: string,
  reader: Reader,
): Array<{ id: string; row: StoryRow }> {
  const width = grid.reduce((most, row) => Math.max(most, row.length), 0);
  const names = columnNames(grid[0] ?? [], width);
  const kinds = dayKinds(schema);
  const idColumn = names.indexOf(
    schema === Documents || schema === Log ? 'Subject' : 'Placement ID',
  );
  const rows: Array<{ id: string; row: StoryRow }> = [];
  for (const cellsRow of grid.slice(1)) {
    const id = idColumn < 0 ? '' : idOf(cellsRow[idColumn]);
    if (id === '') continue;
    const cells: Record<string, string> = {};
    let day: string | undefined;
    let sortKey: string | undefined;
    names.forEach((name, c) => {
      const cell = cellsRow[c];
      const kind = kinds.get(name);
      const when = reader.when(cell, kind);
      let text: string;
      if (when) {
        text = kind === 'moment' ? formatMoment(when.moment) : formatDate(when.day);
        if (name === dayColumn) {
          day = when.day;
          sortKey = when.moment;
        }
      } else {
        text = cell === undefined || cell === null ? '' : String(cell);
      }
      if (text !== '' || schema !== Placements) cells[name] = text;
    });
    rows.push({
      id,
      row: {
        source: reader.source,
        cells,
        ...(day ? { day } : {}),
        ...(sortKey ? { sortKey } : {}),
      },
    });
  }
  return rows;
}

export interface StoriesRead {
  readonly stories: Map<string, Record<StoryPart, StoryRow[]>>;
  readonly read: string[];
  readonly notRead: string[];
  /** The Placement IDs of each UPN (for a subject access request), from every Placements row read. */
  readonly idsByUpn: Map<string, Set<string>>;
}

function emptyStory(): Record<StoryPart, StoryRow[]> {
  return { placement: [], reviews: [], attendance: [], documents: [], log: [] };
}

function add(read: StoriesRead, part: StoryPart, rows: Array<{ id: string; row: StoryRow }>): void {
  for (const { id, row } of rows) {
    const story = read.stories.get(id) ?? emptyStory();
    story[part].push(row);
    read.stories.set(id, story);
    if (part === 'placement') {
      const upn = (row.cells['UPN'] ?? '').trim().toUpperCase();
      if (upn !== '') {
        const ids = read.idsByUpn.get(upn) ?? new Set<string>();
        ids.add(id);
        read.idsByUpn.set(upn, ids);
      }
    }
  }
}

/** The archives Settings links: "Archive 2025-26" rows whose value is a spreadsheet link or id. */
export function linkedArchives(
  settingRows: ReadonlyArray<{ readonly name: unknown; readonly value: unknown }>,
): Array<{ label: string; id: string }> {
  const found: Array<{ label: string; id: string }> = [];
  for (const row of settingRows) {
    const label = /^Archive (\d{4}-\d{2})$/.exec(String(row.name ?? '').trim())?.[1];
    const id = spreadsheetIdIn(String(row.value ?? ''));
    if (label && parseYearLabel(label) && id) found.push({ label, id });
  }
  return found;
}

/**
 * Everything about every placement: the live sheets (one getValues each) and each archive (one
 * values.batchGet each). An archive this person's runs cannot open is named in `notRead`, so the
 * record says it may be incomplete rather than leaving it out silently.
 */
export function readStories(
  spreadsheet: Spreadsheet,
  dates: SheetDates,
  archives: ReadonlyArray<{ label: string; id: string }>,
): StoriesRead {
  const read: StoriesRead = { stories: new Map(), read: [], notRead: [], idsByUpn: new Map() };
  const live = liveReader(dates);
  for (const { part, schema, dayColumn } of PARTS) {
    const sheet = spreadsheet.getSheetByName(schema.name);
    if (sheet) add(read, part, storyRows(usedValues(sheet), schema, dayColumn, live));
  }
  read.read.push(`the live workbook (${spreadsheet.getUrl()})`);
  for (const { label, id } of archives) {
    const source = `Archive ${label}`;
    try {
      const grids = openArchive(id).readSheets(['Placements', 'Attendance', 'Reviews']);
      const reader = archiveReader(source);
      for (const { part, schema, dayColumn } of PARTS.slice(0, 3)) {
        add(read, part, storyRows(grids.get(schema.name) ?? [], schema, dayColumn, reader));
      }
      read.read.push(`${source} (${spreadsheetLink(id)})`);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      read.notRead.push(
        `${source} (${spreadsheetLink(id)}): the add-on could not open it for you (Google said "${reason}"); the colleague who archived that year can make this record, or open the archive and search it by Placement ID`,
      );
    }
  }
  return read;
}
