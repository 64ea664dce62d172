// The ids setup records on Settings (DOMAIN.md §4: "then what setup records"): the folders and each template.
import { comparable } from '../domain/cells';
import type { TemplateKind } from '../domain/documents/model';
import { SettingsSheet, type SettingRow } from '../domain/sheets/settings';
import { neutraliseFormula } from '../domain/table';
import { readTable, type Table, type Workbook } from './table';

/** Where generated documents go. */
export const DOCUMENTS_FOLDER = 'Documents folder id';
/** Where the templates are, inside the documents folder. */
export const TEMPLATES_FOLDER = 'Templates folder id';

/** "Template: Parent/carer agreement": the Doc staff edit, by the name messages use. */
export function templateSetting(kind: TemplateKind): string {
  return `Template: ${kind.name}`;
}

export interface DocumentSettings {
  /** The recorded id, or undefined when the row is missing or blank. */
  id(setting: string): string | undefined;
  /** Writes ids: a row already there gets the new id, a missing one is added below the last row. */
  record(ids: ReadonlyMap<string, string>): void;
}

export type DocumentSettingsRead =
  | { readonly ok: true; readonly settings: DocumentSettings }
  | { readonly ok: false; readonly message: string };

/**
 * One read of Settings. parseSettings leaves these rows alone (settings.ts), so they live beside
 * the school's own settings; a name is matched whatever its case or spacing, the first row wins.
 */
export function readDocumentSettings(workbook?: Workbook): DocumentSettingsRead {
  const read = readTable(SettingsSheet, workbook);
  if (!read.ok) return read;
  return { ok: true, settings: documentSettingsOf(read.table) };
}

/** The documents folder's id among Settings rows already read (first row of that name wins). */
export function documentsFolderIn(rows: readonly SettingRow[]): string | undefined {
  const row = rows.find((r) => comparable(String(r.name ?? '')) === comparable(DOCUMENTS_FOLDER));
  const id = String(row?.value ?? '').trim();
  return id === '' ? undefined : id;
}

/** The ids on a Settings table already read (the sidebar reads Settings once for everything). */
export function documentSettingsOf(table: Table<typeof SettingsSheet>): DocumentSettings {
  const { grid, index, sheet } = table;
  const nameColumn = index.columnOf.get('setting') ?? 0;
  const valueColumn = index.columnOf.get('value') ?? 1;
  const rows = new Map<string, { row: number; value: string }>();
  grid.slice(1).forEach((cells, r) => {
    const key = comparable(String(cells[nameColumn] ?? ''));
    if (key !== '' && !rows.has(key)) {
      rows.set(key, { row: r + 2, value: String(cells[valueColumn] ?? '').trim() });
    }
  });
  let lastRow = grid.length;
  const settings: DocumentSettings = {
    id: (setting) => rows.get(comparable(setting))?.value || undefined,
    record: (ids) => {
      const added: [string, string][] = [];
      for (const [setting, id] of ids) {
        const known = rows.get(comparable(setting));
        // The add-on's own row: a new id replaces one that no longer works.
        if (known) sheet.getRange(known.row, valueColumn + 1).setValue(neutraliseFormula(id));
        else added.push([setting, id]);
      }
      if (added.length === 0) return;
      // New rows go below everything, never over a row a person typed; one write for all of them.
      const width = Math.max(nameColumn, valueColumn) + 1;
      const values = added.map(([setting, id]) => {
        const row: string[] = Array.from({ length: width }, () => '');
        row[nameColumn] = setting;
        row[valueColumn] = neutraliseFormula(id);
        return row;
      });
      sheet.getRange(lastRow + 1, 1, values.length, width).setValues(values);
      added.forEach(([setting, id], offset) => {
        rows.set(comparable(setting), { row: lastRow + 1 + offset, value: id });
      });
      lastRow += added.length;
    },
  };
  return settings;
}
