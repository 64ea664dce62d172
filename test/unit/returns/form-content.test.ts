// A provider's form names each session by Placement ID and initials only, and its answers read back to the session and day.
import {
  answersOf,
  cleanText,
  LONGEST_ANSWER,
  type ReadResponse,
} from '../../../src/domain/returns/answers';
import {
  DAY_TITLE,
  formContent,
  formTitle,
  MESSAGE_TITLE,
  parseDay,
  parseQuestion,
} from '../../../src/domain/returns/form-content';
import type { ExpectedSession } from '../../../src/domain/returns/expected';

const session = (id: string, half: 'AM' | 'PM', initials = 'J.S.'): ExpectedSession => ({
  placementId: id,
  initials,
  provider: 'Oakfield Centre',
  providerKey: 'oakfield centre',
  date: '2026-12-07',
  session: half,
  rowNumber: 2,
});

function response(items: [string, string][], received = '2026-12-07 10:15:00'): ReadResponse {
  return {
    responseId: 'r1',
    formId: 'f1',
    received,
    receivedAt: 0,
    items: items.map(([title, answer]) => ({ title, answer })),
  };
}

describe('the form a provider sees', () => {
  const content = formContent('Oakfield Centre', 'Hillside Academy', '2026-12-07', [
    session('AP-0003', 'AM'),
    session('AP-0003', 'PM'),
  ]);

  it('is titled with the provider and the school, and offers today only as its Day', () => {
    expect(content.title).toBe('Oakfield Centre: attendance for Hillside Academy');
    expect(formTitle('Oakfield Centre', '')).toBe('Oakfield Centre: attendance for the school');
    expect(content.day).toBe('Mon 7 Dec 2026');
  });

  it('names sessions by Placement ID and initials, never a full name', () => {
    expect(content.questions.map((q) => q.markTitle)).toEqual([
      'AP-0003 (J.S.), morning',
      'AP-0003 (J.S.), afternoon',
    ]);
    const everything = JSON.stringify(content);
    expect(everything).not.toMatch(/Jordan|Smith/);
  });

  it('says so on a day with no sessions, and still takes a message', () => {
    const none = formContent('Oakfield Centre', 'Hillside Academy', '2026-12-12', []);
    expect(none.questions).toEqual([]);
    expect(none.description).toContain('No sessions are expected');
    expect(none.description).toContain(MESSAGE_TITLE);
  });
});

describe('reading the answers back', () => {
  it('reads a question of ours back to its placement and session, and nothing else', () => {
    expect(parseQuestion('AP-0003 (J.S.), morning')).toEqual({
      kind: 'mark',
      placementId: 'AP-0003',
      session: 'AM',
    });
    expect(parseQuestion('AP-0012 (A.B.), afternoon: reason if absent or late')).toEqual({
      kind: 'reason',
      placementId: 'AP-0012',
      session: 'PM',
    });
    expect(parseQuestion('=HYPERLINK("x"), morning')).toBeUndefined();
    expect(parseQuestion('Favourite colour')).toBeUndefined();
  });

  it('reads the Day answer, or none', () => {
    expect(parseDay('Mon 7 Dec 2026')).toBe('2026-12-07');
    expect(parseDay('7/12/2026')).toBeUndefined();
  });

  it('pairs each mark with its reason and takes the day from the Day answer', () => {
    const answers = answersOf(
      response(
        [
          [DAY_TITLE, 'Fri 4 Dec 2026'],
          ['AP-0003 (J.S.), morning', 'Absent'],
          ['AP-0003 (J.S.), morning: reason if absent or late', 'Dentist'],
          ['AP-0003 (J.S.), afternoon', 'No session today'],
          [MESSAGE_TITLE, ''],
        ],
        '2026-12-07 08:00:00',
      ),
    );
    expect(answers).toEqual([
      expect.objectContaining({
        kind: 'mark',
        date: '2026-12-04',
        session: 'AM',
        mark: 'Absent',
        reason: 'Dentist',
      }),
      expect.objectContaining({
        kind: 'mark',
        date: '2026-12-04',
        session: 'PM',
        mark: 'No session',
        reason: '',
      }),
    ]);
  });

  it('falls back to the day it was sent when there is no Day answer', () => {
    const [answer] = answersOf(
      response([['AP-0003 (J.S.), morning', 'Present']], '2026-12-08 09:00:00'),
    );
    expect(answer).toEqual(expect.objectContaining({ date: '2026-12-08' }));
  });

  it('keeps what it did not ask for as "other", and the message as a message', () => {
    const answers = answersOf(
      response([
        ['AP-0003 (J.S.), morning', 'Maybe'],
        ['AP-0004 (K.L.), morning: reason if absent or late', 'Sick'],
        ['Your name', '=IMPORTXML("http://evil")'],
        [MESSAGE_TITLE, '<script>alert(1)</script> J was upset'],
      ]),
    );
    expect(answers.map((a) => a.kind)).toEqual(['other', 'other', 'message', 'other']);
    expect(answers.find((a) => a.kind === 'message')).toEqual(
      expect.objectContaining({ text: '<script>alert(1)</script> J was upset' }),
    );
  });

  it('keeps text plain: control characters out, length bounded', () => {
    expect(cleanText('a\u0000b\u0007c\r\nd')).toBe('abc\nd');
    expect(cleanText('x'.repeat(LONGEST_ANSWER + 50))).toHaveLength(LONGEST_ANSWER + 1);
  });
});
