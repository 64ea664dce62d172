// Marks: a note and a colour on each cell at fault; only the add-on's own marks are ever cleared.
import {
  ERROR_COLOUR,
  MARK_PREFIX,
  NO_COLOUR,
  planMarks,
  splitNote,
  WARNING_COLOUR,
  type CellMarks,
} from '../../src/domain/marks';
import { error, formatChecks, warning, type Problem } from '../../src/domain/rules/problem';

const headerRow = ['Placement ID', 'UPN', 'Start date', 'Planned end date', 'Keyworker', 'Checks'];
const CHECKS = 5;
const [UPN, START, END, KEYWORKER] = [1, 2, 3, 4];

/** A clean block of `rows` rows: no notes, no colours. */
function blank(rows = 1): CellMarks {
  return {
    notes: Array.from({ length: rows }, () => headerRow.map(() => '')),
    backgrounds: Array.from({ length: rows }, () => headerRow.map(() => NO_COLOUR)),
  };
}

function withCell(marks: CellMarks, row: number, column: number, note: string, colour?: string) {
  const notes = marks.notes.map((r) => [...r]);
  const backgrounds = marks.backgrounds.map((r) => [...r]);
  (notes[row] as string[])[column] = note;
  if (colour) (backgrounds[row] as string[])[column] = colour;
  return { notes, backgrounds };
}

function plan(current: CellMarks, problems: Record<number, Problem[]>, firstRow = 2) {
  const problemsByRow = new Map(Object.entries(problems).map(([r, p]) => [Number(r), p]));
  return planMarks(current, { headerRow, checksColumn: CHECKS, firstRow, problemsByRow });
}

/** Applies a plan, as the adapter would write it. */
function apply(current: CellMarks, planned: ReturnType<typeof plan>): CellMarks {
  return {
    notes: planned.notes ?? current.notes,
    backgrounds: planned.backgrounds ?? current.backgrounds,
  };
}

const wrongUpn = error(
  'UPN',
  'the check letter should be B, not A — check the UPN against the MIS',
);
const startAfterEnd = error('Planned end date', 'is before the Start date — correct one', [
  'Start date',
  'Planned end date',
]);
const yearGroup = warning('Year group', 'says 9 but the date of birth gives Year 8');

describe('marking cells at fault', () => {
  it('spells the policy point out in the note, while the Checks cell keeps it short', () => {
    const overdue = error(
      'Next review due',
      'the review due on Fri 13 Feb 2026 is overdue — hold the review (P14: at least half-termly)',
    );
    const marks = plan(blank(), { 2: [overdue] });
    expect(marks.notes?.[0]?.[CHECKS]).toBe(
      `${MARK_PREFIX}\nNext review due: the review due on Fri 13 Feb 2026 is overdue — hold the review (policy point 14: reviews at least half-termly)`,
    );
    expect(formatChecks([overdue])).toContain('(P14: at least half-termly)');
  });

  it('notes the cell under our prefix and colours it light red for an error', () => {
    const marks = plan(blank(), { 2: [wrongUpn] });
    expect(marks.notes?.[0]?.[UPN]).toBe(`${MARK_PREFIX}\n${wrongUpn.message}`);
    expect(marks.backgrounds?.[0]?.[UPN]).toBe(ERROR_COLOUR);
    expect(marks.backgrounds?.[0]?.[CHECKS]).toBe(ERROR_COLOUR);
    expect(marks.notes?.[0]?.[START]).toBe('');
  });

  it('marks every column a problem between cells names', () => {
    const marks = plan(blank(), { 2: [startAfterEnd] });
    expect(marks.backgrounds?.[0]?.[START]).toBe(ERROR_COLOUR);
    expect(marks.backgrounds?.[0]?.[END]).toBe(ERROR_COLOUR);
    expect(marks.notes?.[0]?.[START]).toContain('is before the Start date');
  });

  it('colours a cell with only warnings amber, and says (warning) in its note', () => {
    const upnWarning = warning('UPN', 'is a temporary UPN — replace it when the real one comes');
    const marks = plan(blank(), { 2: [upnWarning] });
    expect(marks.backgrounds?.[0]?.[UPN]).toBe(WARNING_COLOUR);
    expect(marks.backgrounds?.[0]?.[CHECKS]).toBe(WARNING_COLOUR);
    expect(marks.notes?.[0]?.[UPN]).toMatch(/\(warning\)$/);
  });

  it('colours the Checks cell by the row’s worst problem', () => {
    const upnWarning = warning('UPN', 'is temporary');
    const marks = plan(blank(), { 2: [upnWarning, startAfterEnd] });
    expect(marks.backgrounds?.[0]?.[UPN]).toBe(WARNING_COLOUR);
    expect(marks.backgrounds?.[0]?.[CHECKS]).toBe(ERROR_COLOUR);
  });

  it('notes the Checks cell for a problem on a column the sheet does not have', () => {
    const marks = plan(blank(), { 2: [yearGroup] });
    expect(marks.notes?.[0]?.[CHECKS]).toBe(`${MARK_PREFIX}\n${yearGroup.message} (warning)`);
    expect(marks.backgrounds?.[0]?.[CHECKS]).toBe(WARNING_COLOUR);
  });

  it('finds columns by header text whatever their case and spacing', () => {
    const problem = error(' upn ', 'wrong');
    expect(plan(blank(), { 2: [problem] }).backgrounds?.[0]?.[UPN]).toBe(ERROR_COLOUR);
  });

  it('puts our note after a person’s own note, separated by a blank line', () => {
    const current = withCell(blank(), 0, UPN, 'Mum says the MIS is wrong');
    const marks = plan(current, { 2: [wrongUpn] });
    expect(marks.notes?.[0]?.[UPN]).toBe(
      `Mum says the MIS is wrong\n\n${MARK_PREFIX}\n${wrongUpn.message}`,
    );
  });

  it('keeps a colour a person chose, and still notes the cell', () => {
    const current = withCell(blank(), 0, UPN, '', '#00ff00');
    const marks = plan(current, { 2: [wrongUpn] });
    expect(marks.backgrounds?.[0]?.[UPN]).toBe('#00ff00');
    expect(marks.notes?.[0]?.[UPN]).toContain(wrongUpn.message);
  });

  it('leaves rows it was not asked about exactly as they are', () => {
    const current = withCell(blank(2), 1, UPN, `${MARK_PREFIX}\nold`, ERROR_COLOUR);
    const marks = plan(current, { 2: [wrongUpn] });
    expect(marks.notes?.[1]).toEqual(current.notes[1]);
    expect(marks.backgrounds?.[1]).toEqual(current.backgrounds[1]);
  });
});

