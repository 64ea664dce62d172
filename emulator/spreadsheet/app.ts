// SpreadsheetApp: the global entry point of one execution, with its enums as data properties.
import { hasActiveDocument } from '../core/document';
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { Ui } from '../services/ui';
import {
  asGoogle,
  rangeHandle,
  sheetHandle,
  type Doc,
  type GDataValidationBuilder,
  type GRange,
  type GSelection,
  type GSheet,
  type GSpreadsheet,
} from './handles';
import { Spreadsheet } from './spreadsheet';
import { DataValidationBuilder } from './validation';
import { CRITERIA, type CriteriaName } from './validation-rule';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type EnumOf<K extends string> = { readonly [P in K]: P };
function enumOf<K extends string>(names: readonly K[]): EnumOf<K> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as EnumOf<K>;
}

/** Enum values are their names, so `=== SpreadsheetApp.ProtectionType.RANGE` works both ways. */
export const ProtectionType = enumOf(['RANGE', 'SHEET'] as const);
export const DataValidationCriteria: EnumOf<CriteriaName> = enumOf(CRITERIA);
export const Dimension = enumOf(['COLUMNS', 'ROWS'] as const);
export const WrapStrategy = enumOf(['WRAP', 'OVERFLOW', 'CLIP'] as const);
export const DeveloperMetadataVisibility = enumOf(['DOCUMENT', 'PROJECT'] as const);
export const DeveloperMetadataLocationType = enumOf([
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
] as const);

type Methods =
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getSelection'
  | 'getCurrentCell'
  | 'flush'
  | 'getUi'
  | 'newDataValidation'
  | 'openById'
  | 'openByUrl'
  | 'setActiveSheet'
  | 'setActiveRange';

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class SpreadsheetApp
  extends Emulated
  implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, Methods>
{
  readonly [KIND] = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly Dimension = Dimension;
  readonly WrapStrategy = WrapStrategy;
  readonly DeveloperMetadataVisibility =
    DeveloperMetadataVisibility as unknown as GApp['DeveloperMetadataVisibility'];
  readonly DeveloperMetadataLocationType =
    DeveloperMetadataLocationType as unknown as GApp['DeveloperMetadataLocationType'];
  readonly #doc: Doc;

  constructor(exec: Execution) {
    super();
    this.#doc = { exec, state: exec.workspace.spreadsheet };
  }

  /** Null in an editor add-on's time-driven run (core/document.ts). */
  #spreadsheet(): Spreadsheet | null {
    return hasActiveDocument(this.#doc.exec) ? new Spreadsheet(this.#doc) : null;
  }

  /** The bound document (null in an add-on's time-driven run if the state says so). */
  getActiveSpreadsheet(): GSpreadsheet {
    const ss = this.#spreadsheet();
    return ss === null ? (null as unknown as GSpreadsheet) : asGoogle(ss);
  }
  getActive(): GSpreadsheet {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): GSheet {
    const ss = this.#spreadsheet();
    return ss === null ? (null as unknown as GSheet) : ss.getActiveSheet();
  }
  getActiveRange(): GRange {
    const ss = this.#spreadsheet();
    return (ss === null ? null : ss.getActiveRange()) as GRange;
  }
  getCurrentCell(): GRange {
    const ss = this.#spreadsheet();
    return (ss === null ? null : ss.getCurrentCell()) as GRange;
  }
  getSelection(): GSelection {
    const ss = this.#spreadsheet();
    return (ss === null ? null : ss.getSelection()) as GSelection;
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.#doc.state.setActiveSheet(sheetHandle(sheet, 'SpreadsheetApp.setActiveSheet').sheet);
    return sheet;
  }
  setActiveRange(range: GRange): GRange {
    const h = rangeHandle(range, 'SpreadsheetApp.setActiveRange');
    this.#doc.state.setSelection(h.sheet, h.rect);
    return range;
  }
  /** Writes apply at once here; the call is still counted (and costed) like Google's. */
  flush(): void {}
  getUi(): GoogleAppsScript.Base.Ui {
    return asGoogle(new Ui(this.#doc.exec));
  }
  newDataValidation(): GDataValidationBuilder {
    return asGoogle(new DataValidationBuilder(this.#doc));
  }
  /**
   * The bound document, or a spreadsheet the add-on made in Drive (Workspace.findSpreadsheet).
   * Any other id fails as Google does for a file that is not there [reported wording]. The
   * runtime refuses the call without the full `spreadsheets` scope ("You do not have permission
   * to call SpreadsheetApp.openById. Required permissions:
   * https://www.googleapis.com/auth/spreadsheets", runtime/permissions.ts); with it, the user's
   * spreadsheets open in any run, an editor add-on's clock run with no active document included
   * (file sharing is not modelled: every user opens every spreadsheet).
   */
  openById(id: string): GSpreadsheet {
    return this.#open(String(id), 'openById');
  }
  openByUrl(url: string): GSpreadsheet {
    const id = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url))?.[1];
    return this.#open(id ?? '', 'openByUrl');
  }

  #open(id: string, method: string): GSpreadsheet {
    const exec = this.#doc.exec;
    const state = exec.workspace.findSpreadsheet(id);
    if (!state || (state !== this.#doc.state && !exec.workspace.drive.get(id))) {
      throw new AppsScriptError(
        `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
      );
    }
    return asGoogle(new Spreadsheet({ exec, state }));
  }
}
