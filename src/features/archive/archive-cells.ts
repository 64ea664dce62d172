// Cells on their way from the live sheets to the archive, and the serial a live date cell compares as.
import type { SerialOf } from '../../domain/archive/row-prints';
import type { SheetDates } from '../../workspace/spreadsheet';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const UNIX_EPOCH_SERIAL = 25_569;
const MS_A_DAY = 86_400_000;

/**
 * The serial number a date cell holds, from the wall clock it shows in the spreadsheet's zone: the
 * same number the Sheets API reads back from the archive, where it was written as that wall clock.
 */
export function liveSerialOf(dates: SheetDates): SerialOf {
  return (date) => {
    const parts = WALL_CLOCK.exec(dates.isoTimestamp(date))?.slice(1).map(Number) ?? [];
    const [year = 1899, month = 12, day = 30, hour = 0, minute = 0, second = 0] = parts;
    return Date.UTC(year, month - 1, day, hour, minute, second) / MS_A_DAY + UNIX_EPOCH_SERIAL;
  };
}

const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

/**
 * A live cell as the archive must hold it. Written as a person would type it (USER_ENTERED), so a
 * date shows as the same wall clock; text gets a leading apostrophe so that Sheets keeps it as
 * typed: '0123', '12/01', 'TRUE' and '=SUM(...)' stay text, never a number, date or formula.
 */
export function toArchiveCell(cell: unknown, dates: SheetDates): unknown {
  if (isDate(cell)) return { isoTimestamp: dates.isoTimestamp(cell) };
  if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
  if (cell === null || cell === undefined) return '';
  return cell;
}
