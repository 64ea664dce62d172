// Where the checks show in the sheet: a note and a colour on each cell at fault, and only ours cleared.
import { comparable } from './cells';
import { spellOutPolicy } from './policy';
import { problemLine, type Problem, type Severity } from './rules/problem';

/** Opens the add-on's part of a note, so it can be found and removed again without touching a person's. */
export const MARK_PREFIX = 'AP Placements check:';
/** Light red for errors, light amber for warnings: not in Sheets' palette, so a person's own colour is told apart. */
export const ERROR_COLOUR = '#f4c7c3';
export const WARNING_COLOUR = '#fce8b2';
/** What getBackgrounds() gives for a cell nobody coloured. */
export const NO_COLOUR = '#ffffff';

const OUR_COLOURS = new Set([ERROR_COLOUR, WARNING_COLOUR]);
/** A person's note and ours are kept apart by a blank line; ours always comes last. */
const SEPARATOR = '\n\n';

/** Notes and backgrounds of a block of whole rows, as getNotes()/getBackgrounds() give them. */
export interface CellMarks {
  readonly notes: readonly (readonly string[])[];
  readonly backgrounds: readonly (readonly string[])[];
}

export interface MarksToWrite {
  /** Present only when a note changed: the whole block, for one setNotes. */
  readonly notes?: string[][];
  /** Present only when a colour changed: the whole block, for one setBackgrounds. */
  readonly backgrounds?: string[][];
}

export interface MarkRequest {
  /** The sheet's header row: problems name columns by header text (DOMAIN.md §4). */
  readonly headerRow: readonly unknown[];
  /** 0-based column of the row's Checks cell. */
  readonly checksColumn: number;
  /** Sheet row number of the block's first row. */
  readonly firstRow: number;
  /** The rows checked, with their problems (none: the row is OK). Rows not listed are left as they are. */
  readonly problemsByRow: ReadonlyMap<number, readonly Problem[]>;
}

/** A note split into the person's part and whether the add-on's part was there. */
export function splitNote(note: string): { readonly person: string; readonly ours: boolean } {
  const at = note.indexOf(MARK_PREFIX);
  if (at === -1) return { person: note, ours: false };
  const before = note.slice(0, at);
  return {
    person: before.endsWith(SEPARATOR) ? before.slice(0, -SEPARATOR.length) : before,
    ours: true,
  };
}

/**
 * The Checks cell keeps its citations short ("P14"); the note on the cell at fault, read on hover,
 * spells each policy point out (issue 11, item 3).
 */
function noteWith(person: string, problems: readonly Problem[]): string {
  if (problems.length === 0) return person;
  const lines = problems.map((problem) => spellOutPolicy(problemLine(problem)));
  const ours = [MARK_PREFIX, ...lines].join('\n');
  return person === '' ? ours : `${person}${SEPARATOR}${ours}`;
}

function worst(problems: readonly Problem[]): Severity | undefined {
  if (problems.length === 0) return undefined;
  return problems.some((p) => p.severity === 'error') ? 'error' : 'warning';
}

function colourOf(severity: Severity): string {
  return severity === 'error' ? ERROR_COLOUR : WARNING_COLOUR;
}

function isOurColour(background: string): boolean {
  return OUR_COLOURS.has(background.toLowerCase());
}

/** Uncoloured or coloured by us: a colour a person chose is theirs and stays. */
function mayColour(background: string): boolean {
  const colour = background.toLowerCase();
  return colour === '' || colour === NO_COLOUR || OUR_COLOURS.has(colour);
}

/** The cells each problem is about: its column and every column it involves, else the Checks cell. */
function problemsByCell(
  problems: readonly Problem[],
  columnOf: ReadonlyMap<string, number>,
  checksColumn: number,
): Map<number, Problem[]> {
  const byCell = new Map<number, Problem[]>();
  for (const problem of problems) {
    const columns = new Set<number>();
    for (const header of [problem.column, ...(problem.columns ?? [])]) {
      const column = columnOf.get(comparable(header));
      if (column !== undefined) columns.add(column);
    }
    if (columns.size === 0) columns.add(checksColumn);
    for (const column of columns) byCell.set(column, [...(byCell.get(column) ?? []), problem]);
  }
  return byCell;
}

