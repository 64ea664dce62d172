// Finds the workbook the add-on works on: the one place that asks SpreadsheetApp for it.
import type { IsoDate, IsoTimestamp } from '../domain/cells';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The open workbook. Whether an add-on's time-driven run sees it is unconfirmed (PLATFORM.md,
 * [open]), so every lookup goes through here and can change in one place.
 */
export function openWorkbook(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Open the AP placements spreadsheet and try again.');
  return spreadsheet;
}

/**
 * A1 through the last row and column with content, in ONE call: Sheet.getSheetValues with -1
 * ("equivalent to getting the very last row or column that has data"), where getDataRange()
 * .getValues() is two. Every read of a whole sheet goes through here (issue 14: the fixed floor).
 */
export function usedValues(sheet: Sheet): unknown[][] {
  return sheet.getSheetValues(1, 1, -1, -1);
}

/** The header row (row 1 through the last column with content), in one call. */
export function headerValues(sheet: Sheet): unknown[][] {
  return sheet.getSheetValues(1, 1, 1, -1);
}

/** Dates created in another realm (the emulator's host, Google's runtime) fail `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  // Most cells are text or numbers: only an object is asked the costlier questions, and
  // `instanceof` (true in Apps Script's one realm) before the tag.
  return (
    typeof value === 'object' &&
    value !== null &&
    (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
  );
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Converts between date cells and the add-on's 'YYYY-MM-DD' days in the SPREADSHEET's time zone
 * (PLATFORM.md: it can differ from the script's), so a date typed on the day the clocks change
 * stays that day. When the spreadsheet's zone is the script's, JavaScript's own date arithmetic
 * (which runs in the script's zone) gives the same answer with no service call at all; otherwise
 * each distinct value costs one Utilities.formatDate call, then is remembered. Either way the
 * calls do not grow with the thousands of birth dates and review dates a workbook holds.
 */
export class SheetDates {
  readonly #read = new Map<string, string>();
  /** Days and moments already read, by instant: a sheet holds thousands of date cells, few days. */
  readonly #days = new Map<number, string>();
  readonly #moments = new Map<number, string>();
  readonly #written = new Map<string, Date>();

  /** `local`: the spreadsheet's zone is the one JavaScript's Date works in (see `of`). */
  constructor(
    readonly timeZone: string,
    private readonly local = false,
  ) {}

  /**
   * Takes the fast path only when the zone names match AND a probe agrees: JavaScript dates
   * running in the script's zone is how V8 Apps Script behaves [reported], checked here rather
   * than trusted.
   */
  static of(spreadsheet: Spreadsheet): SheetDates {
    return SheetDates.forZone(spreadsheet.getSpreadsheetTimeZone());
  }

  /** The same for a zone already known (the Sheets API gives it with the spreadsheet). */
  static forZone(timeZone: string): SheetDates {
    if (Session.getScriptTimeZone() !== timeZone) return new SheetDates(timeZone);
    const probe = new Date();
    const agrees =
      Utilities.formatDate(probe, timeZone, 'yyyy-MM-dd HH:mm:ss') === localTimestamp(probe);
    return new SheetDates(timeZone, agrees);
  }

  #format(date: Date, pattern: string): string {
    if (this.local) {
      const day = pattern === 'yyyy-MM-dd';
      const known = day ? this.#days : this.#moments;
      const time = date.getTime();
      let text = known.get(time);
      if (text === undefined) {
        text = day ? localDay(date) : localTimestamp(date);
        known.set(time, text);
      }
      return text;
    }
    const key = `${pattern}|${date.getTime()}`;
    let text = this.#read.get(key);
    if (text === undefined) {
      text = Utilities.formatDate(date, this.timeZone, pattern);
      this.#read.set(key, text);
    }
    return text;
  }

  /** The calendar day a date cell shows. */
  isoDate(date: Date): IsoDate {
    return this.#format(date, 'yyyy-MM-dd');
  }

  isoTimestamp(date: Date): IsoTimestamp {
    return this.#format(date, 'yyyy-MM-dd HH:mm:ss');
  }

  /** The instant a cell must hold to show this day: its midnight in the spreadsheet's zone. */
  dateCell(day: IsoDate): Date {
    return this.timestampCell(`${day} 00:00:00`);
  }

  /** A value the domain wants written (see CellToWrite): days and moments become date cells. */
  toCell(value: unknown): unknown {
    if (value !== null && typeof value === 'object') {
      if ('isoDate' in value && typeof value.isoDate === 'string')
        return this.dateCell(value.isoDate);
      if ('isoTimestamp' in value && typeof value.isoTimestamp === 'string') {
        return this.timestampCell(value.isoTimestamp);
      }
    }
    return value;
  }

  timestampCell(moment: IsoTimestamp): Date {
    let cell = this.#written.get(moment);
    if (cell) return cell;
    if (this.local) return localDate(moment);
    const asUtc = wallClockAsUtc(moment);
    // The zone's offset at a first guess, then again at the answer in case a clock change lies
    // between them (BST starts and ends at 01:00 UTC).
    let instant = asUtc - (wallClockAsUtc(this.isoTimestamp(new Date(asUtc))) - asUtc);
    instant = asUtc - (wallClockAsUtc(this.isoTimestamp(new Date(instant))) - instant);
    cell = new Date(instant);
    this.#written.set(moment, cell);
    return cell;
  }
}

function wallClock(moment: string): number[] {
  const parts = WALL_CLOCK.exec(moment)?.slice(1).map(Number);
  if (!parts || parts.length !== 6) throw new Error(`Not a date and time: ${moment}`);
  return parts;
}

function wallClockAsUtc(moment: string): number {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = wallClock(moment);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The instant showing `moment` in JavaScript's own (the script's) zone. */
function localDate(moment: string): Date {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = wallClock(moment);
  const date = new Date(year, month - 1, day, hour, minute, second);
  // The Date constructor reads a year below 100 as 19xx.
  if (year < 100) date.setFullYear(year);
  return date;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** 'yyyy-MM-dd' as Utilities.formatDate writes it, in JavaScript's own zone. */
function localDay(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  return `${year}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** 'yyyy-MM-dd HH:mm:ss' as Utilities.formatDate writes it, in JavaScript's own zone. */
function localTimestamp(date: Date): string {
  const time = `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
  return `${localDay(date)} ${time}`;
}

/** The names of the workbook's tabs. */
export function sheetNames(): string[] {
  return openWorkbook()
    .getSheets()
    .map((sheet) => sheet.getName());
}

/**
 * The workbook's day now, in the spreadsheet's zone (the day its staff are living), for an answer
 * that reads no sheet: three service calls, without SheetDates' probe.
 */
export function workbookToday(): IsoDate {
  return Utilities.formatDate(new Date(), openWorkbook().getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}
