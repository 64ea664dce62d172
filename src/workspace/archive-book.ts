// The yearly archive spreadsheet: found or made in Drive, recorded on Settings, reached through the Sheets API.
import { ARCHIVED_SHEETS } from '../domain/archive/archive-plan';
import type { SchoolYear } from '../domain/archive/school-year';
import type { CellBlock, WorkbookAccess } from './workbook/access';
import { openConnectedWorkbook } from './workbook/open';
import type { DocumentSettings } from './document-settings';
import { createArchiveSpreadsheet, fileState, findArchive, type FileState } from './drive';

/** The Drive name of a year's archive, as staff will look for it. */
export function archiveName(year: SchoolYear): string {
  return `AP placements archive ${year.label}`;
}

/** The Settings row that links a year's archive, and the one that says how long to keep it. */
export function archiveSetting(year: SchoolYear): string {
  return `Archive ${year.label}`;
}

export function keepUntilSetting(year: SchoolYear): string {
  return `Archive ${year.label} keep until`;
}

export function spreadsheetLink(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** The spreadsheet id in a link (or a bare id) as Settings holds it. */
export function spreadsheetIdIn(value: string | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (text === '') return undefined;
  const inLink = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(text)?.[1];
  if (inLink) return inLink;
  return /^[A-Za-z0-9_-]{20,}$/.test(text) ? text : undefined;
}

export type ArchiveFound =
  | { readonly ok: true; readonly id: string; readonly made: boolean }
  | { readonly ok: false; readonly state: Exclude<FileState, 'present'>; readonly id: string };

/**
 * The year's archive: the one Settings links to; else one this person's runs made before (a reply
 * lost after files.create), found by its label; else a new one in the documents folder. A new id is
 * written to Settings at once, so a run that stops later still finds it.
 */
export function findOrMakeArchive(
  year: SchoolYear,
  settings: DocumentSettings,
  folderId: string,
  workbookId: string,
): ArchiveFound {
  const linked = spreadsheetIdIn(settings.id(archiveSetting(year)));
  if (linked) {
    const state = fileState(linked);
    return state === 'present'
      ? { ok: true, id: linked, made: false }
      : { ok: false, state, id: linked };
  }
  const found = findArchive(workbookId, year.label);
  const id = found ?? createArchiveSpreadsheet(archiveName(year), folderId, workbookId, year.label);
  settings.record(new Map([[archiveSetting(year), spreadsheetLink(id)]]));
  return { ok: true, id, made: found === undefined };
}

/** The archive through the Sheets API (drive.file), or openById where the full scope was chosen. */
export function openArchive(id: string): WorkbookAccess {
  return openConnectedWorkbook(id);
}

export const ABOUT_SHEET = 'About';

/** Room for Placements' 48 columns and the columns a school adds (a write past the grid fails). */
const ARCHIVE_COLUMNS = 100;

/**
 * The archive's sheets: About, then Placements, Attendance and Reviews (headers are written with
 * the first rows). A new spreadsheet's own first sheet is renamed About rather than left empty.
 */
export function ensureArchiveSheets(access: WorkbookAccess): void {
  const present = new Set(
    [ABOUT_SHEET, ...ARCHIVED_SHEETS].filter((name) => access.sheetId(name) !== undefined),
  );
  if (!present.has(ABOUT_SHEET)) access.addSheet(ABOUT_SHEET, []);
  for (const name of ARCHIVED_SHEETS) {
    if (!present.has(name)) access.addSheet(name, [], ARCHIVE_COLUMNS);
  }
}

/** The About sheet's block: what this file is, and until when it must be kept. */
export function writeAbout(access: WorkbookAccess, lines: readonly (readonly string[])[]): void {
  const width = 2;
  const blocks: CellBlock[] = [
    {
      row: 1,
      column: 1,
      values: lines.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? '')),
    },
  ];
  access.writeBlocks(ABOUT_SHEET, blocks);
}
