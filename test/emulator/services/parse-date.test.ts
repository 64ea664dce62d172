// Utilities.parseDate reads SimpleDateFormat patterns as wall time in the given zone.
import { directExecution } from '../../../emulator/core/direct';
import { Utilities } from '../../../emulator/services/utilities';
import { Workspace } from '../../../emulator/workspace';

const REF =
  'https://developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String)';
const u = new Utilities(directExecution(new Workspace()));
const iso = (d: Date) => d.toISOString();

describe(`Utilities.parseDate (${REF})`, () => {
  it('reads a wall time in the zone: 09:00 in London is 08:00 UTC in summer, 09:00 in winter', () => {
    expect(iso(u.parseDate('2026-07-04 09:00', 'Europe/London', 'yyyy-MM-dd HH:mm'))).toBe(
      '2026-07-04T08:00:00.000Z',
    );
    expect(iso(u.parseDate('2026-12-04 09:00', 'Europe/London', 'yyyy-MM-dd HH:mm'))).toBe(
      '2026-12-04T09:00:00.000Z',
    );
  });

  it('month and day names, 12-hour clock with AM/PM, quoted literals', () => {
    const d = u.parseDate('Sat, 4 Jul 2026 at 1:05 PM', 'UTC', "EEE, d MMM yyyy 'at' h:mm a");
    expect(iso(d)).toBe('2026-07-04T13:05:00.000Z');
    expect(iso(u.parseDate('4 September 2026', 'UTC', 'd MMMM yyyy'))).toBe(
      '2026-09-04T00:00:00.000Z',
    );
  });

  it('abutting numeric fields take their width; an explicit offset overrides the zone', () => {
    expect(iso(u.parseDate('20260704', 'UTC', 'yyyyMMdd'))).toBe('2026-07-04T00:00:00.000Z');
    expect(
      iso(u.parseDate('2026-07-04T09:30:00+02:00', 'Europe/London', "yyyy-MM-dd'T'HH:mm:ssXXX")),
    ).toBe('2026-07-04T07:30:00.000Z');
  });

  it('two-digit years land within 80 years before and 20 after now (Java SimpleDateFormat)', () => {
    expect(u.parseDate('04/07/26', 'UTC', 'dd/MM/yy').getUTCFullYear()).toBe(2026);
    expect(u.parseDate('04/07/60', 'UTC', 'dd/MM/yy').getUTCFullYear()).toBe(1960);
  });

  it('is lenient like Java: 31 April rolls over to 1 May', () => {
    expect(iso(u.parseDate('2026-04-31', 'UTC', 'yyyy-MM-dd'))).toBe('2026-05-01T00:00:00.000Z');
  });

  it('text that does not fit throws Java’s "Unparseable date" ([open]: Apps Script’s wording)', () => {
    expect(() => u.parseDate('next Tuesday', 'UTC', 'yyyy-MM-dd')).toThrow(
      'Unparseable date: "next Tuesday"',
    );
  });
});
