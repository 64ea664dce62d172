// Reads the Settings sheet (Setting · Value rows) into the settings the checks and reminders use.
import type { ColumnProblem } from '../domain/columns';
import {
  parseSettings,
  SettingsSheet,
  type SettingRow,
  type Settings,
} from '../domain/sheets/settings';
import { readTable, type Table, type Workbook } from './table';

export type SettingsRead =
  | { readonly ok: true; readonly settings: Settings; readonly problems: readonly ColumnProblem[] }
  | { readonly ok: false; readonly message: string };

/** Each Setting · Value row of a Settings table as read, cells as they hold them. */
export function settingRows(
  table: Pick<Table<typeof SettingsSheet>, 'grid' | 'index'>,
): SettingRow[] {
  const { grid, index } = table;
  const nameColumn = index.columnOf.get('setting') ?? -1;
  const valueColumn = index.columnOf.get('value') ?? -1;
  return grid.slice(1).map((cells, r) => ({
    rowNumber: r + 2,
    name: cells[nameColumn],
    value: cells[valueColumn],
  }));
}

/** One getValues; values go to parseSettings as the cells hold them (a number stays a number). */
export function readSettings(workbook?: Workbook): SettingsRead {
  const read = readTable(SettingsSheet, workbook);
  if (!read.ok) return read;
  return { ok: true, ...parseSettings(settingRows(read.table)) };
}
