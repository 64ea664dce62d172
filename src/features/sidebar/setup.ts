// Saving the first-run setup form: setup itself when needed, Settings values, term dates, reminders on or off.
import { formatDate } from '../../domain/calendar/iso-date';
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import { parseForm } from '../../domain/sidebar/forms/fields';
import { setupForm } from '../../domain/sidebar/forms/schemas';
import { counted } from '../../domain/sidebar/labels';
import { planSetupChanges, type SetupChanges } from '../../domain/sidebar/setup-changes';
import { settingCells, type TermDateLine } from '../../domain/sidebar/setup-values';
import { SettingsSheet } from '../../domain/sheets/settings';
import { EXAMPLE_TERM_DATES_NOTE, TermDates } from '../../domain/sheets/term-dates';
import { cellToWrite } from '../../domain/table';
import { WORKBOOK } from '../../domain/workbook';
import type { FormResult } from '../../shared/sidebar-api';
import {
  documentSettingsOf,
  DOCUMENTS_FOLDER,
  templateSetting,
} from '../../workspace/document-settings';
import { appendRecords } from '../../workspace/document-records';
import { readReminderStatus } from '../../workspace/reminder-trigger';
import { activeWorkbook } from '../../workspace/workbook/open';
import { clearNotes, writeColumnCells } from '../../workspace/row-cells';
import { effectiveUserEmail } from '../../workspace/session';
import { settingRows } from '../../workspace/settings';
import type { Table } from '../../workspace/table';
import {
  hasSheet,
  readSidebarWorkbook,
  type SidebarRead,
} from '../../workspace/workbook-for-sidebar';
import { turnRemindersOff, turnRemindersOn } from '../reminders/turn-reminders';
import { runWorkbookSetup } from '../set-up-workbook';
import { done, invalid, logChange, NOT_SET_UP, onceUnderLock, refused } from './form-result';

/**
 * The school's own dates over setup's untouched example, from its first row down: each column one
 * write, the example's "replace these" note cleared (only where it is still setup's note).
 */
function replaceExample(table: Table<typeof TermDates>, lines: readonly TermDateLine[]): void {
  const first = table.rows[0]?.rowNumber ?? 2;
  const last = Math.max(
    table.rows[table.rows.length - 1]?.rowNumber ?? first,
    first + lines.length - 1,
  );
  // Setup's own example rows, replaced where setup put them: they have no key to find them by,
  // and the form only replaces them while they are untouched (setup-changes.ts).
  for (const key of ['term', 'start', 'end'] as const) {
    const column = table.index.columnOf.get(key);
    const declared = table.schema.columns[key];
    if (column === undefined || !declared) continue;
    const values = Array.from({ length: last - first + 1 }, (_, r) => [
      table.dates.toCell(cellToWrite(declared, lines[r]?.[key] ?? '')),
    ]);
    table.sheet.getRange(first, column + 1, values.length, 1).setValues(values);
  }
  clearNotes(
    table,
    'term',
    { first, count: last - first + 1 },
    (note) => note === EXAMPLE_TERM_DATES_NOTE,
  );
}

function writeChanges(
  changes: SetupChanges,
  settings: Table<typeof SettingsSheet>,
  termDates: Table<typeof TermDates>,
): string | undefined {
  const known = changes.settings.filter((s) => s.row !== undefined);
  writeColumnCells(settings, 'value', new Map(known.map((s) => [s.row as number, s.value])));
  const added = changes.settings.filter((s) => s.row === undefined);
  const problem = appendRecords(
    SettingsSheet,
    added.map((s) => ({ setting: s.name, value: s.value })),
    settings.dates,
  );
  if (problem) return problem;
  const { mode, rows } = changes.termDates;
  if (mode === 'replace') replaceExample(termDates, rows);
  else
    return appendRecords(
      TermDates,
      rows.map((line) => ({ ...line })),
      termDates.dates,
    );
  return undefined;
}

function lineSaid(line: TermDateLine): string {
  return `${line.term || 'a row with no term'} (${formatDate(line.start)} to ${formatDate(line.end)})`;
}