/** Header text to 0-based column, matched as indexHeaders matches (left-most of two alike). */
export function columnsByHeader(headerRow: readonly unknown[]): Map<string, number> {
  const columnOf = new Map<string, number>();
  headerRow.forEach((cell, column) => {
    const key = comparable(String(cell ?? ''));
    if (key !== '' && !columnOf.has(key)) columnOf.set(key, column);
  });
  return columnOf;
}

/** One note or colour the marks change on a row. */
export interface MarkChange {
  readonly layer: 'notes' | 'backgrounds';
  /** 0-based column. */
  readonly column: number;
  readonly value: string;
}

/** One row's marks as they are now, cell by cell. */
export interface RowMarks {
  readonly width: number;
  note(column: number): string;
  background(column: number): string;
}

/**
 * What one row's notes and colours must change to (see planMarks), cell by cell: only the cells
 * that change. A cell with no problem, no note of ours and not the Checks cell is left unread
 * beyond its note, so a clean row costs a glance per cell.
 */
export function markRow(
  row: RowMarks,
  columnOf: ReadonlyMap<string, number>,
  checksColumn: number,
  problems: readonly Problem[],
): MarkChange[] {
  const byCell = problemsByCell(problems, columnOf, checksColumn);
  const rowSeverity = worst(problems);
  const changes: MarkChange[] = [];
  for (let column = 0; column < row.width; column += 1) {
    const atFault = byCell.get(column);
    const note = row.note(column);
    if (!atFault && column !== checksColumn && note.indexOf(MARK_PREFIX) === -1) continue;
    const { person, ours } = splitNote(note);
    const wanted = noteWith(person, atFault ?? []);
    if (wanted !== note) changes.push({ layer: 'notes', column, value: wanted });
    const background = row.background(column);
    const severity = column === checksColumn ? rowSeverity : worst(atFault ?? []);
    let colour = background;
    if (severity && mayColour(background)) colour = colourOf(severity);
    // Ours only where we marked it: the row's Checks cell, or a cell that carried our note.
    else if (!severity && isOurColour(background) && (ours || column === checksColumn)) {
      colour = NO_COLOUR;
    }
    if (colour !== background) changes.push({ layer: 'backgrounds', column, value: colour });
  }
  return changes;
}

/**
 * The notes and colours a block of rows should have now. Each cell at fault gets a note listing its
 * problems under MARK_PREFIX, after any note of the person's, and light red (errors) or amber
 * (warnings only); the Checks cell takes the colour of the row's worst problem. A note of ours on a
 * cell with no problem now is removed, and its colour, if ours, goes back to white. A person's note
 * and a colour they chose are never changed. Returns only what changed.
 */
export function planMarks(current: CellMarks, request: MarkRequest): MarksToWrite {
  const columnOf = columnsByHeader(request.headerRow);
  const notes = current.notes.map((row) => [...row]);
  const backgrounds = current.backgrounds.map((row) => [...row]);
  let notesChanged = false;
  let coloursChanged = false;
  for (const [rowNumber, problems] of request.problemsByRow) {
    const r = rowNumber - request.firstRow;
    const noteRow = notes[r];
    const colourRow = backgrounds[r];
    if (!noteRow || !colourRow) continue;
    const row: RowMarks = {
      width: noteRow.length,
      note: (column) => noteRow[column] ?? '',
      background: (column) => colourRow[column] ?? NO_COLOUR,
    };
    for (const change of markRow(row, columnOf, request.checksColumn, problems)) {
      if (change.layer === 'notes') {
        noteRow[change.column] = change.value;
        notesChanged = true;
      } else {
        colourRow[change.column] = change.value;
        coloursChanged = true;
      }
    }
  }
  return {
    ...(notesChanged && { notes }),
    ...(coloursChanged && { backgrounds }),
  };
}
