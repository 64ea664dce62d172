// What saving the setup form writes: changed Settings values, and term dates added (or the example replaced).
import { comparable } from '../cells';
import { CLOSURE, type TermDate } from '../sheets/term-dates';
import type { TableRow } from '../table';
import type { SetupForm } from '../../shared/sidebar-api';
import {
  isExampleTermDates,
  SETUP_FIELDS,
  settingOf,
  termDateLines,
  type SettingCell,
  type TermDateLine,
} from './setup-values';

export interface SettingWrite {
  /** The Setting's name, as DOMAIN.md §4 spells it. */
  readonly name: string;
  /** Its row on Settings; undefined when the sheet has no such row yet (it is added below). */
  readonly row: number | undefined;
  readonly value: string;
}

export interface SetupChanges {
  readonly settings: readonly SettingWrite[];
  /**
   * 'replace': Term dates holds setup's example, still untouched, and the form brings the school's
   * own: they go over the example rows. 'append': the school's rows stay as they are and rows the
   * sheet does not have yet go below them. Never a person's row overwritten.
   */
  readonly termDates: {
    readonly mode: 'replace' | 'append';
    readonly rows: readonly TermDateLine[];
    /**
     * 'append' only. Rows the form brought that were not added: the sheet already has a row of
     * that term with other dates (a correction, made on the Term dates sheet, never here).
     */
    readonly notAdded: readonly TermDateLine[];
    /** 'append' only. The school's rows the form left out: never deleted, only counted. */
    readonly leftOnSheet: number;
  };
}

function sameLine(a: TermDateLine, b: TermDateLine): boolean {
  return comparable(a.term) === comparable(b.term) && a.start === b.start && a.end === b.end;
}

function lineOf(line: TermDateLine): TermDateLine {
  return { term: line.term.trim(), start: line.start, end: line.end };
}

export function planSetupChanges(
  form: SetupForm,
  cells: ReadonlyMap<string, SettingCell>,
  termDates: readonly TableRow<TermDate>[],
): SetupChanges {
  const settings: SettingWrite[] = [];
  for (const field of SETUP_FIELDS) {
    const name = settingOf(field).header;
    const cell = cells.get(comparable(name));
    const now = cell === undefined || cell.value === null ? '' : String(cell.value).trim();
    const value = form[field].trim();
    if (value !== now) settings.push({ name, row: cell?.rowNumber, value });
  }
  const wanted = form.termDates.map(lineOf);
  const existing = termDateLines(termDates);
  const isExample = isExampleTermDates(termDates);
  const unchanged =
    wanted.length === existing.length &&
    wanted.every((line, i) => sameLine(line, existing[i] as TermDateLine));
  if (isExample && wanted.length > 0 && !unchanged) {
    return {
      settings,
      termDates: { mode: 'replace', rows: wanted, notAdded: [], leftOnSheet: 0 },
    };
  }
  if (isExample) {
    return { settings, termDates: { mode: 'append', rows: [], notAdded: [], leftOnSheet: 0 } };
  }
  const added: TermDateLine[] = [];
  const notAdded: TermDateLine[] = [];
  for (const line of wanted) {
    if ([...existing, ...added].some((known) => sameLine(known, line))) continue;
    const sameTerm = existing.some(
      (known) =>
        comparable(known.term) === comparable(line.term) &&
        comparable(line.term) !== '' &&
        comparable(line.term) !== comparable(CLOSURE),
    );
    if (sameTerm) notAdded.push(line);
    else added.push(line);
  }
  const leftOnSheet = existing.filter((known) => !wanted.some((line) => sameLine(known, line)));
  return {
    settings,
    termDates: { mode: 'append', rows: added, notAdded, leftOnSheet: leftOnSheet.length },
  };
}