describe('clearing marks that no longer apply', () => {
  it('removes our note and colour once the fault is fixed, the Checks colour too', () => {
    const marked = apply(blank(), plan(blank(), { 2: [wrongUpn] }));
    const cleared = apply(marked, plan(marked, { 2: [] }));
    expect(cleared).toEqual(blank());
  });

  it('removes only our part of a note, keeping the person’s', () => {
    const own = withCell(blank(), 0, UPN, 'Mum says the MIS is wrong');
    const marked = apply(own, plan(own, { 2: [wrongUpn] }));
    const cleared = apply(marked, plan(marked, { 2: [] }));
    expect(cleared.notes[0]?.[UPN]).toBe('Mum says the MIS is wrong');
    expect(cleared.backgrounds[0]?.[UPN]).toBe(NO_COLOUR);
  });

  it('never changes a person’s colour on a cell we never marked', () => {
    const own = withCell(blank(), 0, KEYWORKER, 'their note', '#ff0000');
    expect(plan(own, { 2: [] })).toEqual({});
  });

  it('does not clear our colour on a cell that carries no note of ours (a person’s choice)', () => {
    const own = withCell(blank(), 0, KEYWORKER, '', ERROR_COLOUR);
    expect(plan(own, { 2: [] })).toEqual({});
  });

  it('keeps a colour a person put on a cell after we marked it', () => {
    const marked = apply(blank(), plan(blank(), { 2: [wrongUpn] }));
    const recoloured = withCell(marked, 0, UPN, marked.notes[0]?.[UPN] ?? '', '#cfe2f3');
    const cleared = apply(recoloured, plan(recoloured, { 2: [] }));
    expect(cleared.backgrounds[0]?.[UPN]).toBe('#cfe2f3');
    expect(cleared.notes[0]?.[UPN]).toBe('');
  });

  it('moves the colour from red to amber when an error becomes a warning', () => {
    const marked = apply(blank(), plan(blank(), { 2: [wrongUpn] }));
    const next = plan(marked, { 2: [warning('UPN', 'is temporary')] });
    expect(next.backgrounds?.[0]?.[UPN]).toBe(WARNING_COLOUR);
    expect(next.notes?.[0]?.[UPN]).toBe(`${MARK_PREFIX}\nUPN: is temporary (warning)`);
  });
});

describe('writing only what changed', () => {
  it('asks for no write on a clean block', () => {
    expect(plan(blank(3), { 2: [], 3: [], 4: [] })).toEqual({});
  });

  it('asks for no write when the marks are already as they should be', () => {
    const marked = apply(blank(), plan(blank(), { 2: [wrongUpn, startAfterEnd] }));
    expect(plan(marked, { 2: [wrongUpn, startAfterEnd] })).toEqual({});
  });

  it('asks for notes alone when only a note changed (same colour)', () => {
    const marked = apply(blank(), plan(blank(), { 2: [wrongUpn] }));
    const other = error('UPN', 'is 12 characters — it should be 13');
    const next = plan(marked, { 2: [other] });
    expect(next.notes?.[0]?.[UPN]).toContain('12 characters');
    expect(next.backgrounds).toBeUndefined();
  });

  it('reads a block that starts lower in the sheet by its first row', () => {
    const marks = plan(blank(2), { 9: [wrongUpn] }, 8);
    expect(marks.backgrounds?.[1]?.[UPN]).toBe(ERROR_COLOUR);
    expect(marks.backgrounds?.[0]?.[UPN]).toBe(NO_COLOUR);
  });
});

describe('splitting a note', () => {
  it.each([
    ['', { person: '', ours: false }],
    ['their note', { person: 'their note', ours: false }],
    [`${MARK_PREFIX}\nx`, { person: '', ours: true }],
    [`theirs\n\n${MARK_PREFIX}\nx`, { person: 'theirs', ours: true }],
    [`theirs\n${MARK_PREFIX}\nx`, { person: 'theirs\n', ours: true }],
  ])('splits %p', (note, parts) => {
    expect(splitNote(note)).toEqual(parts);
  });
});
