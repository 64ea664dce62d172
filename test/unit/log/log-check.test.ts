// The Log's seal and check with plain values: numbers, HMACs, gaps, copies, sorts and lines from before the checks.
import { createHmac } from 'node:crypto';
import { hmacSha256Hex } from '../../../src/domain/log/hmac-sha256';
import {
  checkLog,
  logCheckMessage,
  problemsFingerprint,
  type LogRowAsRead,
} from '../../../src/domain/log/log-check';
import {
  parseSeal,
  sealLines,
  type LogLineText,
  type LogSeal,
} from '../../../src/domain/log/log-seal';

const SECRET = 'a'.repeat(64);
const START: LogSeal = { secret: SECRET, last: 0, since: '' };

const line = (n: number): LogLineText => ({
  time: `2026-01-20 09:00:${String(n).padStart(2, '0')}`,
  user: 'dsl@example.sch.uk',
  action: 'Validate all',
  subject: 'Workbook',
  detail: `line ${n}`,
});

/** Lines 1..count as the add-on writes them, in rows 2.., and the seal kept after. */
function written(count: number): { rows: LogRowAsRead[]; seal: LogSeal } {
  const lines = Array.from({ length: count }, (_, i) => line(i + 1));
  const { sealed, seal } = sealLines(START, lines);
  const rows = lines.map((text, i) => ({
    ...text,
    rowNumber: i + 2,
    number: String(sealed[i]?.number),
    check: sealed[i]?.check ?? '',
  }));
  return { rows, seal };
}

describe('hmacSha256Hex', () => {
  it.each([
    ['key', 'The quick brown fox jumps over the lazy dog'],
    ['', ''],
    ['k'.repeat(100), 'é€😀 naïve — “quotes”'.repeat(20)],
  ])('agrees with HMAC-SHA256 (key %#)', (key, text) => {
    expect(hmacSha256Hex(key, text)).toBe(createHmac('sha256', key).update(text).digest('hex'));
  });
});

describe('sealLines', () => {
  it('numbers on from the seal, or from a higher number already in the sheet, and keeps when line 1 was', () => {
    const first = sealLines(START, [line(1), line(2)]);
    expect(first.sealed.map((s) => s.number)).toEqual([1, 2]);
    expect(first.seal).toEqual({ secret: SECRET, last: 2, since: line(1).time });
    const next = sealLines(first.seal, [line(3)], 5);
    expect(next.sealed.map((s) => s.number)).toEqual([6]);
    expect(next.seal.since).toBe(line(1).time);
  });

  it('reads back a kept seal, and nothing that is not one', () => {
    const kept = JSON.stringify({ secret: SECRET, last: 4, since: 'x' });
    expect(parseSeal(kept)).toEqual({ secret: SECRET, last: 4, since: 'x' });
    expect(parseSeal('{"secret":"short","last":1}')).toBeUndefined();
    expect(parseSeal('not json')).toBeUndefined();
    expect(parseSeal(undefined)).toBeUndefined();
  });
});

describe('checkLog', () => {
  it('finds the lines as written intact, in any order (a sort)', () => {
    const { rows, seal } = written(5);
    const sorted = [...rows].reverse().map((row, i) => ({ ...row, rowNumber: i + 2 }));
    const check = checkLog(sorted, seal);
    expect(check).toEqual({ checked: 5, since: line(1).time, problems: [] });
    expect(logCheckMessage(check)).toBe(
      'The Log is intact: 5 lines checked since Tue 20 Jan 2026 at 09:00.',
    );
  });

  it('names a changed row, a typed row, a copy, and the missing numbers as ranges', () => {
    const { rows, seal } = written(9);
    const changed = rows.map((row) => (row.rowNumber === 3 ? { ...row, detail: 'edited' } : row));
    const kept = changed.filter((row) => ![5, 6, 7, 10].includes(row.rowNumber));
    const typed = { ...line(20), rowNumber: 11, number: '', check: '' };
    const copy = { ...(rows[0] as LogRowAsRead), rowNumber: 12 };
    const check = checkLog([...kept, typed, copy], seal);
    expect(check.problems).toEqual([
      'Row 3: this line was changed after the add-on wrote it.',
      'Row 11: a line the add-on did not write.',
      'Row 12: a copy of row 2.',
      'Lines 4–6 are missing (deleted?).',
      'Line 9 is missing (deleted?).',
    ]);
    expect(check.checked).toBe(4);
    expect(logCheckMessage(check)).toMatch(/^The Log has been altered since the add-on wrote it/);
  });

  it('leaves alone unnumbered lines from before line 1, and reports every line of a Log deleted whole', () => {
    const { rows, seal } = written(3);
    const before = { ...line(0), time: '2025-12-01 10:00:00', rowNumber: 5, number: '', check: '' };
    expect(checkLog([...rows, before], seal).problems).toEqual([]);
    expect(checkLog([], seal).problems).toEqual(['Lines 1–3 are missing (deleted?).']);
  });

  it('does not let a number typed by hand stretch the gaps', () => {
    const { rows, seal } = written(2);
    const typed = { ...line(3), rowNumber: 4, number: '999999999', check: 'f'.repeat(64) };
    expect(checkLog([...rows, typed], seal).problems).toEqual([
      'Row 4: this line was changed after the add-on wrote it.',
    ]);
  });

  it('says the checks have not begun before any line is numbered', () => {
    const check = checkLog([{ ...line(1), rowNumber: 2, number: '', check: '' }], undefined);
    expect(logCheckMessage(check)).toMatch(/^The Log has no numbered lines yet/);
  });

  it('gives the same problems the same fingerprint, and new problems a new one', () => {
    const { rows, seal } = written(3);
    const a = checkLog(rows.slice(1), seal);
    expect(problemsFingerprint(a)).toBe(problemsFingerprint(checkLog(rows.slice(1), seal)));
    expect(problemsFingerprint(a)).not.toBe(problemsFingerprint(checkLog(rows.slice(2), seal)));
  });
});
