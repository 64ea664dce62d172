// Saving the first-run setup form: Settings values, term dates, and turning reminders on.
import { parseForm } from '../../domain/sidebar/forms/fields';
import { setupForm } from '../../domain/sidebar/forms/schemas';
import { counted } from '../../domain/sidebar/labels';
import { planSetupChanges, type SetupChanges } from '../../domain/sidebar/setup-changes';
import { settingCells, type TermDateLine } from '../../domain/sidebar/setup-values';
import { SettingsSheet } from '../../domain/sheets/settings';
import { EXAMPLE_TERM_DATES_NOTE, TermDates } from '../../domain/sheets/term-dates';
import type { FormResult } from '../../shared/sidebar-api';
import { appendRecords } from '../../workspace/document-records';
import { readReminderStatus } from '../../workspace/reminder-trigger';
import { clearNotes, writeColumnCells } from '../../workspace/row-cells';
import { effectiveUserEmail } from '../../workspace/session';
import { settingRows } from '../../workspace/settings';
import type { Table } from '../../workspace/table';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { turnRemindersOn } from '../reminders/turn-reminders';
import { done, invalid, logChange, NOT_SET_UP, refused, underLock } from './form-result';

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
  for (const key of ['term', 'start', 'end'] as const) {
    const byRow = new Map<number, unknown>();
    for (let row = first; row <= last; row += 1) byRow.set(row, lines[row - first]?.[key] ?? '');
    writeColumnCells(table, key, byRow);
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

function changesSaid(changes: SetupChanges): string {
  const settings = changes.settings.length;
  const { mode, rows } = changes.termDates;
  const said = [
    settings > 0 ? `Saved ${counted(settings, 'setting')}.` : 'No setting changed.',
    mode === 'replace'
      ? `Your ${counted(rows.length, 'term date')} replaced the example dates.`
      : rows.length > 0
        ? `Added ${counted(rows.length, 'term date')} below yours (rows already there are changed on the Term dates sheet only).`
        : '',
  ];
  return said.filter(Boolean).join(' ');
}

/** Turns reminders on unless they are on already; a colleague's reminders stay theirs. */
function remindersSaid(): string {
  const status = readReminderStatus();
  if (status?.on) {
    const me = effectiveUserEmail();
    return status.owner === me || status.owner === ''
      ? 'Reminders were already on.'
      : `Reminders are already on, sent by ${status.owner}'s trigger; to send them from your account instead, choose Reminders > Turn reminders on in the menu.`;
  }
  return turnRemindersOn().message;
}

export function saveSetup(form: unknown): FormResult {
  const parsed = parseForm(setupForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const setup = parsed.value;
  const saved = underLock((): FormResult | string => {
    const read = readSidebarWorkbook();
    const { settings, termDates } = read.sheets;
    if (!settings.ok || !termDates.ok) return refused(NOT_SET_UP);
    const cells = settingCells(settingRows(settings.table));
    const changes = planSetupChanges(setup, cells, termDates.table.rows);
    const problem = writeChanges(changes, settings.table, termDates.table);
    if (problem) return refused(problem);
    const names = changes.settings.map((s) => s.name);
    if (names.length > 0 || changes.termDates.rows.length > 0) {
      logChange({
        action: 'Setup saved',
        subject: 'Settings',
        // Setting names only: the values are staff addresses.
        detail: [
          names.join(', '),
          changes.termDates.rows.length > 0 ? `term dates (${changes.termDates.mode})` : '',
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
    return changesSaid(changes);
  });
  if (typeof saved !== 'string') return saved;
  const reminders = setup.remindersOn ? remindersSaid() : '';
  return done([saved, reminders].filter(Boolean).join(' '), null);
}
