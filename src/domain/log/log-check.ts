// Checks the Log by its numbers and checks, not by row position: a sort is fine, an edit, a gap or a typed line is not.
import { formatMoment } from '../calendar/iso-date';
import { sha256, utf8 } from './hmac-sha256';
import { lineCheck, type LogLineText, type LogSeal } from './log-seal';

/** One row of the Log as read: its cells as text, and where it is now. */
export interface LogRowAsRead extends LogLineText {
  /** The row number people see (the header is row 1). */
  readonly rowNumber: number;
  /** The No. cell as text ('' when blank). */
  readonly number: string;
  readonly check: string;
}

export interface LogCheck {
  /** Lines the add-on wrote and nobody changed. */
  readonly checked: number;
  /** When line 1 was written ('' when no line is numbered yet). */
  readonly since: string;
  /** Each in plain words, naming the row or the line numbers; rows first, then the gaps. */
  readonly problems: readonly string[];
}

const MOMENT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

function isBlank(row: LogRowAsRead): boolean {
  return [row.number, row.check, row.time, row.user, row.action, row.subject, row.detail].every(
    (cell) => cell.trim() === '',
  );
}

/** 'Line 57 is missing' or 'Lines 120–124 are missing', each run of absent numbers once. */
function gaps(present: ReadonlySet<number>, highest: number): string[] {
  const found: string[] = [];
  let start: number | undefined;
  for (let n = 1; n <= highest + 1; n++) {
    const absent = n <= highest && !present.has(n);
    if (absent && start === undefined) start = n;
    if (!absent && start !== undefined) {
      const end = n - 1;
      found.push(
        start === end
          ? `Line ${start} is missing (deleted?).`
          : `Lines ${start}–${end} are missing (deleted?).`,
      );
      start = undefined;
    }
  }
  return found;
}

const sameLine = (a: LogRowAsRead, b: LogRowAsRead) =>
  a.time === b.time &&
  a.user === b.user &&
  a.action === b.action &&
  a.subject === b.subject &&
  a.detail === b.detail;

/**
 * Lines from before checks began (no number, written before line 1) are left alone. Every other
 * line must carry a number and the check the add-on wrote with it; the numbers must run from 1 to
 * the last one the add-on gave (kept with the seal, so a Log deleted whole shows as missing lines).
 */
export function checkLog(
  rows: readonly LogRowAsRead[],
  seal: LogSeal | undefined,
  /** False when the Log has no No. or Check column. */
  hasSealColumns = true,
): LogCheck {
  if (!seal || seal.last === 0) {
    const numbered = rows.filter((row) => row.number.trim() !== '' || row.check.trim() !== '');
    return {
      checked: 0,
      since: '',
      problems: numbered.map((row) => `Row ${row.rowNumber}: a line the add-on did not write.`),
    };
  }
  if (!hasSealColumns) {
    return {
      checked: 0,
      since: seal.since,
      problems: [
        `The Log has lost its No. or Check column, so lines 1–${seal.last} cannot be checked. Choose Set up workbook to add the column again.`,
      ],
    };
  }
  const rowProblems: string[] = [];
  const present = new Set<number>();
  const verified = new Map<number, LogRowAsRead>();
  let checked = 0;
  for (const row of rows) {
    if (isBlank(row)) continue;
    const numberText = row.number.trim();
    const check = row.check.trim();
    if (numberText === '' && check === '') {
      if (MOMENT.test(row.time) && row.time < seal.since) continue;
      rowProblems.push(`Row ${row.rowNumber}: a line the add-on did not write.`);
      continue;
    }
    const number = /^\d+$/.test(numberText) ? Number(numberText) : undefined;
    if (number === undefined || number < 1) {
      rowProblems.push(
        check === ''
          ? `Row ${row.rowNumber}: a line the add-on did not write.`
          : `Row ${row.rowNumber}: this line was changed after the add-on wrote it.`,
      );
      continue;
    }
    present.add(number);
    if (check !== lineCheck(seal.secret, number, row)) {
      rowProblems.push(
        check === ''
          ? `Row ${row.rowNumber}: a line the add-on did not write.`
          : `Row ${row.rowNumber}: this line was changed after the add-on wrote it.`,
      );
      continue;
    }
    const twin = verified.get(number);
    if (twin) {
      rowProblems.push(
        sameLine(twin, row)
          ? `Row ${row.rowNumber}: a copy of row ${twin.rowNumber}.`
          : `Rows ${twin.rowNumber} and ${row.rowNumber} carry the same number ${number}: two runs wrote the Log at the same moment; both lines are as the add-on wrote them.`,
      );
      continue;
    }
    verified.set(number, row);
    checked += 1;
  }
  // Only a line the add-on wrote raises the count: a number typed by hand could be anything.
  let highest = seal.last;
  for (const number of verified.keys()) highest = Math.max(highest, number);
  return { checked, since: seal.since, problems: [...rowProblems, ...gaps(present, highest)] };
}

/** What "Check the Log" says: intact, or each problem on its own line (at most `limit`). */
export function logCheckMessage(check: LogCheck, limit = 20): string {
  const lines = `${check.checked} line${check.checked === 1 ? '' : 's'}`;
  if (check.problems.length === 0) {
    return check.since === ''
      ? 'The Log has no numbered lines yet: from now on the add-on numbers and signs every line it writes.'
      : `The Log is intact: ${lines} checked since ${formatMoment(check.since)}.`;
  }
  const shown = check.problems.slice(0, limit);
  const more = check.problems.length - shown.length;
  return [
    `The Log has been altered since the add-on wrote it (${lines} checked are as written${check.since === '' ? '' : ` since ${formatMoment(check.since)}`}):`,
    '',
    ...shown,
    ...(more > 0 ? [`… and ${more} more.`] : []),
    '',
    'File > Version history shows who changed the sheet and when.',
  ].join('\n');
}

/** The same problems give the same fingerprint: the DSL is told once about each state of the Log. */
export function problemsFingerprint(check: LogCheck): string {
  return sha256(utf8(check.problems.join('\n')))
    .slice(0, 6)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** The Log's own line about a check: counts and the problems, cut to fit a cell. */
export function logCheckDetail(check: LogCheck): string {
  const lines = `${check.checked} line${check.checked === 1 ? '' : 's'} as written`;
  if (check.problems.length === 0) return `Intact: ${lines}.`;
  const count = `${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}`;
  const text = `${count} (${lines}): ${check.problems.join(' ')}`;
  return text.length > DETAIL_LIMIT ? `${text.slice(0, DETAIL_LIMIT)} …` : text;
}

/** Well short of a cell's 50,000 characters. */
const DETAIL_LIMIT = 2_000;