function changesSaid(changes: SetupChanges): string {
  const settings = changes.settings.length;
  const { mode, rows, notAdded, leftOnSheet } = changes.termDates;
  const said = [
    settings > 0 ? `Saved ${counted(settings, 'setting')}.` : 'No setting changed.',
    mode === 'replace'
      ? `Your ${counted(rows.length, 'term date')} replaced the example dates.`
      : rows.length > 0
        ? `Added ${counted(rows.length, 'term date')} below yours.`
        : '',
    notAdded.length > 0
      ? `Not added, because the Term dates sheet already has a row for that term: ${notAdded.map(lineSaid).join('; ')}. To correct a row, change it on the Term dates sheet.`
      : '',
    leftOnSheet > 0
      ? `${counted(leftOnSheet, 'term date row')} on the Term dates sheet ${leftOnSheet === 1 ? 'was' : 'were'} not in the form and ${leftOnSheet === 1 ? 'is' : 'are'} left as ${leftOnSheet === 1 ? 'it is' : 'they are'}: to delete a row, delete it on the Term dates sheet.`
      : '',
  ];
  return said.filter(Boolean).join(' ');
}

/** Turns reminders on unless they are on already; a colleague's reminders stay theirs. */
function remindersSaid(): string {
  const status = readReminderStatus(activeWorkbook().store);
  if (status?.on) {
    const me = effectiveUserEmail();
    return status.owner === me || status.owner === ''
      ? 'Reminders were already on.'
      : `Reminders are already on, sent by ${status.owner}'s trigger; to send them from your account instead, choose Reminders > Turn reminders on in the menu.`;
  }
  return turnRemindersOn().message;
}

/** Reminders as the form asks: on (unless on already), or off when they are on. */
function remindersWanted(on: boolean): string {
  if (on) return remindersSaid();
  if (!readReminderStatus(activeWorkbook().store)?.on) return '';
  const off = turnRemindersOff();
  return off.outcome === 'off'
    ? off.message
    : 'Reminders are still on: someone else is changing the workbook right now, so they were not turned off. Save again in a minute.';
}

/** True when a sheet or column is missing, or the folder and templates are not all recorded (§6). */
function needsSetup(read: SidebarRead): boolean {
  if (!read.complete) return true;
  if (WORKBOOK.some((schema) => !hasSheet(read.workbook, schema.name))) return true;
  const { settings } = read.sheets;
  if (!settings.ok) return true;
  const ids = documentSettingsOf(settings.table);
  return [DOCUMENTS_FOLDER, ...DEFAULT_TEMPLATES.map(templateSetting)].some(
    (setting) => ids.id(setting) === undefined,
  );
}

export function saveSetup(form: unknown): FormResult {
  const parsed = parseForm(setupForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const setup = parsed.value;
  // One lock for setup and the form's values (runWorkbookSetup takes none); turning reminders on
  // or off at the end takes it again, which is the same execution's lock.
  return onceUnderLock(setup.requestId, (attempt): FormResult => {
    let read = readSidebarWorkbook();
    let setUpSaid = '';
    if (needsSetup(read)) {
      setUpSaid = runWorkbookSetup().message;
      read = readSidebarWorkbook();
    }
    const { settings, termDates } = read.sheets;
    if (!settings.ok || !termDates.ok) {
      return refused(
        setUpSaid ? `${setUpSaid} The form's values were not saved: ${NOT_SET_UP}` : NOT_SET_UP,
      );
    }
    const cells = settingCells(settingRows(settings.table));
    const changes = planSetupChanges(setup, cells, termDates.table.rows);
    const names = changes.settings.map((s) => s.name);
    // Setting names only: the values are staff addresses.
    const changed = [
      names.join(', '),
      changes.termDates.rows.length > 0 ? `term dates (${changes.termDates.mode})` : '',
    ]
      .filter(Boolean)
      .join('; ');
    // Noted first, so a repeat after a failure still logs and says what this request changed.
    if (changed && setup.requestId) attempt.step({ changed, said: changesSaid(changes) });
    const problem = writeChanges(changes, settings.table, termDates.table);
    if (problem) return refused([setUpSaid, problem].filter(Boolean).join(' '));
    const logged = changed || String(attempt.resumed?.changed ?? '');
    if (logged) {
      logChange(
        { action: 'Setup saved', subject: 'Settings', detail: logged },
        setup.requestId,
        attempt,
      );
    }
    const earlierSaid = changed ? undefined : attempt.resumed?.said;
    const saved = [setUpSaid, earlierSaid ?? changesSaid(changes)].filter(Boolean).join(' ');
    let reminders: string;
    try {
      reminders = remindersWanted(setup.remindersOn);
    } catch (e) {
      reminders = `Reminders could not be turned ${setup.remindersOn ? 'on' : 'off'} (${e instanceof Error ? e.message : String(e)}): use the Reminders menu.`;
    }
    return done([saved, reminders].filter(Boolean).join(' '), null, undefined, undefined, read);
  });
}
