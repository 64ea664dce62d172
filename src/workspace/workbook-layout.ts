// Reads what setup needs of each sheet and applies its plan, in a few batched calls per sheet.
import type { SheetSchema } from '../domain/columns';
import {
  absentSheet,
  type SetupPlan,
  type SheetPlan,
  type SheetSnapshot,
  type Validation,
} from '../domain/setup-plan';
import { openWorkbook, SheetDates, type Sheet, type Spreadsheet } from './spreadsheet';

export interface WorkbookLayout {
  readonly snapshots: readonly SheetSnapshot[];
  /** Applies the plan; returns what could not be formatted (the content is in place regardless). */
  apply(plan: SetupPlan): string | undefined;
}

function protectionDescriptions(sheet: Sheet): string[] {
  const { RANGE, SHEET } = SpreadsheetApp.ProtectionType;
  return [...sheet.getProtections(RANGE), ...sheet.getProtections(SHEET)].map((p) =>
    p.getDescription(),
  );
}

/**
 * One look at each sheet: its header row (or, for `withRows`, every row) in one getValues, its
 * size, frozen rows and protections. The number of calls does not grow with the rows.
 */
export function readWorkbookLayout(
  schemas: readonly SheetSchema[],
  withRows: readonly SheetSchema[],
): WorkbookLayout {
  const spreadsheet = openWorkbook();
  const sheets = new Map<string, Sheet>();
  const snapshots = schemas.map((schema): SheetSnapshot => {
    const sheet = spreadsheet.getSheetByName(schema.name);
    if (!sheet) return absentSheet(schema.name);
    sheets.set(schema.name, sheet);
    const lastColumn = sheet.getLastColumn();
    const lastRow = sheet.getLastRow();
    const height = withRows.includes(schema) ? Math.max(lastRow, 1) : 1;
    const values = lastColumn > 0 ? sheet.getRange(1, 1, height, lastColumn).getValues() : [];
    return {
      name: schema.name,
      exists: true,
      headerRow: values[0] ?? [],
      lastColumn,
      lastRow,
      frozenRows: sheet.getFrozenRows(),
      protections: protectionDescriptions(sheet),
      dataRows: values.slice(1),
    };
  });
  return { snapshots, apply: (plan) => applyPlan(spreadsheet, sheets, plan) };
}

/**
 * Content first on every sheet (sheets, headers, rows), formatting after: if a formatting call
 * fails, no sheet is left without its headers, and running setup again finishes the job.
 */
function applyPlan(
  spreadsheet: Spreadsheet,
  known: Map<string, Sheet>,
  plan: SetupPlan,
): string | undefined {
  const dates = SheetDates.of(spreadsheet);
  const ready = plan.sheets.map((sheetPlan) => {
    const sheet = known.get(sheetPlan.name) ?? spreadsheet.insertSheet(sheetPlan.name);
    const maxRows = writeContent(sheet, sheetPlan, dates);
    return { sheet, sheetPlan, maxRows };
  });
  const rules = new DataValidationRules();
  const unfinished: string[] = [];
  for (const { sheet, sheetPlan, maxRows } of ready) {
    try {
      formatSheet(sheet, sheetPlan, maxRows, rules);
    } catch (e) {
      // A service error part-way (Google's are transient) must not hide that the headers are in.
      unfinished.push(`${sheetPlan.name} (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return unfinished.length > 0
    ? `The sheets and headers are in place, but formatting did not finish on ${unfinished.join(
        '; ',
      )}. Choose Set up workbook again to finish it.`
    : undefined;
}

/** Writes new headers and rows, growing the grid first where it is too small; returns its height. */
function writeContent(sheet: Sheet, plan: SheetPlan, dates: SheetDates): number {
  const rows = plan.rows;
  const rowCount = rows ? Math.max(...[...rows.cells.values()].map((v) => v.length)) : 0;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < plan.columnsNeeded) {
    sheet.insertColumnsAfter(maxColumns, plan.columnsNeeded - maxColumns);
  }
  let maxRows = sheet.getMaxRows();
  const rowsNeeded = rows ? rows.firstRow + rowCount - 1 : 0;
  if (maxRows < rowsNeeded) {
    sheet.insertRowsAfter(maxRows, rowsNeeded - maxRows);
    maxRows = rowsNeeded;
  }
  if (plan.newHeaders.length > 0) {
    sheet
      .getRange(1, plan.firstNewColumn, 1, plan.newHeaders.length)
      .setValues([[...plan.newHeaders]]);
  }
  if (rows && rowCount > 0) {
    // One block from the left-most to the right-most column written. The rows are below the last
    // row with content, so any cell between those columns is empty: writing '' there changes nothing.
    const columns = [...rows.cells.keys()];
    const first = Math.min(...columns);
    const width = Math.max(...columns) - first + 1;
    const values = Array.from({ length: rowCount }, (_, r) =>
      Array.from({ length: width }, (_, c) => dates.toCell(rows.cells.get(first + c)?.[r] ?? '')),
    );
    sheet.getRange(rows.firstRow, first, rowCount, width).setValues(values);
    if (rows.notes) {
      const notes = Array.from({ length: rowCount }, () => [rows.notes?.text ?? '']);
      sheet.getRange(rows.firstRow, rows.notes.column, rowCount, 1).setNotes(notes);
    }
  }
  return maxRows;
}

/**
 * Dropdowns and date rules warn rather than reject: a rejected entry is lost work in the middle of
 * a meeting, while a warned one stays, shows a red corner, and the add-on's checks name it anyway.
 * Each distinct rule is built once per run.
 */
class DataValidationRules {
  readonly #built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();

  for(validation: Validation): GoogleAppsScript.Spreadsheet.DataValidation {
    const key = JSON.stringify(validation);
    let rule = this.#built.get(key);
    if (!rule) {
      const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
      rule =
        validation.type === 'list'
          ? builder
              .requireValueInList([...validation.choices], true)
              .setHelpText(`Choose one of: ${validation.choices.join(', ')}`)
              .build()
          : builder.requireDate().setHelpText('Type a date as dd/mm/yyyy').build();
      this.#built.set(key, rule);
    }
    return rule;
  }
}

function formatSheet(sheet: Sheet, plan: SheetPlan, maxRows: number, rules: DataValidationRules) {
  if (plan.freezeHeader) sheet.setFrozenRows(1);
  if (plan.newHeaders.length > 0) {
    sheet.getRange(1, plan.firstNewColumn, 1, plan.newHeaders.length).setFontWeight('bold');
  }
  // Whole columns below the header, one call per run of alike columns, re-applied every run: pasting rows from
  // elsewhere wipes dropdowns and formats, and setting the same rule again changes nothing.
  if (maxRows > 1) {
    for (const format of plan.formats) {
      const columns = sheet.getRange(2, format.column, maxRows - 1, format.width);
      if (format.numberFormat) columns.setNumberFormat(format.numberFormat);
      if (format.validation) columns.setDataValidation(rules.for(format.validation));
    }
  }
  for (const cell of plan.cellValidations) {
    sheet.getRange(cell.row, cell.column).setDataValidation(rules.for(cell.validation));
  }
  // Warning-only (DOMAIN.md §4): staff can still fix a cell in an emergency, after a prompt.
  for (const protection of plan.protections) {
    const target =
      protection.column === undefined
        ? sheet.protect()
        : sheet.getRange(1, protection.column, maxRows, 1).protect();
    target.setDescription(protection.description).setWarningOnly(true);
  }
}
