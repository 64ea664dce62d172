// One school built once, then copied for every trial: a fresh workspace in milliseconds rather than a second.
import { loadAddOn, Workspace } from '../../../emulator';
import { isDate, type Cell } from '../../../emulator/spreadsheet/cell';
import type { WorkbookJSON } from '../../../emulator/spreadsheet';
import type { DriveJSON } from '../../../emulator/drive/state';
import { School } from '../support/school';

type Grid = ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;

function copyCell(cell: Cell): Cell {
  const value = cell.value;
  return isDate(value) ? { ...cell, value: new Date(value.getTime()) } : { ...cell };
}

function copyGrid(rows: Grid): Array<Array<Cell | undefined> | undefined> {
  // map keeps a sparse row sparse; validation rules are plain data, never changed in place.
  return rows.map((row) => row?.map((cell) => (cell ? copyCell(cell) : undefined)));
}

/**
 * Rows kept of each sheet. Below its last row a set-up sheet holds only the number formats and
 * dropdowns setup put on every row down to 1,000: 48,000 cells that no trial reaches (a school
 * here has a dozen rows, and a colleague adds one). Leaving them out makes a copy five times
 * cheaper; the sheets keep their size (getMaxRows), and the "copy" test proves a trial ends the
 * same on a copy as on the school itself.
 */
export const KEPT_ROWS = 80;

/**
 * A snapshot of a school between executions: the workbook (every cell, protection and selection),
 * Drive, and the property stores. `fresh()` makes a new workspace holding exactly that, with the
 * add-on loaded, its meter at zero and nothing sent. (The preview's snapshot goes through JSON, about
 * 0.4 s for a set-up workbook; copying the cells directly is what makes thousands of trials cheap.)
 */
export class Pristine {
  readonly #now: number;
  readonly #user: string;
  readonly #workbook: WorkbookJSON;
  readonly #grids: readonly Grid[];
  readonly #drive: DriveJSON;
  readonly #properties: {
    readonly script: Record<string, string>;
    readonly document: Record<string, string>;
    readonly user: Record<string, string>;
  };

  constructor(s: School) {
    const { ws } = s;
    if (ws.triggers.all().length > 0) throw new Error('Pristine: triggers are not copied');
    if (ws.mail.outbox.length > 0) throw new Error('Pristine: start from an empty outbox');
    this.#now = ws.clock.now();
    this.#user = ws.user;
    const json = ws.spreadsheet.toJSON();
    this.#workbook = { ...json, sheets: json.sheets.map((sheet) => ({ ...sheet, cells: [] })) };
    this.#grids = ws.spreadsheet.sheets.map((sheet) => {
      if (sheet.lastRow() > KEPT_ROWS / 2) throw new Error(`Pristine: ${sheet.name} is too long`);
      return copyGrid(sheet.rows.slice(0, KEPT_ROWS));
    });
    // DriveState.load copies every record and body, so one snapshot serves every copy.
    this.#drive = ws.drive.toJSON();
    this.#properties = {
      script: ws.properties.snapshot('script'),
      document: ws.properties.snapshot('document'),
      user: ws.properties.snapshot('user', ws.user),
    };
  }

  fresh(): School {
    const workbook = this.#workbook;
    const ws = new Workspace({
      now: this.#now,
      user: this.#user,
      spreadsheetName: workbook.name,
      spreadsheetTimeZone: workbook.timeZone,
    });
    ws.spreadsheet.load(workbook);
    ws.spreadsheet.sheets.forEach((sheet, i) => {
      sheet.rows = copyGrid(this.#grids[i] ?? []);
    });
    ws.drive.load(this.#drive);
    const fill = (store: Map<string, string>, values: Record<string, string>) => {
      for (const [k, v] of Object.entries(values)) store.set(k, v);
    };
    fill(ws.properties.store('script'), this.#properties.script);
    fill(ws.properties.store('document'), this.#properties.document);
    fill(ws.properties.store('user', ws.user), this.#properties.user);
    const addOn = loadAddOn({ workspace: ws });
    ws.meter.reset();
    return new School(ws, addOn);
  }
}
