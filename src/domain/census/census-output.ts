// The census AP return as the data manager's sheet and as a CSV file: the same rows, dates as each reader expects.
import { formatDate } from '../calendar/iso-date';
import type { IsoDate } from '../cells';
import { neutraliseFormula } from '../table';
import { rectangular, type ReportCell } from '../reports/report-rows';
import type { CensusReturn, CensusRow } from './census-return';

export const CENSUS_HEADERS = [
  'Placement ID',
  'Placements row',
  'UPN',
  'URN',
  'UKPRN',
  'AP setting type',
  'Placement reason',
  'Reason code',
  'Entry date',
  'Leaving date',
  'Attendance pattern',
  'Sessions per week',
] as const;

export const UNRETURNABLE_HEADERS = ['Placements row', 'Placement ID', 'What to fix'] as const;

type Cell = ReportCell;

function cellsOf(row: CensusRow, date: (day: IsoDate | '') => string): Cell[] {
  return [
    row.placementId,
    row.rowNumber,
    row.upn,
    row.urn,
    row.ukprn,
    row.settingType,
    row.reason,
    row.reasonCode,
    date(row.entryDate),
    date(row.leavingDate),
    row.attendancePattern,
    row.sessionsPerWeek,
  ];
}

/**
 * The sheet: a title naming the census day and window, the return (dates as dd/mm/yyyy text, as
 * staff key them into the MIS), then each placement that cannot be returned with each fix on its
 * own row, then what to check, or the nil return's note. All rows one width.
 */
export function censusSheetRows(ret: CensusReturn, title: string): Cell[][] {
  const sheetDate = (day: IsoDate | '') => (day === '' ? '' : formatDate(day));
  const rows: Cell[][] = [[title], []];
  if (ret.nilReturn) {
    rows.push(['Nil return'], [ret.nilReturn], []);
  }
  rows.push(
    [`Return: ${ret.rows.length} placements`],
    [...CENSUS_HEADERS],
    ...ret.rows.map((row) => cellsOf(row, sheetDate)),
    [],
    [
      `Cannot be returned yet: ${ret.unreturnable.length} placements (fix these on Placements or Providers, then make the return again)`,
    ],
    [...UNRETURNABLE_HEADERS],
    ...ret.unreturnable.flatMap((u) => u.fixes.map((fix) => [u.rowNumber, u.placementId, fix])),
  );
  if (ret.toCheck.length > 0) rows.push([], ['To check'], ...ret.toCheck.map((line) => [line]));
  return rectangular(rows);
}

/** A CSV field: quoted when it holds a comma, quote or line break; never read as a formula. */
function csvField(cell: Cell): string {
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The returnable rows as CSV (RFC 4180, CRLF), dates as YYYY-MM-DD like the census's own files. */
export function censusCsv(ret: CensusReturn): string {
  const lines = [[...CENSUS_HEADERS], ...ret.rows.map((row) => cellsOf(row, (day) => day))].map(
    (cells) => cells.map(csvField).join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}
