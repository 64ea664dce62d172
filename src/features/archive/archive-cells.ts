// Cells on their way from the live sheets to the archive, and the serial a date cell compares as.
import type { SerialOf } from '../../domain/archive/row-prints';
import { serialOfMoment } from '../../domain/calendar/serial-day';
import { isDate, type SheetDates } from '../../workspace/spreadsheet';

/**
 * The serial number a date cell holds, from the wall clock it shows in the spreadsheet's zone: the
 * same number the Sheets API reads back from the archive, where it was written as that wall clock.
 */
export function liveSerialOf(dates: SheetDates): SerialOf {
  return (date) => serialOfMoment(dates.isoTimestamp(date)) ?? Number.NaN;
}

/**
 * The archive is read through the Sheets API as serial numbers (UNFORMATTED_VALUE, SERIAL_NUMBER):
 * a Date never arrives, so converting one is a mistake to hear about.
 */
export const ARCHIVE_HAS_NO_DATES: SerialOf = () => {
  throw new Error('The archive is read as serial numbers');
};

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
