// Sessions like "Mon, Wed AM, Fri PM": a day alone means AM and PM (DOMAIN.md §4, §7 reminders).
import fc from 'fast-check';
import { parseSessions, sessionKey, sessionsOn } from '../../../src/domain/calendar/sessions';

const keys = (text: string | undefined) => parseSessions(text).sessions.map(sessionKey);

describe('reading Sessions', () => {
  it('reads the example of DOMAIN.md §4', () => {
    expect(keys('Mon, Wed AM, Fri PM')).toEqual(['Mon AM', 'Mon PM', 'Wed AM', 'Fri PM']);
    expect(parseSessions('Mon, Wed AM, Fri PM').problems).toEqual([]);
  });

  it('reads what staff type: full names, ranges, mornings, both halves, odd spacing', () => {
    expect(keys('monday;  Tuesday am')).toEqual(['Mon AM', 'Mon PM', 'Tue AM']);
    expect(keys('Mon-Wed AM')).toEqual(['Mon AM', 'Tue AM', 'Wed AM']);
    expect(keys('Tues to Thurs afternoons')).toEqual(['Tue PM', 'Wed PM', 'Thu PM']);
    expect(keys('Fri AM/PM, Thu all day')).toEqual(['Thu AM', 'Thu PM', 'Fri AM', 'Fri PM']);
    expect(keys('Mon AM, Mon AM & PM')).toEqual(['Mon AM', 'Mon PM']);
  });

  it('says what it cannot read, and still reads the rest', () => {
    const read = parseSessions('Mon AM, Tusday, Sat, AM, Fri-Mon');
    expect(read.sessions.map(sessionKey)).toEqual(['Mon AM']);
    expect(read.problems).toEqual([
      "'Tusday' is not a day and session; write them like Mon, Wed AM, Fri PM",
      "'Sat' includes a weekend day, which has no school sessions",
      "'AM' does not say which day; write them like Mon, Wed AM, Fri PM",
      '1 more part could not be read either',
    ]);
  });

  it('reads words that are also names of JavaScript built-ins as the slips they are', () => {
    expect(parseSessions('constructor, __proto__ am').problems).toHaveLength(2);
  });

  it('shows the first three unreadable parts and counts the rest', () => {
    const read = parseSessions('a, b, c, d, e, Mon');
    expect(read.sessions.map(sessionKey)).toEqual(['Mon AM', 'Mon PM']);
    expect(read.problems).toHaveLength(4);
    expect(read.problems[3]).toBe('2 more parts could not be read either');
  });

  it('has nothing to say about a blank cell', () => {
    expect(parseSessions(undefined)).toEqual({ sessions: [], problems: [] });
    expect(parseSessions('   ')).toEqual({ sessions: [], problems: [] });
  });

  it('gives the sessions expected on a date', () => {
    const weekly = parseSessions('Mon, Wed AM, Fri PM');
    expect(sessionsOn(weekly, '2026-01-05')).toEqual(['AM', 'PM']);
    expect(sessionsOn(weekly, '2026-01-07')).toEqual(['AM']);
    expect(sessionsOn(weekly, '2026-01-06')).toEqual([]);
    expect(sessionsOn(weekly, '2026-01-10')).toEqual([]);
  });

  it('never throws, and cuts long text short in its messages (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const read = parseSessions(text);
        read.problems.forEach((p) => expect(p.length).toBeLessThan(120));
      }),
    );
  });
});
