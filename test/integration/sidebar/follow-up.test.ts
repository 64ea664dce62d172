// Following up an absence through the built add-on: three cells of that Attendance row, nothing else.
import { documentState } from '../support/workbook';
import { call, placement, rowByHeader, sidebarSchool } from './support';

function absentSchool() {
  const s = sidebarSchool([placement(1), placement(2)]);
  s.type('Attendance', [
    {
      Date: '2026-01-19',
      'Placement ID': 'AP-0001',
      Session: 'AM',
      Mark: 'Absent',
      'Absence reason': 'Unknown',
      'Follow-up note': 'Left a message',
    },
    { Date: '2026-01-19', 'Placement ID': 'AP-0002', Session: 'AM', Mark: 'Present' },
  ]);
  return s;
}

const form = {
  row: 2,
  placementId: 'AP-0001',
  followedUpBy: 'Sam Pastoral',
  note: 'Mum rang: ill',
};

describe('an absence followed up from the sidebar', () => {
  it('fills Followed up by, Followed up at (now) and the note, and the absence leaves the lists', () => {
    const s = absentSchool();
    const result = call(s, 'recordFollowUp', form);
    expect(result).toMatchObject({
      ok: true,
      message:
        "Recorded the follow-up of AP-0001's absence on Mon 19 Jan 2026 AM: it leaves the reminders.",
      state: { overview: { absencesNotFollowedUp: { count: 0 } } },
    });
    const row = rowByHeader(s, 'Attendance', 2);
    expect(row['Followed up by']).toBe('Sam Pastoral');
    expect((row['Followed up at'] as Date).toISOString()).toBe('2026-01-20T09:00:00.000Z');
    expect(row['Follow-up note']).toBe('Left a message\nMum rang: ill');
    expect(row['Absence reason']).toBe('Unknown');
  });

  it("refuses another placement's row, a row that is not an absence, and one already followed up", () => {
    const s = absentSchool();
    const before = documentState(s.ws);
    expect(call(s, 'recordFollowUp', { ...form, placementId: 'AP-0002' })).toMatchObject({
      ok: false,
      fieldErrors: { row: 'Attendance row 2 is about AP-0001, not AP-0002.' },
    });
    expect(call(s, 'recordFollowUp', { ...form, row: 3, placementId: 'AP-0002' })).toMatchObject({
      fieldErrors: { row: 'Attendance row 3 is marked Present, not Absent.' },
    });
    expect(call(s, 'recordFollowUp', { ...form, row: 40 })).toMatchObject({
      fieldErrors: { row: 'Attendance row 40 is empty.' },
    });
    expect(documentState(s.ws)).toBe(before);
    call(s, 'recordFollowUp', form);
    expect(call(s, 'recordFollowUp', form)).toMatchObject({
      fieldErrors: {
        row: expect.stringMatching(
          /^Attendance row 2 \(Mon 19 Jan 2026\) was already followed up by Sam Pastoral at 2026-01-20 09:00:00\.$/,
        ),
      },
    });
  });
});

describe('an absence whose row moved since the sidebar read it', () => {
  it('follows up the absence the sidebar showed, found by its day and session after the sheet was sorted', () => {
    const s = sidebarSchool([placement(1)]);
    s.type('Attendance', [
      { Date: '2026-01-16', 'Placement ID': 'AP-0001', Session: 'PM', Mark: 'Absent' },
      { Date: '2026-01-19', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Absent' },
    ]);
    // The sidebar showed the 19 Jan absence on row 2; a colleague sorted it onto row 3 since.
    const result = call(s, 'recordFollowUp', {
      ...form,
      row: 2,
      date: '2026-01-19',
      session: 'AM',
    });
    expect(result).toMatchObject({ ok: true });
    expect(rowByHeader(s, 'Attendance', 2)['Followed up by']).toBe('');
    expect(rowByHeader(s, 'Attendance', 3)['Followed up by']).toBe('Sam Pastoral');
    const again = call(s, 'recordFollowUp', { ...form, row: 3, date: '2026-01-16', session: 'PM' });
    expect(again).toMatchObject({ ok: true });
    expect(rowByHeader(s, 'Attendance', 2)['Followed up by']).toBe('Sam Pastoral');
  });
});
